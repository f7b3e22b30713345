import assert from 'node:assert/strict';
import {test} from 'node:test';
import {DAY, assertProblem, freeSlot, setup, setupSignedIn} from './helpers/mock-api.js';
import type {BookingRow} from '../src/state/rows.js';

test('the same key and body replays the first response, and charges once', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const slot = await freeSlot(t, 'room-atelier', t.day(1), 60, '08:00');
  const body = {resourceId: 'room-atelier', ...slot};
  const first = await t.call('POST', '/bookings', {token, key: 'retry-me', body});
  assert.equal(first.status, 201);
  assert.equal(first.headers.get('idempotent-replayed'), null);
  const credits = (await t.call('GET', '/me/credits', {token})).body.total;
  // Key order in the body does not matter.
  const again = await t.call('POST', '/bookings', {
    token,
    key: 'retry-me',
    body: {end: body.end, start: body.start, resourceId: body.resourceId},
  });
  assert.equal(again.status, 201);
  assert.equal(again.headers.get('idempotent-replayed'), 'true');
  assert.deepEqual(again.body, first.body);
  assert.equal((await t.call('GET', '/me/credits', {token})).body.total, credits);
  assert.equal(
    t.api.db
      .all<BookingRow>('bookings')
      .filter((b) => b.start === first.body.bookings[0].start && b.resourceId === 'room-atelier')
      .length,
    1,
  );
});

test('the same key with another body is 422 idempotency_key_reused', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const order = (quantity: number) =>
    t.call('POST', '/orders', {
      token,
      key: 'k1',
      body: {items: [{productId: 'day-pass', quantity}]},
    });
  assert.equal((await order(1)).status, 201);
  assertProblem(await order(2), 422, 'idempotency_key_reused');
  // Another route with the same key is another request too.
  assertProblem(
    await t.call('POST', '/me/entries/check-in', {token, key: 'k1'}),
    422,
    'idempotency_key_reused',
  );
});

test('the same key while the first request is in flight is 409 idempotency_conflict', async () => {
  const t = setup({latency: 30});
  const token = await t.login('ada@example.com');
  const body = {items: [{productId: 'day-pass', quantity: 1}]};
  const [first, second] = await Promise.all([
    t.call('POST', '/orders', {token, key: 'slow', body}),
    new Promise((resolve) => setTimeout(resolve, 5)).then(() =>
      t.call('POST', '/orders', {token, key: 'slow', body}),
    ),
  ]);
  assert.equal(first.status, 201);
  assertProblem(second, 409, 'idempotency_conflict');
  const replay = await t.call('POST', '/orders', {token, key: 'slow', body});
  assert.equal(replay.headers.get('idempotent-replayed'), 'true');
  assert.equal(replay.body.id, first.body.id);
});

test('keys are per member', async () => {
  const {t, token: ada} = await setupSignedIn('ada@example.com');
  const ben = await t.login('ben@example.com');
  const body = {items: [{productId: 'day-pass', quantity: 1}]};
  const a = await t.call('POST', '/orders', {token: ada, key: 'shared', body});
  const b = await t.call('POST', '/orders', {token: ben, key: 'shared', body});
  assert.equal(b.status, 201);
  assert.equal(b.headers.get('idempotent-replayed'), null);
  assert.notEqual(a.body.id, b.body.id);
});

test('a refusal is replayed too, and keys are forgotten after 24 hours', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const order = await t.call('POST', '/orders', {
    token,
    body: {items: [{productId: 'day-pass', quantity: 1}]},
  });
  const pay = () =>
    t.call('POST', `/orders/${order.body.id}/pay`, {
      token,
      key: 'pay',
      body: {paymentMethod: 'pm_card_declined'},
    });
  assertProblem(await pay(), 402, 'payment_declined');
  const replayed = await pay();
  assertProblem(replayed, 402, 'payment_declined');
  assert.equal(replayed.headers.get('idempotent-replayed'), 'true');
  t.advance(DAY);
  const fresh = await pay();
  assertProblem(fresh, 402, 'payment_declined');
  assert.equal(fresh.headers.get('idempotent-replayed'), null);
});

test('a malformed key is a 400 naming the header', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const reply = assertProblem(
    await t.call('POST', '/orders', {
      token,
      key: 'x'.repeat(300),
      body: {items: [{productId: 'day-pass', quantity: 1}]},
    }),
    400,
    'validation_failed',
  );
  assert.equal(reply.errors?.[0]?.field, 'headers.idempotency-key');
});

test('the stored response is written in the same transaction as the booking', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const slot = await freeSlot(t, 'desk-hot', t.day(1), 60, '08:00');
  const changeSets: string[][] = [];
  const stop = t.api.db.onCommit((set) => void changeSets.push(set.changes.map((c) => c.table)));
  await t.call('POST', '/bookings', {
    token,
    key: 'atomic',
    body: {resourceId: 'desk-hot', ...slot},
  });
  stop();
  assert.equal(changeSets.length, 1);
  assert.ok(changeSets[0]!.includes('bookings') && changeSets[0]!.includes('idempotency'));
});
