import assert from 'node:assert/strict';
import {test} from 'node:test';
import {KnownNotification} from '@portico/sdk/contract';
import type {Json} from './helpers/mock-api.js';
import {freeSlot, must, setup, setupSignedIn} from './helpers/mock-api.js';

/** Ids the API uses (`ord_1001`, `bk_s3`, …) and ISO days, which no member should read. */
const INTERNAL = /\b(ord|bk|ntf|led|cb|pay|mem|ms|ser)_\w+|\d{4}-\d{2}-\d{2}/;

test('every notification has a known kind with typed params, and English text without ids or ISO days', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const book = async (resourceId: string, day: number, minutes: number) => {
    const slot = await freeSlot(t, resourceId, t.day(day), minutes, '09:00');
    const reply = await t.call('POST', '/bookings', {token, body: {resourceId, ...slot}});
    assert.equal(reply.status, 201, JSON.stringify(reply.body));
    return must(reply.body.bookings[0] as Json, 'booking');
  };
  const atelier = await book('room-atelier', 2, 60);
  assert.equal((await t.call('DELETE', `/bookings/${atelier.id}`, {token})).status, 200);
  // Declined first: its refund pays for the second request (the Loft costs 40 credits).
  const declined = await book('event-loft', 4, 120);
  await t.call('POST', `/__dev/bookings/${declined.id}/decline`);
  const approved = await book('event-loft', 3, 120);
  await t.call('POST', `/__dev/bookings/${approved.id}/approve`);
  const order = await t.call('POST', '/orders', {
    token,
    key: 'n-order',
    body: {items: [{productId: 'pack-10', quantity: 1}]},
  });
  const paid = await t.call('POST', `/orders/${order.body.id}/pay`, {
    token,
    key: 'n-pay',
    body: {paymentMethod: 'pm_card_visa'},
  });
  assert.equal(paid.status, 200, JSON.stringify(paid.body));

  const items = (await t.call('GET', '/me/notifications?limit=50', {token})).body.items as Json[];
  const kinds = items.map((n) => n.kind);
  for (const kind of [
    'order.paid',
    'booking.declined',
    'booking.requested',
    'booking.approved',
    'booking.cancelled',
    'booking.confirmed',
    'credits.expiring',
    'announcement',
  ])
    assert.ok(kinds.includes(kind), `no ${kind} in ${kinds.join()}`);
  for (const n of items) {
    KnownNotification.parse(n);
    assert.doesNotMatch(`${n.title} ${n.body}`, INTERNAL, `${n.kind}: ${n.title} / ${n.body}`);
  }
  const payment = items.find((n) => n.kind === 'order.paid');
  assert.deepEqual(payment.params, {
    orderNumber: order.body.id.replace(/^ord_/, ''),
    total: order.body.total,
  });
  const cancelled = items.find((n) => n.kind === 'booking.cancelled');
  assert.deepEqual(cancelled.params, {
    resourceName: "L'Atelier",
    start: atelier.start,
    end: atelier.end,
    occurrences: 1,
    refundPercent: 100,
  });
});

test("the other seeded members' notifications are known kinds too", async () => {
  const t = setup();
  for (const email of [
    'ben@example.com',
    'chloe@example.com',
    'dan@example.com',
    'eve@example.com',
  ]) {
    const token = await t.login(email);
    const items = (await t.call('GET', '/me/notifications', {token})).body.items as Json[];
    assert.ok(items.length > 0, email);
    for (const n of items) {
      KnownNotification.parse(n);
      assert.doesNotMatch(`${n.title} ${n.body}`, INTERNAL, `${email} ${n.kind}: ${n.body}`);
    }
  }
});
