import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {test} from 'node:test';
import {PorticoCore, PorticoValidationError} from '../src/index.js';
import {listCreditLedger} from '../src/areas/credits/index.js';
import {clientFor} from './helpers/client.js';
import {session} from './helpers/fixtures.js';
import {json, startFileServer} from './helpers/server.js';

const server = await startFileServer();

const BAD_LEDGER = {items: [{id: 'not ok!', delta: 'ten'}], nextCursor: null};

/** What the production probe (no `development` condition) saw. */
async function probe(mode?: 'validate'): Promise<{ok: boolean; name?: string; ledger?: unknown}> {
  const script = fileURLToPath(new URL('./helpers/production-probe.ts', import.meta.url));
  const {stdout} = await promisify(execFile)(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', script, server.apiUrl, ...(mode ? [mode] : [])],
    {timeout: 30_000},
  );
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
}

test('in development, the lean core validates answers of schema-free endpoints too', async () => {
  server.on('GET /me/credits/ledger', json(BAD_LEDGER));
  const client = new PorticoCore({
    baseUrl: server.apiUrl,
    space: 'demo',
    session: 'memory',
    realtime: false,
  });
  client.session.set(session);
  await assert.rejects(listCreditLedger(client), PorticoValidationError);
});

test('validateResponses: false skips validation even in development', async () => {
  server.on('GET /me/credits/ledger', json(BAD_LEDGER));
  const ledger = await clientFor(server, {validateResponses: false}).credits.listLedger();
  assert.deepEqual(ledger, BAD_LEDGER);
});

test('in production, answers are not validated unless asked', async () => {
  server.on('GET /me/credits/ledger', json(BAD_LEDGER));
  assert.deepEqual(await probe(), {ok: true, ledger: BAD_LEDGER});
});

test('in production, validateResponses: true loads the schemas and validates', async () => {
  server.on('GET /me/credits/ledger', json(BAD_LEDGER));
  const result = await probe('validate');
  assert.equal(result.ok, false);
  assert.equal(result.name, 'PorticoValidationError');
});

test('a bidi override from a lax backend never reaches the page: it is dropped when parsed', async () => {
  // "Ada \u202Efdp.exe" reads "Ada exe.pdf"; raw or escaped in the JSON, it is removed.
  const rlo = {items: [{id: 'l1', description: 'Ada \u202Efdp.exe'}], nextCursor: null};
  server.on('GET /me/credits/ledger', json(rlo));
  const ledger = await clientFor(server, {validateResponses: false}).credits.listLedger();
  assert.equal((ledger.items[0] as {description: string}).description, 'Ada fdp.exe');
  server.on('GET /me/credits/ledger', (_, res) => {
    res.writeHead(200, {'content-type': 'application/json'});
    res.end('{"items": [{"id": "l1", "description": "Ada \\u202Efdp.exe"}], "nextCursor": null}');
  });
  const escaped = await clientFor(server, {validateResponses: false}).credits.listLedger();
  assert.equal((escaped.items[0] as {description: string}).description, 'Ada fdp.exe');
});
