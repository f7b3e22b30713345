import assert from 'node:assert/strict';
import {readFile, readdir} from 'node:fs/promises';
import {test} from 'node:test';
import {parse} from 'superjson';
import {QueryStore} from '../src/store/index.js';
import {clientFor} from './helpers/client.js';
import {credits, session} from './helpers/fixtures.js';
import {json, sleep, startFileServer, until} from './helpers/server.js';
import {FakeStorage} from './helpers/storage.js';

const server = await startFileServer();

let balance = 10;
let delay = 0;
server.on('GET /me/credits', async (_, res) => {
  await sleep(delay);
  json(credits(balance))(_, res, undefined as never);
});
server.on('POST /auth/logout', (_, res) => void res.writeHead(204).end());

const cacheKey = (storage: FakeStorage) =>
  storage.keys().find((key) => key.startsWith('portico:cache:'));

/** A page load: a client on the same storages as the previous "page". */
function page(storages: {cache: FakeStorage; session: FakeStorage}, maxAgeMs?: number) {
  return clientFor(server, {
    loggedIn: false,
    session: storages.session,
    persist: {storage: storages.cache, ...(maxAgeMs === undefined ? {} : {maxAgeMs})},
  });
}

async function firstVisit() {
  const storages = {cache: new FakeStorage(), session: new FakeStorage()};
  balance = 10;
  delay = 0;
  const client = page(storages);
  client.session.set(session);
  const query = client.queries.credits();
  const unsubscribe = client.store.subscribe(query, () => {});
  await until(() => client.store.get(query).data?.total === 10);
  await until(() => cacheKey(storages.cache) !== undefined, 1_000, 'the cache to be saved');
  unsubscribe();
  return {storages, client};
}

test('successful data is saved with superjson under a key for the API and space', async () => {
  const {storages} = await firstVisit();
  const key = cacheKey(storages.cache);
  assert.equal(key, `portico:cache:${server.apiUrl}:demo`);
  const blob = parse<{entries: {key: unknown[]; data: unknown}[]}>(
    storages.cache.getItem(key ?? '') ?? '',
  );
  assert.deepEqual(
    blob.entries.map((e) => e.key),
    [['credits']],
  );
  assert.deepEqual(blob.entries[0]?.data, credits(10));
});

test('a reload paints from the cache first, then shows the fresh data', async () => {
  const {storages} = await firstVisit();
  balance = 6;
  delay = 150;
  const client = page(storages);
  await client.store.hydrated;
  const query = client.queries.credits();
  const states: string[] = [];
  const unsubscribe = client.store.subscribe(query, (s) =>
    states.push(`${s.status}:${s.data?.total}:${s.isFetching}`),
  );
  const first = client.store.get(query);
  assert.equal(first.status, 'success');
  assert.equal(first.data?.total, 10, 'the cached balance, at once');
  assert.equal(first.isFetching, true);
  await until(() => client.store.get(query).data?.total === 6, 2_000, 'the fresh balance');
  assert.deepEqual(states, ['success:10:true', 'success:6:false']);
  unsubscribe();
});

test('a reload whose request is faster than the cache read keeps the fresh data', async () => {
  const {storages} = await firstVisit();
  balance = 3;
  delay = 0;
  const client = page(storages);
  const query = client.queries.credits();
  await client.store.fetch(query);
  await client.store.hydrated;
  assert.equal(client.store.get(query).data?.total, 3);
});

test('a cache older than maxAgeMs is ignored and removed', async () => {
  const {storages} = await firstVisit();
  await sleep(20);
  const client = page(storages, 10);
  await client.store.hydrated;
  assert.equal(client.store.get(client.queries.credits()).status, 'idle');
  assert.equal(cacheKey(storages.cache), undefined);
});

test('a cache from another format version is ignored', async () => {
  const storage = new FakeStorage();
  storage.setItem(
    'k',
    JSON.stringify({
      json: {
        format: 0,
        version: '',
        savedAt: Date.now(),
        entries: [{key: ['credits'], data: 1, updatedAt: 1}],
      },
    }),
  );
  const store = new QueryStore({persist: {storage, key: 'k'}});
  await store.hydrated;
  assert.equal(store.get({key: ['credits'], fetch: async () => 0}).status, 'idle');
  assert.equal(storage.getItem('k'), null);
});

test('an unreadable cache is ignored with a warning', async () => {
  const storage = new FakeStorage();
  storage.setItem('k', '{broken');
  const original = console.warn;
  const warnings: unknown[] = [];
  console.warn = (...args: unknown[]) => void warnings.push(args[0]);
  try {
    const store = new QueryStore({persist: {storage, key: 'k'}});
    await store.hydrated;
    assert.match(String(warnings[0]), /^\[Portico\] Ignoring an unreadable query cache/);
    assert.equal(storage.getItem('k'), null);
  } finally {
    console.warn = original;
  }
});

test('logout removes the cache', async () => {
  const {storages, client} = await firstVisit();
  await client.auth.logout();
  await sleep(40);
  assert.equal(cacheKey(storages.cache), undefined);
});

test('a page opened without a session never paints a cached member', async () => {
  const {storages} = await firstVisit();
  storages.session.clear();
  const client = page(storages);
  await client.store.hydrated;
  assert.equal(client.store.get(client.queries.credits()).status, 'idle');
  assert.equal(cacheKey(storages.cache), undefined);
});

test('persistence is off by default and superjson is only ever imported lazily', async () => {
  const sources = await readdir(new URL('../src', import.meta.url), {recursive: true});
  const offenders: string[] = [];
  for (const file of sources.filter((f) => f.endsWith('.ts'))) {
    const text = await readFile(new URL(`../src/${file}`, import.meta.url), 'utf8');
    if (/from ['"]superjson['"]/.test(text)) offenders.push(file);
  }
  assert.deepEqual(offenders, [], 'a static import would put superjson in every bundle');
});
