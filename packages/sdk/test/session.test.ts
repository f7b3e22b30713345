import assert from 'node:assert/strict';
import {test} from 'node:test';
import {createPorticoClient, memoryStorage, type SessionStorageAdapter} from '../src/index.js';
import {session} from './helpers/fixtures.js';
import {FakeStorage, withWebStorage} from './helpers/storage.js';

const base = {baseUrl: 'http://127.0.0.1:1/v1', space: 'demo'} as const;
const KEY = 'portico:session:http://127.0.0.1:1/v1:demo';

test("session 'local' keeps the token in localStorage as JSON, keyed by API and space", () =>
  withWebStorage(({local, session: tab}) => {
    const client = createPorticoClient({...base, session: 'local'});
    client.session.set(session);
    assert.deepEqual(JSON.parse(local.getItem(KEY) ?? 'null'), session);
    assert.equal(tab.length, 0);
    // A reload (a new client on the same storage) is still logged in.
    assert.deepEqual(createPorticoClient({...base, session: 'local'}).session.get(), session);
    // Another space on the same API is not.
    assert.equal(
      createPorticoClient({...base, space: 'other', session: 'local'}).session.get(),
      null,
    );
  }));

test("session 'session' uses sessionStorage", () =>
  withWebStorage(({local, session: tab}) => {
    createPorticoClient({...base, session: 'session'}).session.set(session);
    assert.ok(tab.getItem(KEY));
    assert.equal(local.length, 0);
  }));

test("session 'memory' forgets on reload", () =>
  withWebStorage(({local}) => {
    const client = createPorticoClient({...base, session: 'memory'});
    client.session.set(session);
    assert.equal(client.session.isLoggedIn, true);
    assert.equal(local.length, 0);
    assert.equal(createPorticoClient({...base, session: 'memory'}).session.isLoggedIn, false);
  }));

test('in Node the default is memory, even when a localStorage exists', () =>
  withWebStorage(({local}) => {
    createPorticoClient(base).session.set(session);
    assert.equal(local.length, 0);
  }));

test("'local' falls back to memory where there is no localStorage", () => {
  const client = createPorticoClient({...base, session: 'local'});
  client.session.set(session);
  assert.equal(client.session.isLoggedIn, true);
});

test('a custom adapter is used as is', () => {
  const calls: string[] = [];
  const values = memoryStorage();
  const adapter: SessionStorageAdapter = {
    getItem: (key) => (calls.push(`get ${key}`), values.getItem(key)),
    setItem: (key, value) => (calls.push(`set ${key}`), values.setItem(key, value)),
    removeItem: (key) => (calls.push(`remove ${key}`), values.removeItem(key)),
  };
  const client = createPorticoClient({...base, session: adapter});
  client.session.set(session);
  client.session.clear();
  assert.ok(calls.includes(`set ${KEY}`));
  assert.ok(calls.includes(`remove ${KEY}`));
  assert.equal(values.getItem(KEY), null);
});

test('clear() forgets the session and emits session-changed once', () => {
  const client = createPorticoClient({...base, session: 'memory'});
  const events: unknown[] = [];
  client.on('session-changed', (event) => events.push(event.session));
  client.session.set(session);
  client.session.set(session);
  client.session.clear();
  client.session.clear();
  assert.deepEqual(events, [session, null]);
  assert.equal(client.session.isLoggedIn, false);
});

test('an expired session counts as logged out and emits session-expired', () => {
  const storage = new FakeStorage();
  storage.setItem(KEY, JSON.stringify({token: 'old', expiresAt: '2001-01-01T00:00:00Z'}));
  const client = createPorticoClient({...base, session: storage});
  const events: string[] = [];
  client.on('session-expired', (event) => events.push(event.reason));
  assert.equal(client.session.isLoggedIn, false);
  assert.equal(client.session.get(), null);
  assert.deepEqual(events, ['expired']);
  assert.equal(storage.getItem(KEY), null);
});

test('a corrupted stored value is dropped, not thrown', () => {
  const storage = new FakeStorage();
  storage.setItem(KEY, '{not json');
  assert.equal(createPorticoClient({...base, session: storage}).session.get(), null);
  storage.setItem(KEY, JSON.stringify({token: 42}));
  assert.equal(createPorticoClient({...base, session: storage}).session.get(), null);
  assert.equal(storage.getItem(KEY), null);
});

test('a storage that throws (quota, privacy mode) falls back to memory with a warning', () => {
  const broken: SessionStorageAdapter = {
    getItem: () => null,
    setItem: () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    },
    removeItem: () => {},
  };
  const warnings: unknown[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args[0]);
  try {
    const client = createPorticoClient({...base, session: broken});
    client.session.set(session);
    assert.deepEqual(client.session.get(), session);
    assert.match(String(warnings[0]), /^\[Portico\] Session storage failed/);
  } finally {
    console.warn = original;
  }
});

test('set() rejects something that is not a session', () => {
  const client = createPorticoClient({...base, session: 'memory'});
  assert.throws(() => client.session.set({token: 'x'} as never));
  assert.equal(client.session.isLoggedIn, false);
});
