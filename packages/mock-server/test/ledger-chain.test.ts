import assert from 'node:assert/strict';
import {test} from 'node:test';
import {SCENARIOS} from '@portico/sdk/contract';
import type {LedgerEntry} from '@portico/sdk/contract';
import type {MemberRow, SpaceRow} from '../src/state/rows.js';
import {DAY, MONDAY_9AM, freeSlot, setup, setupSignedIn} from './helpers/mock-api.js';

type Setup = ReturnType<typeof setup>;

/** Every entry of a member's ledger, page by page, as a client reads it. */
async function readLedger(t: Setup, token: string, space = 'demo'): Promise<LedgerEntry[]> {
  const items: LedgerEntry[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `?limit=7&cursor=${cursor}` : '?limit=7';
    const reply = await t.call('GET', `/me/credits/ledger${query}`, {token, space});
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    items.push(...reply.body.items);
    cursor = reply.body.nextCursor;
  } while (cursor);
  return items;
}

/**
 * The ledger adds up: newest first, each `balanceAfter` is the next older one plus `delta`
 * (the oldest starts from 0), times never go up, and the newest balance is the member's total.
 */
function assertChain(who: string, items: LedgerEntry[], total: number): void {
  for (const [i, entry] of items.entries()) {
    const older = items[i + 1];
    const expected = (older?.balanceAfter ?? 0) + entry.delta;
    assert.equal(
      entry.balanceAfter,
      expected,
      `${who}: ${entry.reason} ${entry.delta} → ${entry.balanceAfter}, after ${older?.balanceAfter ?? 0}`,
    );
    assert.ok(entry.balanceAfter >= 0, `${who}: a negative balance after ${entry.id}`);
    if (older)
      assert.ok(
        Date.parse(entry.at) >= Date.parse(older.at),
        `${who}: ${entry.reason} at ${entry.at} is listed above ${older.reason} at ${older.at}`,
      );
    if (entry.reason === 'booking' || entry.reason === 'refund')
      assert.ok(entry.booking?.resourceName, `${who}: a ${entry.reason} that names no room`);
    if (entry.reason === 'purchase')
      assert.ok(entry.order?.number, `${who}: a purchase that names no order`);
  }
  assert.equal(items[0]?.balanceAfter ?? 0, total, `${who}: the newest balance is not the total`);
}

async function checkEveryMember(t: Setup, scenario: string): Promise<number> {
  let checked = 0;
  for (const space of t.api.db.all<SpaceRow>('spaces')) {
    const members = t.api.db.all<MemberRow>('members').filter((m) => m.spaceId === space.id);
    for (const member of members) {
      const token = await t.login(member.email, space.slug);
      const items = await readLedger(t, token, space.slug);
      const total = (await t.call('GET', '/me/credits', {token, space: space.slug})).body.total;
      assertChain(`${scenario}/${space.slug}/${member.email}`, items, total);
      checked += items.length;
    }
  }
  return checked;
}

// Seeds are laid out relative to `now` (open days, bookings days ahead): which movement
// comes first changes with the weekday, so check a whole week of starting days.
const WEEK = Array.from({length: 7}, (_, i) => Date.parse(MONDAY_9AM) + i * DAY);

for (const scenario of SCENARIOS.filter((s) => s !== 'errors')) {
  test(`every seeded member's ledger adds up in the ${scenario} scenario, any day of the week`, async () => {
    for (const start of WEEK) {
      const t = setup({scenario, now: () => start});
      const entries = await checkEveryMember(t, `${scenario} ${new Date(start).toISOString()}`);
      if (scenario !== 'empty') assert.ok(entries > 10, `only ${entries} seeded ledger entries`);
    }
  });
}

test("Ada's seeded history names each booking by its room and start, never by an id alone", async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const items = await readLedger(t, token);
  const bookings = items.filter((e) => e.bookingId !== null);
  assert.ok(bookings.length >= 5);
  for (const entry of bookings) {
    assert.ok(entry.booking, `${entry.id} has no booking`);
    assert.ok(Date.parse(entry.booking.start) < Date.parse(entry.booking.end));
  }
  const refund = items.find((e) => e.reason === 'refund');
  const refunded = items.find((e) => e.reason === 'booking' && e.bookingId === refund?.bookingId);
  assert.ok(refund && refunded, 'Ada has a refunded booking');
  assert.deepEqual(refund.booking, refunded.booking);
  assert.ok(
    items.indexOf(refund) < items.indexOf(refunded),
    'the refund is listed below its booking',
  );
});

test('the ledger still adds up after a booking, a refund, a purchase and an expiry', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const check = async (step: string) => {
    const total = (await t.call('GET', '/me/credits', {token})).body.total;
    const items = await readLedger(t, token);
    assertChain(`ada after ${step}`, items, total);
    return items;
  };
  await check('the seeds');

  const slot = await freeSlot(t, 'room-atelier', t.day(1), 60, '09:00');
  const booked = await t.call('POST', '/bookings', {
    token,
    key: 'chain-book',
    body: {resourceId: 'room-atelier', ...slot},
  });
  assert.equal(booked.status, 201, JSON.stringify(booked.body));
  const booking = booked.body.bookings[0];
  let items = await check('a booking');
  assert.deepEqual(items[0]?.booking, {
    resourceName: "L'Atelier",
    start: booking.start,
    end: booking.end,
  });

  t.advance(60_000);
  const cancelled = await t.call('DELETE', `/bookings/${booking.id}`, {token});
  assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
  items = await check('a refund');
  assert.equal(items[0]?.reason, 'refund');

  t.advance(60_000);
  const order = await t.call('POST', '/orders', {
    token,
    key: 'chain-order',
    body: {items: [{productId: 'pack-10', quantity: 1}]},
  });
  assert.equal(order.status, 201, JSON.stringify(order.body));
  const paid = await t.call('POST', `/orders/${order.body.id}/pay`, {
    token,
    key: 'chain-pay',
    body: {paymentMethod: 'pm_card_visa'},
  });
  assert.equal(paid.status, 200, JSON.stringify(paid.body));
  items = await check('a purchase');
  assert.equal(items[0]?.reason, 'purchase');
  assert.equal(items[0]?.order?.number, order.body.id.replace(/^ord_/, '').toUpperCase());

  // Ada's 5 granted credits expire in two days: the next request writes them off.
  t.advance(3 * DAY);
  items = await check('an expiry');
  assert.equal(items[0]?.reason, 'expiry');
});
