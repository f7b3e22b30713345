import assert from 'node:assert/strict';
import {test} from 'node:test';
import {PROBLEM_CODES, PROBLEM_STATUS, routes} from '@portico/sdk/contract';
import {createDispatcher, type DispatcherOptions} from '../src/dispatcher/dispatcher.js';
import {problem, problemBody} from '../src/problem.js';
import {handlers} from '../src/areas/index.js';
import {assertProblem, ORIGIN, setup} from './helpers/mock-api.js';

test('an unknown path is 404 problem+json, a wrong method 405 with Allow', async () => {
  const {call, api} = setup();
  assertProblem(await call('GET', '/nope'), 404, 'not_found');
  const outside = await api.dispatch(new Request(`${ORIGIN}/elsewhere`));
  assert.equal(outside.status, 404);
  const wrong = await call('PATCH', '/bookings');
  assertProblem(wrong, 405, 'method_not_allowed');
  assert.equal(wrong.headers.get('allow'), 'POST');
});

test('an unknown space is 404', async () => {
  const {call} = setup();
  const reply = assertProblem(await call('GET', '/', {space: 'atlantis'}), 404, 'not_found');
  assert.match(reply.detail ?? '', /atlantis/);
});

test('malformed JSON is 400 bad_request', async () => {
  const {call, login} = setup();
  const token = await login('ada@example.com');
  assertProblem(
    await call('POST', '/bookings/quote', {token, raw: '{"resourceId": "room-atelier", '}),
    400,
    'bad_request',
  );
});

test('a body that is not JSON is 415', async () => {
  const {call, login} = setup();
  const token = await login('ada@example.com');
  assertProblem(
    await call('POST', '/bookings/quote', {
      token,
      raw: 'resourceId=x',
      headers: {'content-type': 'application/x-www-form-urlencoded'},
    }),
    415,
    'unsupported_media_type',
  );
});

test('bodies over 1 MB are 413, declared or streamed', async () => {
  const {call, api, request} = setup();
  const huge = JSON.stringify({email: `${'a'.repeat(1_100_000)}@example.com`});
  assertProblem(await call('POST', '/auth/otp', {raw: huge}), 413, 'payload_too_large');
  const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ < 20) controller.enqueue(chunk);
      else controller.close();
    },
  });
  const streamed = new Request(request('POST', '/auth/otp').url, {
    method: 'POST',
    body: stream,
    headers: {'content-type': 'application/json'},
    duplex: 'half',
  } as RequestInit);
  const response = await api.dispatch(streamed);
  assert.equal(response.status, 413);
  assert.equal((await response.json()).code, 'payload_too_large');
});

/** A request as Firefox (ESR 153) makes it: no `body` stream on Request, only arrayBuffer(). */
function withoutBodyStream(request: Request): Request {
  Object.defineProperty(request, 'body', {value: undefined});
  return request;
}

test('a body is read in an engine whose Request has no body stream (Firefox), limit included', async () => {
  const {api, request} = setup();
  const post = (body: string) =>
    withoutBodyStream(
      new Request(request('POST', '/auth/otp').url, {
        method: 'POST',
        body,
        headers: {'content-type': 'application/json'},
      }),
    );
  const sent = await api.dispatch(post(JSON.stringify({email: 'ada@example.com'})));
  assert.equal(sent.status, 202, await sent.clone().text());
  assert.match((await sent.json()).challengeId, /\S/);
  const huge = await api.dispatch(post(JSON.stringify({email: `${'a'.repeat(1_100_000)}@x.com`})));
  assert.equal(huge.status, 413);
  assert.equal((await huge.json()).code, 'payload_too_large');
});

test('validation errors name every field: unknown fields, negative quantities, bad types', async () => {
  const {call, login} = setup();
  const token = await login('ada@example.com');
  const reply = await call('POST', '/orders/quote', {
    token,
    body: {items: [{productId: 'coffee-card', quantity: -1, colour: 'red'}], extra: true},
  });
  const problem = assertProblem(reply, 400, 'validation_failed');
  const fields = problem.errors?.map((e) => e.field).sort();
  assert.deepEqual(fields, ['body.extra', 'body.items.0.colour', 'body.items.0.quantity']);
  const types = assertProblem(
    await call('POST', '/bookings/quote', {
      token,
      body: {resourceId: 42, start: 'tomorrow', end: '2026-03-03T10:00:00+01:00'},
    }),
    400,
    'validation_failed',
  );
  assert.deepEqual(types.errors?.map((e) => e.field).sort(), ['body.resourceId', 'body.start']);
  const missing = assertProblem(
    await call('POST', '/bookings/quote', {token}),
    400,
    'validation_failed',
  );
  assert.equal(missing.errors?.[0]?.field, 'body');
});

test('query parameters are validated and named', async () => {
  const {call} = setup();
  const reply = assertProblem(
    await call('GET', '/availability?from=yesterday'),
    400,
    'validation_failed',
  );
  assert.deepEqual(reply.errors?.map((e) => e.field).sort(), ['query.from', 'query.to']);
});

test('path traversal in an id is a 400 naming the parameter, never a 500', async () => {
  const {call, login} = setup();
  const token = await login('ada@example.com');
  for (const id of ['..%2F..%2Fetc%2Fpasswd', '..%5C..%5Cwin.ini', 'a%00b', '%3Cscript%3E']) {
    const reply = assertProblem(
      await call('DELETE', `/bookings/${id}`, {token}),
      400,
      'validation_failed',
    );
    assert.equal(reply.errors?.[0]?.field, 'params.bookingId');
  }
  assertProblem(await call('DELETE', '/bookings/%E0%A4%A', {token}), 400, 'bad_request');
  // The URL parser itself resolves `%2E%2E` segments, so they never reach a route.
  const dots = await call('DELETE', '/bookings/%2E%2E', {token});
  assert.ok(dots.status >= 400 && dots.status < 500);
});

test('member routes need a bearer token', async () => {
  const {call} = setup();
  const none = assertProblem(await call('GET', '/me'), 401, 'unauthorized');
  assert.ok(none.detail);
  const reply = await call('GET', '/me', {token: 'made-up'});
  assertProblem(reply, 401, 'unauthorized');
  assert.match(reply.headers.get('www-authenticate') ?? '', /^Bearer/);
});

test('CORS: preflight and headers on every answer', async () => {
  const {api, call} = setup();
  const preflight = await api.dispatch(
    new Request(`${ORIGIN}/v1/spaces/demo/bookings`, {
      method: 'OPTIONS',
      headers: {origin: 'https://host.example', 'access-control-request-method': 'POST'},
    }),
  );
  assert.equal(preflight.status, 204);
  assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
  const allowed = preflight.headers.get('access-control-allow-headers') ?? '';
  for (const header of ['Authorization', 'Content-Type', 'Idempotency-Key', 'Last-Event-ID'])
    assert.match(allowed, new RegExp(header));
  const reply = await call('GET', '/nope');
  assert.equal(reply.headers.get('access-control-allow-origin'), '*');
  assert.match(reply.headers.get('access-control-expose-headers') ?? '', /Retry-After/);
});

test('dev routes answer 404 when disabled', async () => {
  const {call} = setup({devRoutes: false});
  assertProblem(
    await call('GET', '/__dev/mailbox?email=ada@example.com'),
    404,
    'dev_routes_disabled',
  );
  assertProblem(
    await call('POST', '/__dev/clock', {body: {now: '2026-03-02T10:00:00+01:00'}}),
    404,
    'dev_routes_disabled',
  );
});

/**
 * GET /plans through a validating dispatcher whose `listPlans` is replaced, with console.error
 * captured: the answer's status and body, and what was logged.
 */
async function listPlansWith(listPlans: DispatcherOptions['handlers']['listPlans']) {
  const {api} = setup();
  const logged: unknown[][] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => void logged.push(args);
  try {
    const dispatch = createDispatcher({
      db: api.db,
      clock: api.clock,
      realtime: api.realtime,
      handlers: {...handlers, listPlans},
      devRoutes: true,
      latency: () => 0,
      validateResponses: true,
      reset: () => 'demo',
      setLatency: () => {},
    });
    const response = await dispatch(new Request(`${ORIGIN}/v1/spaces/demo/plans`));
    return {status: response.status, body: await response.json(), logged};
  } finally {
    console.error = original;
  }
}

test('a handler that throws is a logged 500 internal_error, not a crash', async () => {
  const {status, body, logged} = await listPlansWith(() => {
    throw new TypeError('boom');
  });
  assert.equal(status, 500);
  assert.equal(body.code, 'internal_error');
  assert.match(
    String(logged[0]?.[0]),
    /^\[Portico\] Failed to handle GET \/v1\/spaces\/demo\/plans/,
  );
});

test('a response that violates the contract is a 500 in validating mode', async () => {
  const {status, body} = await listPlansWith(() => ({items: [{id: 'x'}]}) as never);
  assert.equal(status, 500);
  assert.equal(body.code, 'internal_error');
  assert.match(body.detail, /listPlans: the response violates the contract/);
});

test('a problem code the contract does not list for the route is a 500 in validating mode', async () => {
  const {status, body} = await listPlansWith(() => {
    throw problem('payment_declined', 'Not a thing plans can say.');
  });
  assert.equal(status, 500);
  assert.equal(body.code, 'internal_error');
  assert.match(
    body.detail,
    /listPlans: the contract does not list the problem code "payment_declined"/,
  );
});

test('a problem takes its status from the contract table, whatever the code', () => {
  for (const code of PROBLEM_CODES) {
    const error = problem(code);
    assert.equal(error.status, PROBLEM_STATUS[code], code);
    assert.equal(problemBody(error).status, PROBLEM_STATUS[code], code);
  }
});

test('every route of the contract has a handler and compiles into the router', () => {
  for (const name of Object.keys(routes))
    assert.equal(typeof (handlers as Record<string, unknown>)[name], 'function', name);
});
