import assert from 'node:assert/strict';
import {test} from 'node:test';
import {isPorticoError} from '../src/index.js';
import {clientFor} from './helpers/client.js';
import {
  bookingCreated,
  bookingQuote,
  bookingRequest,
  credits,
  member,
  order,
} from './helpers/fixtures.js';
import {json, problem, reset, sequence, startFileServer} from './helpers/server.js';

const server = await startFileServer();

const unavailable = problem(503, 'service_unavailable');

/** The Idempotency-Key of each request to `path`, in order. */
const keysSentTo = (path: string) =>
  server.requests.filter((r) => r.path === path).map((r) => r.headers['idempotency-key']);

test('a GET is retried after 502, 503 and 504 and then succeeds', async () => {
  server.on(
    'GET /me/credits',
    sequence(
      problem(502, 'service_unavailable'),
      unavailable,
      problem(504, 'service_unavailable'),
      json(credits(3)),
    ),
  );
  const client = clientFor(server, {retry: {limit: 3, backoffLimit: 10}});
  const balance = await client.credits.get();
  assert.equal(balance.total, 3);
  assert.equal(server.count('GET /me/credits'), 4);
});

test('a GET is retried after the connection drops', async () => {
  server.on('GET /plans', sequence(reset, reset, json({items: []})));
  const plans = await clientFor(server).membership.listPlans();
  assert.deepEqual(plans.items, []);
  assert.equal(server.count('GET /plans'), 3);
});

test('retries stop at the limit and the last error is thrown', async () => {
  server.on('GET /me/entries', unavailable);
  const before = server.count('GET /me/entries');
  await assert.rejects(
    clientFor(server, {retry: {limit: 1, backoffLimit: 10}}).entries.get(),
    (error) => {
      assert.ok(isPorticoError(error));
      assert.equal(error.code, 'service_unavailable');
      return true;
    },
  );
  assert.equal(server.count('GET /me/entries') - before, 2);
});

test('retry limit 0 turns retries off', async () => {
  server.on('GET /me/products', unavailable);
  await assert.rejects(clientFor(server, {retry: {limit: 0}}).shop.listMyProducts());
  assert.equal(server.count('GET /me/products'), 1);
});

test('429 waits for Retry-After before retrying', async () => {
  server.on(
    'GET /me',
    sequence(problem(429, 'rate_limited', {}, {'retry-after': '1'}), json(member)),
  );
  const started = Date.now();
  await clientFor(server).profile.get();
  const waited = Date.now() - started;
  assert.equal(server.count('GET /me'), 2);
  assert.ok(waited >= 950, `waited only ${waited} ms`);
  assert.ok(waited < 2_500, `waited ${waited} ms`);
});

test('an idempotent mutation is retried with the same Idempotency-Key', async () => {
  server.on('POST /bookings', sequence(reset, unavailable, json(bookingCreated, 201)));
  const created = await clientFor(server).bookings.create(bookingRequest);
  assert.equal(created.creditsRemaining, 6);
  const attempts = server.requests.filter((r) => r.method === 'POST' && r.path === '/bookings');
  assert.equal(attempts.length, 3);
  const keys = attempts.map((r) => r.headers['idempotency-key']);
  assert.match(String(keys[0]), /^[0-9a-f-]{36}$/);
  assert.deepEqual(new Set(keys).size, 1, `keys differ: ${keys.join(', ')}`);
  assert.deepEqual(attempts[2]?.body, bookingRequest, 'the body is sent again on retry');
});

test('two calls get two different Idempotency-Keys', async () => {
  server.on('POST /orders', json(order, 201));
  const client = clientFor(server);
  await client.shop.createOrder({items: [{productId: 'p_1', quantity: 1}]});
  await client.shop.createOrder({items: [{productId: 'p_1', quantity: 1}]});
  const keys = keysSentTo('/orders');
  assert.equal(keys.length, 2);
  assert.notEqual(keys[0], keys[1]);
});

test('a caller-supplied idempotencyKey is sent as is, across retries', async () => {
  server.on('POST /orders/o_1/pay', sequence(unavailable, json({...order, status: 'paid'})));
  const paid = await clientFor(server).shop.payOrder(
    'o_1',
    {paymentMethod: 'pm_card_visa'},
    {idempotencyKey: 'pay-o_1'},
  );
  assert.equal(paid.status, 'paid');
  const keys = keysSentTo('/orders/o_1/pay');
  assert.deepEqual(keys, ['pay-o_1', 'pay-o_1']);
});

test('check-in is idempotent: retried with one key', async () => {
  const result = {
    checkIn: {day: '2030-03-04', at: '2030-03-04T09:00:00+01:00'},
    remaining: 9,
    alreadyCheckedIn: false,
  };
  server.on('POST /me/entries/check-in', sequence(unavailable, json(result)));
  await clientFor(server).entries.checkIn();
  const keys = keysSentTo('/me/entries/check-in');
  assert.equal(keys.length, 2);
  assert.equal(keys[0], keys[1]);
});

test('a non-idempotent POST is never retried and sends no Idempotency-Key', async () => {
  server.on('POST /me/terms', sequence(unavailable, json(member)));
  await assert.rejects(clientFor(server).profile.acceptTerms({version: 'v2'}), (error) => {
    assert.ok(isPorticoError(error));
    assert.equal(error.status, 503);
    return true;
  });
  const attempts = server.requests.filter((r) => r.path === '/me/terms');
  assert.equal(attempts.length, 1);
  assert.equal(attempts[0]?.headers['idempotency-key'], undefined);
});

test('a non-idempotent POST is not retried after the connection drops either', async () => {
  server.on(
    'POST /auth/otp',
    sequence(reset, json({challengeId: 'ch_1', expiresAt: '2030-01-01T00:00:00Z'}, 202)),
  );
  await assert.rejects(
    clientFor(server, {loggedIn: false}).auth.requestCode({email: 'ada@example.com'}),
    (error) => {
      assert.ok(isPorticoError(error));
      assert.equal(error.code, 'network_error');
      return true;
    },
  );
  assert.equal(server.count('POST /auth/otp'), 1);
});

test('createOrder is retried after the connection drops, with one key and the same body', async () => {
  server.on('POST /orders', sequence(reset, reset, json(order, 201)));
  const seen = server.requests.length;
  const body = {items: [{productId: 'p_1', quantity: 2}], discountCode: 'WELCOME'};
  const placed = await clientFor(server).shop.createOrder(body);
  assert.equal(placed.id, order.id);
  const attempts = server.requests
    .slice(seen)
    .filter((r) => r.method === 'POST' && r.path === '/orders');
  assert.equal(attempts.length, 3);
  const keys = new Set(attempts.map((r) => r.headers['idempotency-key']));
  assert.equal(keys.size, 1, `keys differ: ${[...keys].join(', ')}`);
  assert.match(String([...keys][0]), /^[0-9a-f-]{36}$/);
  for (const attempt of attempts) assert.deepEqual(attempt.body, body);
});

const orderQuote = {lines: [], subtotal: order.subtotal, discount: null, total: order.total};
for (const [route, answer, call] of [
  ['/bookings/quote', bookingQuote, () => clientFor(server).bookings.quote(bookingRequest)],
  [
    '/orders/quote',
    orderQuote,
    () => clientFor(server).shop.quoteOrder({items: [{productId: 'p_1', quantity: 1}]}),
  ],
] as const) {
  test(`POST ${route} has no side effect: retried after a dropped connection and a 503, without a key`, async () => {
    server.on(`POST ${route}`, sequence(reset, unavailable, json(answer)));
    const seen = server.requests.length;
    assert.deepEqual(await call(), answer);
    const attempts = server.requests
      .slice(seen)
      .filter((r) => r.method === 'POST' && r.path === route);
    assert.equal(attempts.length, 3);
    for (const attempt of attempts) assert.equal(attempt.headers['idempotency-key'], undefined);
  });
}

test('DELETE (cancel booking) is not retried: a retry of a cancel that went through would answer 409', async () => {
  server.on('DELETE /bookings/b_1', unavailable);
  await assert.rejects(clientFor(server).bookings.cancel('b_1'));
  assert.equal(server.count('DELETE /bookings/b_1'), 1);
});
