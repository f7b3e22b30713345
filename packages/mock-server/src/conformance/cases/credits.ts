import type {LedgerEntry} from '@portico/sdk/contract';
import type {CaseContext} from '../context.js';
import {bookingBody, defineCases} from '../define-cases.js';
import {expectStatus, ok} from '../expect.js';

/** The documented seeded members of the demo space (the README's table). */
const SEEDED_MEMBERS = [
  'ada@example.com',
  'ben@example.com',
  'chloe@example.com',
  'dan@example.com',
  'eve@example.com',
  'farid@example.com',
  'grace@example.com',
  'hugo@example.com',
  'ines@example.com',
];

/** Every entry of the member's ledger, following the cursor. */
async function ledgerOf(context: CaseContext, token: string): Promise<LedgerEntry[]> {
  const items: LedgerEntry[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 100; pages++) {
    const reply = await context.api.call('listCreditLedger', {
      token,
      query: cursor ? {limit: '20', cursor} : {limit: '20'},
    });
    expectStatus(reply, 200, 'GET /me/credits/ledger');
    items.push(...reply.body.items);
    if (reply.body.nextCursor === null) return items;
    cursor = reply.body.nextCursor;
  }
  return items;
}

/**
 * The ledger adds up as served: newest first, each `balanceAfter` is the next older entry's
 * plus its own `delta` (the oldest starts from 0), times never go up, and the newest balance
 * is the member's total.
 */
async function expectChain(context: CaseContext, token: string, who: string): Promise<void> {
  const items = await ledgerOf(context, token);
  const total = await context.credits(token);
  for (const [i, entry] of items.entries()) {
    const older = items[i + 1];
    const expected = (older?.balanceAfter ?? 0) + entry.delta;
    ok(
      entry.balanceAfter === expected,
      `${who}: ledger ${entry.id} (${entry.reason} ${entry.delta}) has balanceAfter ${entry.balanceAfter}, expected ${expected} from the entry below it`,
    );
    ok(
      !older || Date.parse(entry.at) >= Date.parse(older.at),
      `${who}: ledger ${entry.id} at ${entry.at} is listed above ${older?.id} at ${older?.at}`,
    );
    ok(
      entry.bookingId === null || entry.booking !== null,
      `${who}: ledger ${entry.id} is for a booking but does not name its room and time`,
    );
  }
  ok(
    (items[0]?.balanceAfter ?? 0) === total,
    `${who}: the newest ledger balance is ${items[0]?.balanceAfter ?? 0}, GET /me/credits says ${total}`,
  );
}

export const creditCases = defineCases('credits', {
  async "every seeded member's ledger adds up"(context) {
    for (const email of SEEDED_MEMBERS) {
      const {token} = await context.login(email);
      await expectChain(context, token, email);
    }
  },

  async 'the ledger adds up after a booking, a refund, a purchase and an expiry'(context) {
    const {token} = await context.login('ada@example.com');
    const [slot] = await context.slots({after: context.now + 2 * 24 * 60 * 60_000});
    const booked = await context.send('createBooking', {
      token,
      body: bookingBody(slot!),
    });
    expectStatus(booked, 201, 'POST /bookings');
    await expectChain(context, token, 'ada after a booking');

    const bookingId = booked.body.bookings[0]!.id;
    const cancelled = await context.api.call('cancelBooking', {token, params: {bookingId}});
    expectStatus(cancelled, 200, 'DELETE /bookings/{id}');
    await expectChain(context, token, 'ada after a refund');

    const products = await context.api.call('listProducts');
    expectStatus(products, 200, 'GET /products');
    const pack = products.body.items.find((p) => p.kind === 'credit_pack' && p.stock !== 0);
    ok(pack, 'the space sells no credit pack');
    const order = await context.send('createOrder', {
      token,
      body: {items: [{productId: pack.id, quantity: 1}]},
    });
    expectStatus(order, 201, 'POST /orders');
    const paid = await context.send('payOrder', {
      token,
      params: {orderId: order.body.id},
      body: {paymentMethod: 'pm_card_visa'},
    });
    expectStatus(paid, 200, 'POST /orders/{id}/pay');
    await expectChain(context, token, 'ada after a purchase');

    const balance = await context.api.call('getCredits', {token});
    expectStatus(balance, 200, 'GET /me/credits');
    const expiry = balance.body.nextExpiry;
    ok(expiry, 'ada has no credits that expire; she is seeded with some');
    await context.setClock(Date.parse(expiry.expiresAt) + 60_000);
    await expectChain(context, token, 'ada after an expiry');
    const ledger = await ledgerOf(context, token);
    ok(
      ledger.some((entry) => entry.reason === 'expiry' && entry.at === expiry.expiresAt),
      `no expiry entry at ${expiry.expiresAt} after the clock passed it`,
    );
  },
});
