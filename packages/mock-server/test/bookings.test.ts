import assert from 'node:assert/strict';
import {test} from 'node:test';
import {
  HOUR,
  MINUTE,
  assertProblem,
  freeSlot,
  must,
  setup,
  setupSignedIn,
  upcomingBookings,
} from './helpers/mock-api.js';
import type {BookingRow, PaymentRow} from '../src/state/rows.js';

type T = ReturnType<typeof setup>;

async function credits(t: T, token: string): Promise<number> {
  return (await t.call('GET', '/me/credits', {token})).body.total;
}

async function quote(t: T, token: string, body: object) {
  return t.call('POST', '/bookings/quote', {token, body});
}

/** A booking of L'Atelier on `day` from `from` to `to` (HH:MM), repeated as `recurrence` says. */
const repeatedAtelier = (t: T, day: string, [from, to]: [string, string], recurrence: object) => ({
  resourceId: 'room-atelier',
  start: t.at(day, from),
  end: t.at(day, to),
  recurrence,
});

test('a booking spends credits from the soonest-expiring bucket and writes the ledger', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const before = (await t.call('GET', '/me/credits', {token})).body;
  assert.equal(before.buckets.length, 3);
  const soonest = before.buckets[0];
  const slot = await freeSlot(t, 'room-atelier', t.day(1), 60, '08:00');
  const reply = await t.call('POST', '/bookings', {
    token,
    body: {resourceId: 'room-atelier', ...slot, note: 'Retro'},
  });
  assert.equal(reply.status, 201, JSON.stringify(reply.body));
  const [booking] = reply.body.bookings;
  assert.equal(booking.status, 'confirmed');
  assert.equal(booking.note, 'Retro');
  assert.deepEqual(reply.body.cost, {credits: 2, money: null});
  assert.equal(reply.body.creditsRemaining, before.total - 2);
  const after = (await t.call('GET', '/me/credits', {token})).body;
  assert.equal(after.total, before.total - 2);
  assert.equal(
    after.buckets.find((b: {id: string}) => b.id === soonest.id).amount,
    soonest.amount - 2,
  );
  const ledger = (await t.call('GET', '/me/credits/ledger', {token})).body.items;
  assert.deepEqual(
    {
      delta: ledger[0].delta,
      reason: ledger[0].reason,
      bookingId: ledger[0].bookingId,
      balanceAfter: ledger[0].balanceAfter,
    },
    {delta: -2, reason: 'booking', bookingId: booking.id, balanceAfter: before.total - 2},
  );
  const notifications = (await t.call('GET', '/me/notifications?unread=true', {token})).body.items;
  assert.match(notifications[0].title, /L'Atelier booked/);
  const mine = (await t.call('GET', '/me/bookings?status=confirmed', {token})).body.items;
  assert.ok(mine.some((b: {id: string}) => b.id === booking.id));
});

test('a quote names the buckets it spends, soonest to expire first, and the booking spends them', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const before = (await t.call('GET', '/me/credits', {token})).body;
  const [soonest, next] = before.buckets;
  // L'Atelier costs 2 credits an hour: enough hours to empty the soonest bucket and take 1+ more.
  const hours = Math.ceil((soonest.amount + 1) / 2);
  assert.ok(hours <= 4, `seed changed: ${soonest.amount} credits in the soonest bucket`);
  const slot = await freeSlot(t, 'room-atelier', t.day(1), hours * 60, '08:00');
  const body = {resourceId: 'room-atelier', ...slot};
  const q = await quote(t, token, body);
  assert.equal(q.status, 200, JSON.stringify(q.body));
  assert.deepEqual(q.body.creditsUsed, [
    {
      bucketId: soonest.id,
      source: soonest.source,
      amount: soonest.amount,
      expiresAt: soonest.expiresAt,
    },
    {
      bucketId: next.id,
      source: next.source,
      amount: hours * 2 - soonest.amount,
      expiresAt: next.expiresAt,
    },
  ]);
  assert.equal((await t.call('POST', '/bookings', {token, body})).status, 201);
  const after = (await t.call('GET', '/me/credits', {token})).body;
  const left = (id: string) => after.buckets.find((b: {id: string}) => b.id === id)?.amount ?? 0;
  assert.equal(left(soonest.id), 0);
  assert.equal(left(next.id), next.amount - (hours * 2 - soonest.amount));
});

test('a quote the credits cannot cover, or that costs none, names no credits', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const total = await credits(t, token);
  // Le Loft costs 20 credits an hour: more hours than Ada can pay (2 days' notice).
  const hours = Math.max(2, Math.ceil((total + 1) / 20));
  const loft = await freeSlot(t, 'event-loft', t.day(4), hours * 60, '08:00');
  const unaffordable = await quote(t, token, {resourceId: 'event-loft', ...loft});
  assert.equal(unaffordable.status, 200, JSON.stringify(unaffordable.body));
  assert.equal(unaffordable.body.affordable, false);
  assert.deepEqual(unaffordable.body.creditsUsed, []);
  // The podcast studio is paid in money.
  const studio = await freeSlot(t, 'studio-podcast', t.day(1), 60, '10:00');
  const paid = await quote(t, token, {resourceId: 'studio-podcast', ...studio});
  assert.equal(paid.status, 200, JSON.stringify(paid.body));
  assert.equal(paid.body.cost.credits, 0);
  assert.deepEqual(paid.body.creditsUsed, []);
});

test('each booking rule answers its code', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const atelier = (start: string, end: string) => ({resourceId: 'room-atelier', start, end});
  const sunday = t.day(6);
  const cases: [object, number, string][] = [
    [atelier(t.at(sunday, '10:00'), t.at(sunday, '11:00')), 422, 'outside_opening_hours'],
    // The maintenance day, ten days ahead (a Thursday): the space is closed.
    [atelier(t.at(t.day(10), '10:00'), t.at(t.day(10), '11:00')), 422, 'outside_opening_hours'],
    [atelier(t.weekday(1, '07:00'), t.weekday(1, '08:30')), 422, 'outside_opening_hours'],
    [atelier(t.weekday(1, '19:30'), t.weekday(1, '20:30')), 422, 'outside_opening_hours'],
    [atelier(t.weekday(1, '10:15'), t.weekday(1, '11:15')), 422, 'invalid_time_range'],
    [atelier(t.weekday(1, '11:00'), t.weekday(1, '10:00')), 422, 'invalid_time_range'],
    [atelier(t.weekday(1, '09:00'), t.weekday(1, '14:00')), 422, 'duration_out_of_range'],
    [atelier(t.at(t.day(0), '08:00'), t.at(t.day(0), '08:30')), 422, 'too_late'],
    [atelier(t.at(t.day(0), '09:00'), t.at(t.day(0), '09:30')), 422, 'too_late'],
    [atelier(t.weekday(31, '10:00'), t.weekday(31, '11:00')), 422, 'too_far_in_advance'],
  ];
  for (const [body, status, code] of cases) {
    assertProblem(await quote(t, token, body), status, code as never);
    assertProblem(await t.call('POST', '/bookings', {token, body}), status, code as never);
  }
  // Thursdays are open late.
  const thursday = t.day(3);
  assert.equal(
    (await quote(t, token, atelier(t.at(thursday, '20:30'), t.at(thursday, '21:30')))).status,
    200,
  );
});

test('an overlap, or a booking inside the buffer, is 409 slot_unavailable', async () => {
  const {t, token: ada} = await setupSignedIn('ada@example.com');
  const ben = await t.login('ben@example.com');
  const slot = await freeSlot(t, 'room-verriere', t.day(2), 90, '08:00');
  const first = {
    resourceId: 'room-verriere',
    start: slot.start,
    end: new Date(Date.parse(slot.start) + HOUR).toISOString(),
  };
  assert.equal((await t.call('POST', '/bookings', {token: ada, body: first})).status, 201);
  assertProblem(
    await t.call('POST', '/bookings', {token: ben, body: first}),
    409,
    'slot_unavailable',
  );
  // Right after it, inside La Verrière's 15-minute buffer.
  const adjacent = {
    resourceId: 'room-verriere',
    start: first.end,
    end: new Date(Date.parse(first.end) + 30 * MINUTE).toISOString(),
  };
  const problem = assertProblem(
    await t.call('POST', '/bookings', {token: ben, body: adjacent}),
    409,
    'slot_unavailable',
  );
  assert.match(problem.detail ?? '', /15 minutes/);
});

test('too few credits is 402 insufficient_credits saying what is missing', async () => {
  const {t, token} = await setupSignedIn('chloe@example.com');
  await t.call('POST', '/me/terms', {token, body: {version: '2024-09'}});
  const slot = await freeSlot(t, 'room-atelier', t.day(1), 60, '08:00');
  const problem = assertProblem(
    await t.call('POST', '/bookings', {token, body: {resourceId: 'room-atelier', ...slot}}),
    402,
    'insufficient_credits',
  );
  assert.match(problem.detail ?? '', /costs 2 credits and you have 0: 2 missing/);
  const q = await quote(t, token, {resourceId: 'room-atelier', ...slot});
  assert.equal(q.body.affordable, false);
  assert.equal(q.body.creditsAvailable, 0);
});

test('the podcast studio is paid with money: a pending payment, no credits', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const before = await credits(t, token);
  const slot = await freeSlot(t, 'studio-podcast', t.day(1), 120, '08:00');
  const reply = await t.call('POST', '/bookings', {
    token,
    body: {resourceId: 'studio-podcast', ...slot},
  });
  assert.equal(reply.status, 201, JSON.stringify(reply.body));
  assert.deepEqual(reply.body.cost, {credits: 0, money: {amount: 5000, currency: 'EUR'}});
  assert.equal(await credits(t, token), before);
  const payment = must(
    t.api.db.all<PaymentRow>('payments').find((p) => p.bookingId === reply.body.bookings[0].id),
  );
  assert.equal(payment.status, 'pending');
  assert.deepEqual(payment.amount, {amount: 5000, currency: 'EUR'});
});

test('the event space needs approval: the booking is pending_approval', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const body = {
    resourceId: 'event-loft',
    start: t.weekday(14, '10:00'),
    end: t.weekday(14, '12:00'),
  };
  const q = await quote(t, token, body);
  assert.equal(q.body.requiresApproval, true);
  const reply = await t.call('POST', '/bookings', {token, body});
  assert.equal(reply.status, 201, JSON.stringify(reply.body));
  assert.equal(reply.body.bookings[0].status, 'pending_approval');
  assert.equal(reply.body.cost.credits, 40);
});

test('a recurring booking books every occurrence in one series', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const tuesday = t.day(1);
  const body = repeatedAtelier(t, tuesday, ['19:00', '19:30'], {frequency: 'daily', count: 3});
  const reply = await t.call('POST', '/bookings', {token, body});
  assert.equal(reply.status, 201, JSON.stringify(reply.body));
  assert.equal(reply.body.bookings.length, 3);
  assert.equal(new Set(reply.body.bookings.map((b: {seriesId: string}) => b.seriesId)).size, 1);
  assert.deepEqual(reply.body.cost, {credits: 3, money: null});
  const ledger = (await t.call('GET', '/me/credits/ledger', {token})).body.items;
  assert.deepEqual(
    ledger.slice(0, 3).map((e: {delta: number}) => e.delta),
    [-1, -1, -1],
  );
});

test('a weekly booking across the spring DST change keeps its wall-clock time (23-hour day)', async () => {
  const t = setup();
  // Monday 16 March 2026: Paris moves to summer time on Sunday 29 March.
  t.advance(14 * 24 * HOUR);
  const token = await t.login('ada@example.com');
  const thursday = '2026-03-26';
  const body = repeatedAtelier(t, thursday, ['10:00', '11:00'], {frequency: 'weekly', count: 2});
  assert.equal(body.start, '2026-03-26T10:00:00+01:00');
  const reply = await t.call('POST', '/bookings', {token, body});
  assert.equal(reply.status, 201, JSON.stringify(reply.body));
  const bookings = reply.body.bookings as {start: string; end: string}[];
  assert.deepEqual(
    bookings.map((b) => [b.start, b.end]),
    [
      ['2026-03-26T10:00:00+01:00', '2026-03-26T11:00:00+01:00'],
      ['2026-04-02T10:00:00+02:00', '2026-04-02T11:00:00+02:00'],
    ],
  );
  // One week apart on the calendar is 7 × 24 h minus the hour the clocks skipped.
  assert.equal(Date.parse(bookings[1]!.start) - Date.parse(bookings[0]!.start), 167 * HOUR);
  // The second occurrence holds 10:00–11:00 summer time.
  const taken = await quote(t, token, {
    resourceId: 'room-atelier',
    start: '2026-04-02T10:00:00+02:00',
    end: '2026-04-02T11:00:00+02:00',
  });
  assertProblem(taken, 409, 'slot_unavailable');
});

test('a recurring booking is all or nothing, naming the occurrence that fails', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const before = await credits(t, token);
  const bookingsBefore = (await t.call('GET', '/me/bookings', {token})).body.items.length;
  // Weekly from Thursday: the second Thursday is the maintenance day.
  const thursday = t.day(3);
  const body = repeatedAtelier(t, thursday, ['19:00', '19:30'], {frequency: 'weekly', count: 3});
  const problem = assertProblem(
    await t.call('POST', '/bookings', {token, body}),
    422,
    'outside_opening_hours',
  );
  assert.match(problem.detail ?? '', /^Occurrence 2 of 3 \(/);
  assert.equal(await credits(t, token), before);
  assert.equal((await t.call('GET', '/me/bookings', {token})).body.items.length, bookingsBefore);
  const tooLong = {...body, recurrence: {frequency: 'daily', until: t.day(90)}};
  assertProblem(
    await t.call('POST', '/bookings', {token, body: tooLong}),
    422,
    'recurrence_too_long',
  );
  const both = {...body, recurrence: {frequency: 'daily', count: 2, until: t.day(9)}};
  assertProblem(await t.call('POST', '/bookings', {token, body: both}), 400, 'validation_failed');
});

test('a quote has no side effect', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const slot = await freeSlot(t, 'room-grand-salon', t.day(2), 120, '08:00');
  const seq = t.api.db.seq;
  const reply = await quote(t, token, {resourceId: 'room-grand-salon', ...slot});
  assert.equal(reply.status, 200);
  assert.deepEqual(reply.body.cost, {credits: 16, money: null});
  assert.equal(reply.body.affordable, true);
  assert.equal(reply.body.lateRefundPercent, 50);
  assert.equal(Date.parse(reply.body.freeCancellationUntil), Date.parse(slot.start) - 24 * HOUR);
  assert.equal(t.api.db.seq, seq);
});

test('cancelling early refunds everything, late refunds half, after the start nothing', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const book = async (day: string, after: string) => {
    const slot = await freeSlot(t, 'room-atelier', day, 120, after);
    const reply = await t.call('POST', '/bookings', {
      token,
      body: {resourceId: 'room-atelier', ...slot},
    });
    assert.equal(reply.status, 201, JSON.stringify(reply.body));
    return reply.body.bookings[0];
  };
  const early = await book(t.day(2), '08:00');
  const late = await book(t.day(0), '12:00');
  const total = await credits(t, token);

  const cancelled = await t.call('DELETE', `/bookings/${early.id}`, {token});
  assert.equal(cancelled.status, 200);
  assert.deepEqual(cancelled.body.refund, {percent: 100, credits: 4, money: null});
  assert.equal(cancelled.body.booking.status, 'cancelled');
  assert.equal(await credits(t, token), total + 4);
  assertProblem(await t.call('DELETE', `/bookings/${early.id}`, {token}), 409, 'already_cancelled');

  const half = await t.call('DELETE', `/bookings/${late.id}`, {token});
  assert.deepEqual(half.body.refund, {percent: 50, credits: 2, money: null});
  assert.equal(await credits(t, token), total + 6);
  const ledger = (await t.call('GET', '/me/credits/ledger', {token})).body.items;
  assert.deepEqual(
    ledger.slice(0, 2).map((e: {delta: number; reason: string}) => [e.delta, e.reason]),
    [
      [2, 'refund'],
      [4, 'refund'],
    ],
  );
  const titles = (await t.call('GET', '/me/notifications', {token})).body.items.map(
    (n: {title: string}) => n.title,
  );
  assert.ok(titles.filter((title: string) => /cancelled/.test(title)).length === 2);

  const started = await book(t.day(1), '08:00');
  t.advance(Date.parse(started.start) - t.now() + MINUTE);
  assertProblem(await t.call('DELETE', `/bookings/${started.id}`, {token}), 422, 'already_started');
});

test("someone else's booking is 404, never 403", async () => {
  const {t, token: ben} = await setupSignedIn('ben@example.com');
  const adaBooking = must(
    t.api.db
      .all<BookingRow>('bookings')
      .find((b) => b.memberId === 'mem_ada' && b.status === 'confirmed' && b.startMs > t.now()),
  );
  const reply = assertProblem(
    await t.call('DELETE', `/bookings/${adaBooking.id}`, {token: ben}),
    404,
    'not_found',
  );
  assert.equal(reply.detail, `There is no booking ${adaBooking.id}.`);
  assertProblem(await t.call('DELETE', '/bookings/bk_424242', {token: ben}), 404, 'not_found');
});

test('unknown resources and unreadable instants are 400 naming the field', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const unknown = assertProblem(
    await quote(t, token, {
      resourceId: 'room-moon',
      start: t.weekday(1, '10:00'),
      end: t.weekday(1, '11:00'),
    }),
    400,
    'validation_failed',
  );
  assert.equal(unknown.errors?.[0]?.field, 'body.resourceId');
  const precise = assertProblem(
    await quote(t, token, {
      resourceId: 'room-atelier',
      start: '2026-03-03T10:00:00.1234567891+01:00',
      end: t.weekday(1, '11:00'),
    }),
    400,
    'validation_failed',
  );
  assert.equal(precise.errors?.[0]?.field, 'body.start');
});

test('bookings list filters by time and status and pages with a cursor', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const all = (await t.call('GET', '/me/bookings', {token})).body.items;
  assert.ok(all.length >= 6);
  const starts = all.map((b: {start: string}) => Date.parse(b.start));
  assert.deepEqual(
    starts,
    [...starts].sort((a, b) => a - b),
  );
  const upcoming = await upcomingBookings(t, token);
  assert.ok(upcoming.every((b: {end: string}) => Date.parse(b.end) > t.now()));
  const cancelled = (await t.call('GET', '/me/bookings?status=cancelled', {token})).body.items;
  assert.ok(
    cancelled.length >= 1 && cancelled.every((b: {status: string}) => b.status === 'cancelled'),
  );
  const page1 = (await t.call('GET', '/me/bookings?limit=2', {token})).body;
  assert.equal(page1.items.length, 2);
  const page2 = (await t.call('GET', `/me/bookings?limit=2&cursor=${page1.nextCursor}`, {token}))
    .body;
  assert.equal(page2.items[0].id, all[2].id);
  assertProblem(await t.call('GET', '/me/bookings?cursor=nope', {token}), 400, 'validation_failed');
});
