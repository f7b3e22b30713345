import assert from 'node:assert/strict';
import {test} from 'node:test';
import {freeSlot, must, setup} from './helpers/mock-api.js';
import type {BookingRow, ProductRow} from '../src/state/rows.js';

test('two members racing for one slot: exactly one wins, the other gets 409, nobody is charged twice', async () => {
  for (const latency of [0, 5] as const) {
    const t = setup({latency});
    const ada = await t.login('ada@example.com');
    const ben = await t.login('ben@example.com');
    const slot = await freeSlot(t, 'room-atelier', t.day(1), 60, '08:00');
    const credits = async (token: string) =>
      (await t.call('GET', '/me/credits', {token})).body.total;
    const before = [await credits(ada), await credits(ben)];
    const body = {resourceId: 'room-atelier', ...slot};
    const replies = await Promise.all([
      t.call('POST', '/bookings', {token: ada, key: 'a', body}),
      t.call('POST', '/bookings', {token: ben, key: 'b', body}),
    ]);
    const statuses = replies.map((r) => r.status).sort();
    assert.deepEqual(statuses, [201, 409], `latency ${latency}`);
    const spent = [before[0]! - (await credits(ada)), before[1]! - (await credits(ben))].sort();
    assert.deepEqual(spent, [0, 2]);
    const booked = t.api.db
      .all<BookingRow>('bookings')
      .filter(
        (b) =>
          b.resourceId === 'room-atelier' &&
          b.start === replies.find((r) => r.status === 201)!.body.bookings[0].start,
      );
    assert.equal(booked.length, 1);
  }
});

test('racing for the last stock item: one order, one 409 out_of_stock', async () => {
  const t = setup({latency: [0, 5]});
  const ada = await t.login('ada@example.com');
  const ben = await t.login('ben@example.com');
  const body = {items: [{productId: 'tote-bag', quantity: 1}]};
  const replies = await Promise.all([
    t.call('POST', '/orders', {token: ada, body}),
    t.call('POST', '/orders', {token: ben, body}),
  ]);
  assert.deepEqual(replies.map((r) => r.status).sort(), [201, 409]);
  assert.equal(replies.find((r) => r.status === 409)!.body.code, 'out_of_stock');
  assert.equal(must(t.api.db.get<ProductRow>('products', 'tote-bag')).stock, 0);
});

test('many concurrent bookings of the same slot by one member charge once', async () => {
  const t = setup({latency: [0, 3]});
  const ada = await t.login('ada@example.com');
  const slot = await freeSlot(t, 'desk-hot', t.day(2), 120, '08:00');
  const before = (await t.call('GET', '/me/credits', {token: ada})).body.total;
  const replies = await Promise.all(
    Array.from({length: 10}, () =>
      t.call('POST', '/bookings', {token: ada, body: {resourceId: 'desk-hot', ...slot}}),
    ),
  );
  assert.equal(replies.filter((r) => r.status === 201).length, 1);
  assert.equal(replies.filter((r) => r.status === 409).length, 9);
  assert.equal((await t.call('GET', '/me/credits', {token: ada})).body.total, before - 2);
});
