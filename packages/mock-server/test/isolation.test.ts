import assert from 'node:assert/strict';
import {test} from 'node:test';
import {assertProblem, must, setup, setupSignedIn} from './helpers/mock-api.js';
import type {
  BookingRow,
  CreditBucketRow,
  LedgerRow,
  NotificationRow,
  OrderRow,
} from '../src/state/rows.js';

test('a member sees only their own bookings, orders, credits and notifications', async () => {
  const {t, token: ben} = await setupSignedIn('ben@example.com');
  const bookings = (await t.call('GET', '/me/bookings', {token: ben})).body.items;
  const mine = new Set(
    t.api.db
      .all<BookingRow>('bookings')
      .filter((b) => b.memberId === 'mem_ben')
      .map((b) => b.id),
  );
  assert.ok(bookings.length > 0 && bookings.every((b: {id: string}) => mine.has(b.id)));
  assert.deepEqual((await t.call('GET', '/me/orders', {token: ben})).body.items, []);
  const credits = (await t.call('GET', '/me/credits', {token: ben})).body;
  assert.ok(
    credits.buckets.every(
      (b: {id: string}) =>
        t.api.db.get<CreditBucketRow>('creditBuckets', b.id)?.memberId === 'mem_ben',
    ),
  );
  const ledger = (await t.call('GET', '/me/credits/ledger', {token: ben})).body.items;
  assert.ok(
    ledger.every(
      (e: {id: string}) => t.api.db.get<LedgerRow>('ledger', e.id)?.memberId === 'mem_ben',
    ),
  );
});

test("another member's ids answer 404", async () => {
  const {t, token: ben} = await setupSignedIn('ben@example.com');
  const adaOrder = must(
    t.api.db
      .all<OrderRow>('orders')
      .find((o) => o.memberId === 'mem_ada' && o.status === 'pending_payment'),
  );
  assertProblem(
    await t.call('POST', `/orders/${adaOrder.id}/pay`, {
      token: ben,
      body: {paymentMethod: 'pm_card_visa'},
    }),
    404,
    'not_found',
  );
  assertProblem(await t.call('DELETE', `/orders/${adaOrder.id}`, {token: ben}), 404, 'not_found');
  const adaNote = must(
    t.api.db.all<NotificationRow>('notifications').find((n) => n.memberId === 'mem_ada'),
  );
  assertProblem(
    await t.call('POST', `/me/notifications/${adaNote.id}/read`, {token: ben}),
    404,
    'not_found',
  );
  assert.equal(t.api.db.get<OrderRow>('orders', adaOrder.id)?.status, 'pending_payment');
});

test('a demo token is unknown in the harbour space, and the reverse', async () => {
  const {t, token: demo} = await setupSignedIn('ada@example.com');
  const harbour = await t.login('ada@example.com', 'harbour');
  assertProblem(await t.call('GET', '/me', {token: demo, space: 'harbour'}), 401, 'unauthorized');
  assertProblem(await t.call('GET', '/me', {token: harbour}), 401, 'unauthorized');
  const there = (await t.call('GET', '/me', {token: harbour, space: 'harbour'})).body;
  const here = (await t.call('GET', '/me', {token: demo})).body;
  assert.equal(there.email, here.email);
  assert.notEqual(there.id, here.id);
  assert.equal(
    (await t.call('GET', '/me/credits', {token: harbour, space: 'harbour'})).body.total,
    12,
  );
});

test("harbour's data never shows in demo", async () => {
  const t = setup();
  const harbour = (await t.call('GET', '/', {space: 'harbour'})).body;
  assert.deepEqual([harbour.timeZone, harbour.currency], ['America/New_York', 'USD']);
  const resources = (await t.call('GET', '/resources')).body.items.map((r: {id: string}) => r.id);
  assert.ok(!resources.some((id: string) => id.startsWith('hb-')));
  assertProblem(
    await t.call(
      'GET',
      `/availability?from=2026-03-02T00:00:00Z&to=2026-03-03T00:00:00Z&resourceIds=hb-room-pier`,
    ),
    400,
    'validation_failed',
  );
  const token = await t.login('ada@example.com');
  assertProblem(
    await t.call('POST', '/orders/quote', {
      token,
      body: {items: [{productId: 'hb-pack-10', quantity: 1}]},
    }),
    422,
    'unknown_product',
  );
  assertProblem(
    await t.call('POST', '/orders/quote', {
      token,
      body: {items: [{productId: 'pack-10', quantity: 1}], discountCode: 'HARBOR5'},
    }),
    422,
    'discount_invalid',
  );
  assertProblem(
    await t.call('POST', '/bookings/quote', {
      token,
      body: {resourceId: 'hb-room-pier', start: t.weekday(1, '10:00'), end: t.weekday(1, '11:00')},
    }),
    400,
    'validation_failed',
  );
  // A challenge from one space cannot be verified in the other.
  const challenge = await t.call('POST', '/auth/otp', {
    body: {email: 'hank@example.com'},
    space: 'harbour',
  });
  const mail = (await t.call('GET', '/__dev/mailbox?email=hank@example.com', {space: 'harbour'}))
    .body.messages[0];
  assertProblem(
    await t.call('POST', '/auth/otp/verify', {
      body: {challengeId: challenge.body.challengeId, code: mail.code},
    }),
    400,
    'invalid_code',
  );
  assert.deepEqual(
    (await t.call('GET', '/__dev/mailbox?email=hank@example.com')).body.messages,
    [],
  );
});
