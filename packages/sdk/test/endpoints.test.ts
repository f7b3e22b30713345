import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import test from 'node:test';
import type {Endpoint} from '../src/contract/endpoint.js';
import * as endpoints from '../src/contract/endpoints.js';
import {areaRoutes, routes} from '../src/contract/routes.js';
import {buildEndpoints, endpointsFile, type Area} from '../scripts/endpoints.js';

test("every area's endpoints.ts on disk is what `npm run generate` writes now", async () => {
  for (const area of Object.keys(areaRoutes) as Area[]) {
    assert.equal(
      await readFile(endpointsFile(area), 'utf8'),
      await buildEndpoints(area),
      `${area}: run \`npm run generate -w @portico/sdk\` and commit the result`,
    );
  }
});

test('every route has an endpoint with its method, path, access, rules and idempotency', () => {
  const byName: Record<string, Endpoint> = endpoints;
  assert.deepEqual(Object.keys(byName).sort(), Object.keys(routes).sort());
  for (const [name, route] of Object.entries(routes)) {
    const endpoint = byName[name];
    assert.ok(endpoint, name);
    assert.equal(endpoint.name, name);
    assert.equal(endpoint.method, route.method, name);
    assert.equal(endpoint.path, route.path, name);
    assert.equal(endpoint.access, route.access, name);
    assert.deepEqual(endpoint.errors, route.errors, name);
    assert.deepEqual(endpoint.invalidates, 'invalidates' in route ? route.invalidates : undefined);
    assert.deepEqual(endpoint.limits, 'limits' in route ? route.limits : undefined);
    assert.equal(endpoint.idempotent ?? false, 'idempotent' in route && route.idempotent, name);
    assert.equal(endpoint.stream ?? false, 'stream' in route && route.stream, name);
  }
});

test('every route belongs to exactly one area', () => {
  const owners = new Map<unknown, string[]>();
  for (const [area, module] of Object.entries(areaRoutes)) {
    for (const route of Object.values(module))
      owners.set(route, [...(owners.get(route) ?? []), area]);
  }
  for (const [name, route] of Object.entries(routes)) {
    assert.equal(owners.get(route)?.length, 1, `${name}: ${owners.get(route)?.join(', ')}`);
  }
});
