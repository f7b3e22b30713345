import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import test from 'node:test';
import * as endpoints from '../src/contract/endpoints.js';
import {routes, type RouteName} from '../src/contract/routes.js';
import {buildEndpoints} from '../scripts/endpoints.js';

test('endpoints.ts on disk is what `npm run generate` writes now', async () => {
  assert.equal(
    await readFile(new URL('../src/contract/endpoints.ts', import.meta.url), 'utf8'),
    await buildEndpoints(),
    'run `npm run generate -w @portico/sdk` and commit the result',
  );
});

test('every route has an endpoint with its method, path, access and idempotency', () => {
  const byName = endpoints as Record<string, (typeof endpoints)[RouteName]>;
  assert.deepEqual(Object.keys(byName).sort(), Object.keys(routes).sort());
  for (const [name, route] of Object.entries(routes)) {
    const endpoint = byName[name];
    assert.ok(endpoint, name);
    assert.equal(endpoint.name, name);
    assert.equal(endpoint.method, route.method, name);
    assert.equal(endpoint.path, route.path, name);
    assert.equal(endpoint.access, route.access, name);
    assert.equal(endpoint.idempotent ?? false, 'idempotent' in route && route.idempotent, name);
    assert.equal(endpoint.stream ?? false, 'stream' in route && route.stream, name);
  }
});
