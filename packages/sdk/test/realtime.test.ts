import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {RealtimeEvent} from '../src/index.js';
import {RealtimeStream} from '../src/areas/realtime/index.js';
import {onWake} from '../src/areas/realtime/on-wake.js';
import {StaleReads} from '../src/core/stale-reads.js';
import {clientFor} from './helpers/client.js';
import {credits, session} from './helpers/fixtures.js';
import {json, problem, sequence, sleep, startFileServer, until} from './helpers/server.js';
import {creditsChanged, sseEndpoint} from './helpers/sse.js';
import {stopAfterTest} from './helpers/streams.js';

const server = await startFileServer();

function streamFor(options: Partial<ConstructorParameters<typeof RealtimeStream>[0]> = {}) {
  const events: RealtimeEvent[] = [];
  const refused: string[] = [];
  const stream = new RealtimeStream({
    url: `${server.apiUrl}/spaces/demo/stream`,
    fetch: globalThis.fetch,
    getToken: () => session.token,
    onEvent: (event) => events.push(event),
    onUnauthorized: (token) => refused.push(token),
    retryMs: 20,
    ...options,
  });
  stopAfterTest(() => stream.stop());
  return {stream, events, refused};
}

/** Serves `sse` at /stream, starts a stream on it, and waits for its first connection. */
async function connect(
  sse: ReturnType<typeof sseEndpoint>,
  options: Parameters<typeof streamFor>[0] = {},
) {
  server.on('GET /stream', sse.handler);
  const opened = streamFor(options);
  opened.stream.start();
  await until(() => sse.connections.length === 1);
  return opened;
}

test('events arrive parsed and validated; invalid ones are dropped', async () => {
  const sse = sseEndpoint();
  const {stream, events} = await connect(sse);
  const [connection] = sse.connections;
  assert.equal(connection?.request.headers.authorization, `Bearer ${session.token}`);
  assert.equal(connection?.request.headers.accept, 'text/event-stream');
  assert.equal(connection?.request.headers['last-event-id'], undefined);

  connection?.write(': ping\n\n');
  connection?.write('data: not json\n\n');
  connection?.write(
    `data: ${JSON.stringify({id: 'x', type: 'weather.changed', at: '2030-01-01T00:00:00Z', data: {}})}\n\n`,
  );
  connection?.write(`data: ${JSON.stringify({...creditsChanged(5), data: {total: 'five'}})}\n\n`);
  connection?.send(creditsChanged(6), '1');

  await until(() => events.length === 1);
  assert.deepEqual(events, [creditsChanged(6)]);
  assert.equal(stream.lastEventId, '1');
  stream.stop();
  await until(() => connection?.closed === true, 1_000, 'the connection to close on stop');
});

test('a dropped stream reconnects and resumes with Last-Event-ID', async () => {
  const sse = sseEndpoint();
  const {stream, events} = await connect(sse);
  sse.connections[0]?.send(creditsChanged(9), '41');
  sse.connections[0]?.send(creditsChanged(8), '42');
  await until(() => events.length === 2);

  sse.connections[0]?.drop();

  await until(() => sse.connections.length === 2, 2_000, 'the reconnection');
  assert.equal(sse.connections[1]?.request.headers['last-event-id'], '42');
  sse.connections[1]?.send(creditsChanged(7), '43');
  await until(() => events.length === 3);
  assert.deepEqual(
    events.map((e) => e.type === 'credits.changed' && e.data.total),
    [9, 8, 7],
  );
  stream.stop();
});

test("the server's retry: field sets the reconnection delay", async () => {
  const sse = sseEndpoint((connection) => {
    // The first connection asks for a long delay, the second for a short one.
    if (sse.connections.length === 1) connection.write('retry: 2000\n\n');
    else connection.write('retry: 10\n\n');
    setTimeout(() => connection.res.end(), 5);
  });
  const {stream} = await connect(sse, {retryMs: 10});
  let gapStart = Date.now();
  await until(() => sse.connections.length === 2, 4_000);
  const firstGap = Date.now() - gapStart;
  gapStart = Date.now();
  await until(() => sse.connections.length === 3, 4_000);
  const secondGap = Date.now() - gapStart;
  stream.stop();
  // Equal jitter: between half and all of the delay, so at least 1,000 ms, then at most 10 ms
  // (a loaded machine adds the same few hundred ms to both, never a second).
  assert.ok(firstGap >= 950, `the first reconnection took ${firstGap} ms`);
  assert.ok(
    secondGap < firstGap / 2,
    `the second reconnection took ${secondGap} ms (first: ${firstGap})`,
  );
});

test('the first reconnection waits at least half the retry delay', async () => {
  const sse = sseEndpoint((connection) => {
    connection.write('retry: 300\n\n');
    setTimeout(() => connection.res.end(), 5);
  });
  const {stream} = await connect(sse);
  const closedAt = Date.now();
  await until(() => sse.connections.length === 2, 2_000);
  stream.stop();
  assert.ok(Date.now() - closedAt >= 140, `reconnected after ${Date.now() - closedAt} ms`);
});

test('failures back off exponentially', async () => {
  server.on('GET /stream', problem(503, 'service_unavailable'));
  const before = server.count('GET /stream');
  const {stream} = streamFor({retryMs: 20, maxRetryMs: 10_000});
  stream.start();
  await sleep(600);
  stream.stop();
  const attempts = server.count('GET /stream') - before;
  // Without backoff that would be ~30 attempts; doubling from 20 ms (10-20, 20-40, … ms) gives 5-7.
  assert.ok(attempts >= 3 && attempts <= 8, `${attempts} attempts in 600 ms`);
});

test('a 401 stops the stream for good and reports the refused token', async () => {
  server.on('GET /stream', problem(401, 'unauthorized'));
  const before = server.count('GET /stream');
  const {stream, refused} = streamFor();
  stream.start();
  await until(() => refused.length === 1);
  await sleep(100);
  assert.equal(server.count('GET /stream') - before, 1);
  assert.deepEqual(refused, [session.token]);
  assert.equal(stream.status, 'closed');
});

test('a 204 answer means do not reconnect', async () => {
  server.on('GET /stream', (_, res) => void res.writeHead(204).end());
  const before = server.count('GET /stream');
  const {stream} = streamFor();
  stream.start();
  await sleep(150);
  assert.equal(server.count('GET /stream') - before, 1);
  stream.stop();
});

test('client.realtime.subscribe shares one connection and closes it after the last unsubscribe', async () => {
  const sse = sseEndpoint();
  server.on('GET /stream', sse.handler);
  const client = clientFor(server);
  const a: RealtimeEvent[] = [];
  const b: RealtimeEvent[] = [];
  const offA = stopAfterTest(client.realtime.subscribe((event) => a.push(event)));
  const offB = stopAfterTest(client.realtime.subscribe((event) => b.push(event)));
  await until(() => sse.connections.length === 1);
  sse.connections[0]?.send(creditsChanged(3), '1');
  await until(() => a.length === 1 && b.length === 1);
  offA();
  await sleep(20);
  assert.equal(sse.connections[0]?.closed, false);
  offB();
  await until(() => sse.connections[0]?.closed === true, 1_000, 'the stream to close');
  assert.equal(sse.connections.length, 1);
});

test('subscribing while logged out connects on login, and logout disconnects', async () => {
  const sse = sseEndpoint();
  server.on('GET /stream', sse.handler);
  server.on('POST /auth/logout', (_, res) => void res.writeHead(204).end());
  const client = clientFor(server, {loggedIn: false});
  const off = stopAfterTest(client.realtime.subscribe(() => {}));
  await sleep(30);
  assert.equal(sse.connections.length, 0);
  client.session.set(session);
  await until(() => sse.connections.length === 1);
  await client.auth.logout();
  await until(() => sse.connections[0]?.closed === true, 1_000, 'the stream to close');
  await sleep(50);
  assert.equal(sse.connections.length, 1);
  off();
});

test('an event stream 401 logs the member out (session-expired)', async () => {
  server.on('GET /stream', problem(401, 'unauthorized'));
  const client = clientFor(server);
  let expired = 0;
  client.on('session-expired', () => expired++);
  const off = stopAfterTest(client.realtime.subscribe(() => {}));
  await until(() => expired === 1);
  assert.equal(client.session.isLoggedIn, false);
  off();
});

test('an abort signal unsubscribes', async () => {
  const sse = sseEndpoint();
  server.on('GET /stream', sse.handler);
  const controller = new AbortController();
  stopAfterTest(clientFor(server).realtime.subscribe(() => {}, {signal: controller.signal}));
  await until(() => sse.connections.length === 1);
  controller.abort();
  await until(() => sse.connections[0]?.closed === true, 1_000, 'the stream to close');
});

/**
 * A realtime client whose widget watches the credits (`staleTime` as given), served from a
 * balance the test changes with `setBalance`; resolves once it shows 10 and the stream is open.
 */
async function watchBalance(sse: ReturnType<typeof sseEndpoint>, staleTime?: number) {
  server.on('GET /stream', sse.handler);
  let balance = 10;
  server.on('GET /me/credits', (_, res) => json(credits(balance))(_, res, undefined as never));
  const client = clientFor(server, {realtime: true});
  const query = client.queries.credits();
  const watched = staleTime === undefined ? query : {...query, staleTime};
  const unsubscribe = stopAfterTest(client.store.subscribe(watched, () => {}));
  await until(() => client.store.get(query).data?.total === 10);
  await until(() => sse.connections.length === 1, 1_000, 'the store to open the stream');
  return {
    client,
    query,
    unsubscribe,
    setBalance: (value: number) => void (balance = value),
  };
}

test('the store listens by itself: a change made elsewhere reaches a widget within a second', async () => {
  const sse = sseEndpoint();
  const {client, query, unsubscribe, setBalance} = await watchBalance(sse);

  setBalance(2);
  const sentAt = Date.now();
  sse.connections[0]?.send(creditsChanged(2), '1');

  await until(() => client.store.get(query).data?.total === 2, 1_000, 'the new balance');
  assert.ok(Date.now() - sentAt < 1_000);
  unsubscribe();
  await until(() => sse.connections[0]?.closed === true, 1_000, 'no subscribers, no stream');
});

test('realtime: false keeps the store off the stream', async () => {
  const sse = sseEndpoint();
  server.on('GET /stream', sse.handler);
  server.on('GET /me/credits', json(credits(1)));
  const client = clientFor(server, {realtime: false});
  const unsubscribe = stopAfterTest(client.store.subscribe(client.queries.credits(), () => {}));
  await sleep(50);
  assert.equal(sse.connections.length, 0);
  unsubscribe();
});

test('booking.changed refetches bookings and availability, not credits', async () => {
  const sse = sseEndpoint();
  server.on('GET /stream', sse.handler);
  server.on('GET /me/credits', json(credits(1)));
  server.on('GET /me/bookings', json({items: [], nextCursor: null}));
  const client = clientFor(server, {realtime: true});
  const invalidated = new Set<string>();
  client.store.on(
    (event) => event.type === 'invalidated' && invalidated.add(String(event.query.key[0])),
  );
  const offs = [client.queries.credits(), client.queries.bookings()].map((q) =>
    stopAfterTest(client.store.subscribe(q as never, () => {})),
  );
  await until(() => sse.connections.length === 1);
  sse.connections[0]?.send({
    id: 'e',
    type: 'booking.changed',
    at: '2030-03-04T09:00:00Z',
    data: {bookingId: 'b_1', status: 'cancelled'},
  });
  await until(() => invalidated.size > 0);
  assert.deepEqual([...invalidated], ['bookings']);
  offs.forEach((off) => off());
});

test('a stream that fails to open (503) is retried until it opens', async () => {
  const sse = sseEndpoint();
  server.on('GET /stream', sequence(problem(503, 'service_unavailable'), sse.handler));
  const {stream, events} = streamFor();
  stream.start();
  await until(() => sse.connections.length === 1, 2_000);
  sse.connections[0]?.send(creditsChanged(4), '1');
  await until(() => events.length === 1);
  stream.stop();
});

test('reconnect() skips a pending backoff and resumes with Last-Event-ID', async () => {
  const sse = sseEndpoint((connection) => connection.write('retry: 20000\n\n'));
  const opens: boolean[] = [];
  const {stream} = await connect(sse, {onOpen: ({resumed}) => opens.push(resumed)});
  sse.connections[0]?.send(creditsChanged(3), '7');
  await until(() => stream.lastEventId === '7');
  sse.connections[0]?.drop();
  await sleep(100);
  assert.equal(sse.connections.length, 1, 'waiting out the 10-20 s backoff');

  const at = Date.now();
  stream.reconnect();
  await until(() => sse.connections.length === 2, 1_000, 'the reconnection');
  assert.ok(Date.now() - at < 500, `reconnected after ${Date.now() - at} ms`);
  assert.equal(sse.connections[1]?.request.headers['last-event-id'], '7');
  await until(() => opens.length === 2);
  assert.deepEqual(opens, [false, true], 'the second connection is a resume');
  stream.stop();
});

test('reconnect() replaces an open connection, which may be dead without knowing it', async () => {
  const sse = sseEndpoint();
  const {stream, events} = await connect(sse);
  sse.connections[0]?.send(creditsChanged(5), '12');
  await until(() => events.length === 1);

  stream.reconnect();
  await until(() => sse.connections.length === 2, 1_000, 'a new connection');
  await until(() => sse.connections[0]?.closed === true, 1_000, 'the old one to close');
  assert.equal(sse.connections[1]?.request.headers['last-event-id'], '12');
  sse.connections[1]?.send(creditsChanged(4), '13');
  await until(() => events.length === 2);
  stream.stop();
  stream.reconnect();
  await sleep(50);
  assert.equal(sse.connections.length, 2, 'a stopped stream stays stopped');
});

/** Fakes the browser's `online` event and page visibility on `globalThis` for one test. */
function fakeBrowser() {
  const win = new EventTarget();
  const doc = Object.assign(new EventTarget(), {visibilityState: 'visible'});
  Object.assign(globalThis, {
    document: doc,
    addEventListener: win.addEventListener.bind(win),
    removeEventListener: win.removeEventListener.bind(win),
  });
  stopAfterTest(() => {
    for (const name of ['document', 'addEventListener', 'removeEventListener'])
      delete (globalThis as Record<string, unknown>)[name];
  });
  return {
    online: () => win.dispatchEvent(new Event('online')),
    setVisibility(state: 'visible' | 'hidden') {
      doc.visibilityState = state;
      doc.dispatchEvent(new Event('visibilitychange'));
    },
  };
}

test('back online: the stream reconnects at once and what it may have missed is refetched, fresh or not', async () => {
  const browser = fakeBrowser();
  // The server asks for a long delay, as a real outage grows the backoff to seconds.
  const sse = sseEndpoint((connection) => connection.write('retry: 20000\n\n'));
  const {client, query, setBalance} = await watchBalance(sse, 60_000);

  // The network drops; the balance changes and its event is lost with the connection.
  sse.connections[0]?.drop();
  setBalance(2);
  await sleep(100);
  assert.equal(client.store.get(query).data?.total, 10);

  const at = Date.now();
  browser.online();
  await until(() => sse.connections.length === 2, 1_000, 'the reconnection on online');
  await until(() => client.store.get(query).data?.total === 2, 1_000, 'the refetched balance');
  assert.ok(Date.now() - at < 1_000, `caught up after ${Date.now() - at} ms`);
});

test('a stream that reconnects by itself also refetches what it may have missed', async () => {
  const sse = sseEndpoint();
  const {client, query, setBalance} = await watchBalance(sse, 60_000);
  const fetches = server.count('GET /me/credits');

  sse.connections[0]?.drop();
  setBalance(3);
  await until(() => sse.connections.length === 2, 3_000, 'the reconnection');
  await until(() => client.store.get(query).data?.total === 3, 1_000, 'the refetched balance');
  assert.equal(server.count('GET /me/credits'), fetches + 1);
});

test('onWake: online and a long hidden spell wake the stream, a short absence does not', async () => {
  const browser = fakeBrowser();
  const woken: number[] = [];
  const stop = stopAfterTest(onWake(() => woken.push(Date.now()), 200));
  browser.setVisibility('hidden');
  await sleep(20);
  browser.setVisibility('visible');
  assert.equal(woken.length, 0, 'hidden for 20 ms is not a wake');
  browser.setVisibility('hidden');
  await sleep(250);
  browser.setVisibility('visible');
  assert.equal(woken.length, 1, 'hidden for 250 ms is');
  browser.online();
  assert.equal(woken.length, 2, 'online is');
  stop();
  browser.online();
  assert.equal(woken.length, 2, 'stopped');
});

/**
 * The widget reads its balance (10) while the server is at `readSeq`; a change (to 2) is made
 * before the stream opens, whose answer says `streamSeq`: its event was sent to no one.
 */
async function changeBeforeTheStreamOpens(readSeq: number | null, streamSeq: number | null) {
  const sse = sseEndpoint();
  let balance = 10;
  const before = server.count('GET /me/credits');
  server.seq = readSeq;
  stopAfterTest(() => void (server.seq = 0));
  server.on('GET /me/credits', (_, res) => json(credits(balance))(_, res, undefined as never));
  const client = clientFor(server, {realtime: true});
  const query = client.queries.credits();
  server.on('GET /stream', async (request, res, raw) => {
    await until(() => client.store.get(query).data?.total === 10, 1_000, 'the first read');
    balance = 2;
    server.seq = streamSeq;
    if (streamSeq === null) res.removeHeader('portico-seq');
    else res.setHeader('portico-seq', String(streamSeq));
    await sse.handler(request, res, raw);
  });
  stopAfterTest(client.store.subscribe(query, () => {}));
  await until(() => sse.connections.length === 1, 1_000, 'the stream to open');
  return {client, query, reads: () => server.count('GET /me/credits') - before};
}

test('data read before the stream opened is refetched when a change came in between (Portico-Seq)', async () => {
  const {client, query, reads} = await changeBeforeTheStreamOpens(5, 6);
  await until(() => client.store.get(query).data?.total === 2, 1_000, 'the refetched balance');
  assert.equal(reads(), 2);
});

test('data read at the seq the stream starts at is not fetched again', async () => {
  const {client, query, reads} = await changeBeforeTheStreamOpens(5, 5);
  await sleep(200);
  assert.equal(reads(), 1);
  assert.equal(client.store.get(query).data?.total, 10, 'nothing changed as far as the seq says');
});

test('a server without Portico-Seq gets the safe behaviour: what was read before the stream opened is refetched', async () => {
  const {client, query, reads} = await changeBeforeTheStreamOpens(null, null);
  await until(() => client.store.get(query).data?.total === 2, 1_000, 'the refetched balance');
  assert.equal(reads(), 2);
});

test('StaleReads: an answer read below the open stream’s seq is stale; a reopened stream starts over', () => {
  const reads = new StaleReads();
  assert.equal(reads.read('3'), false, 'no stream yet: noted, not stale');
  assert.equal(reads.opened('3'), false, 'read at the seq the stream starts at');
  assert.equal(reads.read('2'), true, 'answered after the opening, read before it');
  assert.equal(reads.read('3'), false);
  assert.equal(reads.read(null), false, 'no header after the opening: nothing to compare');
  reads.closed();
  assert.equal(reads.read('4'), false);
  assert.equal(reads.read('x'), false, 'a malformed header counts as none');
  assert.equal(reads.opened('4'), true, 'a read without a usable seq before the opening');
  reads.closed();
  assert.equal(reads.opened(null), false, 'nothing was read: nothing to refetch');
});
