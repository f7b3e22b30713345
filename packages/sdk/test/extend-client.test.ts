import assert from 'node:assert/strict';
import {test} from 'node:test';
import {PorticoCore, extendClient} from '../src/index.js';
import {creditsQuery} from '../src/areas/credits/index.js';
import {credits, session} from './helpers/fixtures.js';
import {json, startFileServer} from './helpers/server.js';

const server = await startFileServer();

test('extendClient adds the namespaces to the same client: one session, one store', async () => {
  server.on('GET /me/credits', json(credits(42)));
  const core = new PorticoCore({
    baseUrl: server.apiUrl,
    space: 'demo',
    session: 'memory',
    realtime: false,
  });
  const client = extendClient(core);
  assert.equal(client, core, 'the same object');
  assert.equal(extendClient(client), client, 'extending twice changes nothing');
  client.session.set(session);
  assert.equal(core.session.isLoggedIn, true);
  const fetched = await client.credits.get();
  assert.equal(fetched.total, 42);
  // The namespaces' queries are the store's: a read through `queries` fills what elements read.
  await client.store.fetch(client.queries.credits());
  assert.equal(core.store.get(creditsQuery(core)).data?.total, 42);
});
