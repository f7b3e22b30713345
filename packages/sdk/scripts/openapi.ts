/**
 * Writes `openapi.json` (OpenAPI 3.1) from the contract: every named schema becomes a
 * component, every route of the route table an operation. Nothing here restates a path or a
 * shape; a backend team that does not use JavaScript implements this document.
 *
 *   npm run openapi -w @portico/sdk
 */
import {writeFile} from 'node:fs/promises';
import {pathToFileURL} from 'node:url';
import * as z from 'zod/mini';
import * as contract from '../src/contract/index.js';
import {routeErrorsByStatus} from '../src/contract/route-errors.js';
import type {RouteDefinition} from '../src/contract/route.js';
import {areaRoutes, routes, type RouteName} from '../src/contract/routes.js';

/** A route's area (its folder under src/areas/), which is its tag. */
const areaOf = (route: RouteDefinition) =>
  Object.entries(areaRoutes).find(([, module]) =>
    Object.values(module).includes(route as never),
  )?.[0];

type JsonSchema = Record<string, unknown>;
type Schema = z.ZodMiniType;

const isSchema = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && '_zod' in value;

const pascal = (name: string) => name[0]?.toUpperCase() + name.slice(1);
const ref = (id: string) => ({$ref: `#/components/schemas/${id}`});

/** `/bookings/:bookingId` → `/spaces/{space}/bookings/{bookingId}` (under the server's `/v1`). */
const openApiPath = (path: string) =>
  `/spaces/{space}${path === '/' ? '' : path}`.replace(/:([A-Za-z]+)/g, '{$1}');

export function buildOpenApi() {
  // Named exports of the contract are the components; a route's anonymous schemas (a list
  // wrapper, a query object) get names from the route.
  const registry = z.registry<{id: string}>();
  for (const [name, value] of Object.entries(contract)) {
    if (isSchema(value) && !registry.has(value)) registry.add(value, {id: name});
  }
  const idOf = (schema: Schema, fallback: string): string => {
    if (!registry.has(schema)) registry.add(schema, {id: fallback});
    return (registry.get(schema) as {id: string}).id;
  };
  const table = routes as Record<RouteName, RouteDefinition>;
  const ids = Object.fromEntries(
    (Object.keys(table) as RouteName[]).map((name) => {
      const route = table[name];
      return [
        name,
        {
          params: route.params && idOf(route.params, `${pascal(name)}Params`),
          query: route.query && idOf(route.query, `${pascal(name)}Query`),
          body: route.body && idOf(route.body, `${pascal(name)}Body`),
          response: route.response && idOf(route.response, `${pascal(name)}Response`),
        },
      ];
    }),
  ) as Record<RouteName, Record<'params' | 'query' | 'body' | 'response', string | undefined>>;

  // `input`: what a server may send and the SDK accepts (extra response fields are allowed).
  const {schemas} = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'input',
    uri: (id) => `#/components/schemas/${id}`,
  });
  const components: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    const {$schema: _, $id: __, ...rest} = schema as JsonSchema;
    components[id] = rest;
  }

  const parametersOf = (id: string | undefined, where: 'path' | 'query') => {
    if (!id) return [];
    const schema = components[id] as {properties?: Record<string, JsonSchema>; required?: string[]};
    return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
      name,
      in: where,
      required: where === 'path' || (schema.required ?? []).includes(name),
      schema: property,
    }));
  };

  const paths: Record<string, Record<string, unknown>> = {};
  for (const name of Object.keys(table) as RouteName[]) {
    const route = table[name];
    const id = ids[name];
    const success = route.stream
      ? {
          description: route.summary,
          content: {'text/event-stream': {schema: {type: 'string'}}},
          'x-event-schema': ref('RealtimeEvent'),
        }
      : route.mediaType
        ? {
            description: route.summary,
            // A document, bounded like every string: at most 500 events of a few hundred bytes.
            content: {[route.mediaType]: {schema: {type: 'string', maxLength: 1_048_576}}},
          }
        : route.response === null
          ? {description: route.summary}
          : {
              description: route.summary,
              content: {'application/json': {schema: ref(id.response ?? '')}},
            };
    // One response per status, naming exactly the codes (from PROBLEM_STATUS) it can carry.
    const errorResponses = Object.fromEntries(
      routeErrorsByStatus(route).map(([status, codes]) => [
        String(status),
        {
          description: codes.map((code) => `\`${code}\``).join(', '),
          content: {
            'application/problem+json': {
              schema: {
                allOf: [
                  ref('Problem'),
                  {
                    type: 'object',
                    properties: {status: {const: status}, code: {enum: codes}},
                  },
                ],
              },
            },
          },
        },
      ]),
    );
    const operation = {
      operationId: name,
      summary: route.summary,
      tags: [areaOf(route)],
      ...(route.access === 'member' ? {security: [{bearer: []}]} : {}),
      parameters: [
        ...parametersOf(id.params, 'path'),
        ...parametersOf(id.query, 'query'),
        ...(route.idempotent
          ? [
              {
                name: 'Idempotency-Key',
                in: 'header',
                required: false,
                description:
                  'A retry with the same key answers the first response again (kept 24 h); the same key with another body is 422 `idempotency_key_reused`, and while the first is running, 409 `idempotency_conflict`.',
                schema: {type: 'string', maxLength: 255},
              },
            ]
          : []),
      ],
      ...(id.body
        ? {requestBody: {required: true, content: {'application/json': {schema: ref(id.body)}}}}
        : {}),
      responses: {
        [String(route.status)]: success,
        ...errorResponses,
      },
      'x-problem-codes': routeErrorsByStatus(route).flatMap(([, codes]) => codes),
      ...(route.idempotent ? {'x-idempotent': true} : {}),
      ...(route.safe ? {'x-safe': true} : {}),
      // What a success makes stale in a client's cache, and whether it logs in or out.
      ...(route.invalidates ? {'x-invalidates': route.invalidates} : {}),
      ...(route.session ? {'x-session': route.session} : {}),
      ...(route.limits ? {'x-limits': route.limits} : {}),
    };
    const path = openApiPath(route.path);
    paths[path] = {
      ...paths[path],
      parameters: [
        {
          name: 'space',
          in: 'path',
          required: true,
          description: "The space's slug.",
          schema: ref('Id'),
        },
      ],
      [route.method.toLowerCase()]: operation,
    };
  }

  return {
    openapi: '3.1.1',
    info: {
      title: 'Portico API',
      version: '1.0.0',
      summary:
        'The member-portal API of a coworking space: auth, membership, credits, bookings, orders, entries.',
      description:
        'Generated from `@portico/sdk`’s route table (`npm run openapi`). JSON over HTTPS; errors are `application/problem+json` (RFC 9457) with a stable `code`; times are ISO-8601 instants with an offset, calendar days are in the space’s time zone, money is integer minor units.',
      license: {name: 'MIT', identifier: 'MIT'},
    },
    servers: [
      {
        url: '{api}',
        description: 'The API root, version included.',
        variables: {api: {default: 'http://127.0.0.1:4010/v1'}},
      },
    ],
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'The token from `POST /auth/otp/verify`.',
        },
      },
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const target = new URL('../openapi.json', import.meta.url);
  await writeFile(target, `${JSON.stringify(buildOpenApi(), null, 2)}\n`);
  console.log(`[Portico] Wrote ${target.pathname}`);
}
