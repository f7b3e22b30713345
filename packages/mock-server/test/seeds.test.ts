import assert from 'node:assert/strict';
import {test} from 'node:test';
import {setup, setupSignedIn, upcomingBookings} from './helpers/mock-api.js';
import type {BookingRow} from '../src/state/rows.js';

test('the demo space: Paris, euros, en and fr, late Thursdays, closed Sundays, a holiday', async () => {
  const t = setup();
  const space = (await t.call('GET', '/')).body;
  assert.deepEqual(
    [space.slug, space.timeZone, space.currency, space.locales],
    ['demo', 'Europe/Paris', 'EUR', ['en', 'fr']],
  );
  assert.deepEqual(space.openingHours.thu, [{open: '08:00', close: '22:00'}]);
  assert.deepEqual(space.openingHours.sat, [{open: '09:00', close: '13:00'}]);
  assert.deepEqual(space.openingHours.sun, []);
  assert.ok(space.closures.some((c: {day: string}) => c.day === t.day(10)));
  assert.ok(space.closures.some((c: {day: string}) => c.day.endsWith('-12-25')));
  const resources = (await t.call('GET', '/resources')).body.items;
  assert.deepEqual(
    resources.map((r: {id: string}) => r.id),
    [
      'room-atelier',
      'room-verriere',
      'room-grand-salon',
      'desk-hot',
      'booth-cabine',
      'event-loft',
      'studio-podcast',
      'parking-p1',
    ],
  );
  const studio = resources.find((r: {id: string}) => r.id === 'studio-podcast');
  assert.deepEqual(
    [studio.creditsPerHour, studio.pricePerHour],
    [null, {amount: 2500, currency: 'EUR'}],
  );
  assert.equal(
    resources.find((r: {id: string}) => r.id === 'event-loft').rules.requiresApproval,
    true,
  );
  const plans = (await t.call('GET', '/plans')).body.items.map(
    (p: {kind: string; period: string}) => `${p.kind}/${p.period}`,
  );
  assert.deepEqual(plans, ['unlimited/month', 'entries/month', 'time/month', 'time/day']);
  const tote = (await t.call('GET', '/products')).body.items.find(
    (p: {id: string}) => p.id === 'tote-bag',
  );
  assert.equal(tote.stock, 1);
});

test('ada: active time-based membership, credits in three buckets expiring at different times', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const membership = (await t.call('GET', '/me/membership', {token})).body.membership;
  assert.deepEqual([membership.status, membership.plan.kind], ['active', 'time']);
  const credits = (await t.call('GET', '/me/credits', {token})).body;
  assert.deepEqual(
    credits.buckets.map((b: {source: string}) => b.source),
    ['grant', 'membership', 'purchase'],
  );
  assert.equal(new Set(credits.buckets.map((b: {expiresAt: string}) => b.expiresAt)).size, 3);
  assert.ok(Date.parse(credits.nextExpiry.expiresAt) - t.now() < 3 * 86_400_000);
  assert.equal(credits.total, 61);
  const upcoming = await upcomingBookings(t, token);
  assert.ok(upcoming.length >= 3);
  const orders = (await t.call('GET', '/me/orders?status=pending_payment', {token})).body.items;
  assert.equal(orders.length, 1);
  // The ledger adds up: every balanceAfter is the previous one plus the delta.
  const ledger = (await t.call('GET', '/me/credits/ledger', {token})).body.items.reverse();
  let balance = 0;
  for (const entry of ledger) {
    balance += entry.delta;
    assert.equal(entry.balanceAfter, balance, entry.description);
  }
  assert.equal(balance, 61);
  assert.ok(ledger.some((e: {reason: string}) => e.reason === 'expiry'));
});

test('ben: entries-based; chloe: new; dan: expired with history; eve: pending', async () => {
  const {t, token: ben} = await setupSignedIn('ben@example.com');
  assert.equal(
    (await t.call('GET', '/me/membership', {token: ben})).body.membership.plan.kind,
    'entries',
  );
  const chloe = await t.login('chloe@example.com');
  assert.equal((await t.call('GET', '/me/membership', {token: chloe})).body.membership, null);
  assert.equal((await t.call('GET', '/me', {token: chloe})).body.termsAccepted, false);
  assert.equal((await t.call('GET', '/me/credits', {token: chloe})).body.total, 0);
  const dan = await t.login('dan@example.com');
  const danNow = (await t.call('GET', '/me/membership', {token: dan})).body.membership;
  assert.equal(danNow.status, 'expired');
  const history = (await t.call('GET', '/me/memberships', {token: dan})).body.items;
  assert.equal(history.length, 3);
  assert.ok(
    history.every(
      (m: {status: string; payments: unknown[]}) => m.status === 'expired' && m.payments.length > 0,
    ),
  );
  assert.ok(
    history.some((m: {payments: {status: string}[]}) =>
      m.payments.some((p) => p.status === 'failed'),
    ),
  );
  assert.ok((await t.call('GET', '/me/bookings', {token: dan})).body.items.length >= 2);
  const eve = await t.login('eve@example.com');
  const pending = (await t.call('GET', '/me/membership', {token: eve})).body.membership;
  assert.equal(pending.status, 'pending');
  assert.equal(pending.nextBilling.on, t.day(3));
  assert.equal(pending.payments[0].status, 'pending');
});

test('other members book this week so the calendar looks real', async () => {
  const t = setup();
  const others = t.api.db
    .all<BookingRow>('bookings')
    .filter(
      (b) =>
        !['mem_ada', 'mem_ben', 'mem_dan'].includes(b.memberId) &&
        b.spaceId === 'sp_demo' &&
        b.startMs > t.now() &&
        b.startMs < t.now() + 7 * 86_400_000,
    );
  assert.ok(others.length > 30, `${others.length}`);
  assert.ok(new Set(others.map((b) => b.resourceId)).size >= 6);
});
