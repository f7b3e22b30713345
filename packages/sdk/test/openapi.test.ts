import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {test} from 'node:test';
import {compileErrors, validate} from '@readme/openapi-parser';
import {
  IDEMPOTENCY_ERRORS,
  PROBLEM_STATUS,
  routeErrors,
  routes,
  type ProblemCode,
  type RouteDefinition,
  type RouteName,
} from '../src/contract/index.js';
import {buildOpenApi} from '../scripts/openapi.js';

const document = buildOpenApi();

test('openapi.json is a valid OpenAPI 3.1 document', async () => {
  // The parser dereferences in place: give it a copy.
  const result = await validate(structuredClone(document) as never);
  assert.ok(result.valid, result.valid ? '' : compileErrors(result));
  assert.equal(result.specification, 'OpenAPI');
});

test('openapi.json on disk is what `npm run openapi` writes now', async () => {
  const onDisk = JSON.parse(
    await readFile(new URL('../openapi.json', import.meta.url), 'utf8'),
  ) as unknown;
  assert.deepEqual(
    onDisk,
    JSON.parse(JSON.stringify(document)),
    'run `npm run openapi` and commit the result',
  );
});

test('every route of the route table is an operation, with its method, status and auth', () => {
  const operations = new Map<
    string,
    {method: string; path: string; operation: Record<string, unknown>}
  >();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (method === 'parameters') continue;
      const op = operation as Record<string, unknown>;
      operations.set(String(op.operationId), {method, path, operation: op});
    }
  }
  for (const name of Object.keys(routes) as RouteName[]) {
    const route: RouteDefinition = routes[name];
    const found = operations.get(name);
    assert.ok(found, `${name} is missing`);
    assert.equal(found.method, route.method.toLowerCase());
    assert.equal(
      found.path,
      `/spaces/{space}${route.path === '/' ? '' : route.path.replace(/:(\w+)/g, '{$1}')}`,
    );
    assert.ok(
      String(route.status) in (found.operation.responses as object),
      `${name} answers ${route.status}`,
    );
    assert.equal('security' in found.operation, route.access === 'member', `${name} security`);
  }
  assert.equal(operations.size, Object.keys(routes).length);
});

test('schemas are shared components, referenced by name', () => {
  const schemas = document.components.schemas;
  for (const name of [
    'Booking',
    'BookingRequest',
    'CreditBalance',
    'Problem',
    'RealtimeEvent',
    'Space',
  ]) {
    assert.ok(schemas[name], `${name} is a component`);
  }
  const post = document.paths['/spaces/{space}/bookings']?.post as {
    requestBody: {content: {'application/json': {schema: unknown}}};
  };
  assert.deepEqual(post.requestBody.content['application/json'].schema, {
    $ref: '#/components/schemas/BookingRequest',
  });
  // Responses tolerate fields a newer server adds; request bodies do not accept unknown ones.
  assert.equal(schemas.Booking?.additionalProperties, undefined);
  assert.equal(schemas.BookingRequest?.additionalProperties, false);
});

test('query and path parameters come from the route schemas', () => {
  const get = document.paths['/spaces/{space}/availability']?.get as {
    parameters: {name: string; in: string; required: boolean}[];
  };
  assert.deepEqual(
    get.parameters.map((p) => `${p.in}:${p.name}:${p.required}`),
    ['query:from:true', 'query:to:true', 'query:resourceIds:false'],
  );
  const cancel = document.paths['/spaces/{space}/bookings/{bookingId}']?.delete as {
    parameters: {name: string; in: string}[];
  };
  assert.deepEqual(
    cancel.parameters.map((p) => `${p.in}:${p.name}`),
    ['path:bookingId'],
  );
});

test('idempotent routes document the Idempotency-Key header', () => {
  for (const [name, route] of Object.entries(routes) as [RouteName, RouteDefinition][]) {
    const path = `/spaces/{space}${route.path === '/' ? '' : route.path.replace(/:(\w+)/g, '{$1}')}`;
    const operation = (document.paths[path] as Record<string, {parameters: {name: string}[]}>)[
      route.method.toLowerCase()
    ];
    const has = operation?.parameters.some((p) => p.name === 'Idempotency-Key');
    assert.equal(has, route.idempotent === true, name);
  }
});

/** The operation of a route in the generated document. */
function operationOf(route: RouteDefinition) {
  const path = `/spaces/{space}${route.path === '/' ? '' : route.path.replace(/:(\w+)/g, '{$1}')}`;
  return (document.paths[path] as Record<string, {responses: Record<string, unknown>}>)[
    route.method.toLowerCase()
  ]!;
}

type ErrorResponse = {
  content: {
    'application/problem+json': {
      schema: {allOf: [unknown, {properties: {status: {const: number}; code: {enum: string[]}}}]};
    };
  };
};

test('each route declares its error responses per status, with exactly the codes of that status', () => {
  for (const [name, route] of Object.entries(routes) as [RouteName, RouteDefinition][]) {
    const responses = operationOf(route).responses;
    const declared = new Set<string>();
    for (const [status, response] of Object.entries(responses)) {
      if (status === String(route.status)) continue;
      assert.match(status, /^\d{3}$/, `${name}: a range like 4XX hides which codes come with it`);
      const schema = (response as ErrorResponse).content['application/problem+json'].schema;
      assert.equal(schema.allOf[1].properties.status.const, Number(status), `${name} ${status}`);
      for (const code of schema.allOf[1].properties.code.enum) {
        assert.equal(PROBLEM_STATUS[code as ProblemCode], Number(status), `${name}: ${code}`);
        declared.add(code);
      }
    }
    assert.deepEqual([...declared].sort(), routeErrors(route).sort(), name);
    for (const code of route.errors) assert.ok(declared.has(code), `${name}: ${code}`);
  }
});

test('idempotency codes come from `idempotent: true`, not from the route lists', () => {
  for (const [name, route] of Object.entries(routes) as [RouteName, RouteDefinition][]) {
    for (const code of IDEMPOTENCY_ERRORS) {
      assert.ok(!route.errors.includes(code), `${name} lists ${code} itself`);
      assert.equal(
        routeErrors(route).includes(code),
        route.idempotent === true,
        `${name}: ${code}`,
      );
    }
  }
  const conflict = operationOf(routes.createBooking).responses['409'] as ErrorResponse;
  assert.deepEqual(
    conflict.content['application/problem+json'].schema.allOf[1].properties.code.enum.sort(),
    ['idempotency_conflict', 'slot_unavailable'],
  );
});
