import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {CancellationInput} from '../../src/domain/index.js';
import {cancellationRefund, freeCancellationUntil} from '../../src/domain/index.js';
import {forAll} from '../helpers/random.js';

const PARIS = 'Europe/Paris';
const booking: CancellationInput = {
  start: '2026-06-10T09:00:00+02:00',
  now: '2026-06-01T09:00:00+02:00',
  policy: {freeUntilHoursBefore: 24, lateRefundPercent: 50},
  paid: {credits: 5, money: {amount: 1999, currency: 'EUR'}},
  timeZone: PARIS,
};
/** The refund of `booking`, cancelled while allowed: `percent` of what it cost. */
const refunded = (percent: number, credits: number, amount: number) => ({
  allowed: true,
  percent,
  credits,
  money: {amount, currency: 'EUR'},
  freeUntil: '2026-06-09T09:00:00+02:00',
});

test('cancelling before the notice refunds everything', () => {
  assert.deepEqual(cancellationRefund(booking), refunded(100, 5, 1999));
});

test('cancelling exactly at the notice limit is still free', () => {
  const refund = cancellationRefund({...booking, now: '2026-06-09T09:00:00+02:00'});
  assert.equal(refund.allowed && refund.percent, 100);
});

test('a late cancellation refunds the late share, rounded down in the space favour', () => {
  const refund = cancellationRefund({...booking, now: '2026-06-09T09:00:01+02:00'});
  assert.deepEqual(refund, refunded(50, 2, 999));
});

test('a policy without late refund gives nothing back after the notice', () => {
  const refund = cancellationRefund({
    ...booking,
    now: '2026-06-10T08:00:00+02:00',
    policy: {freeUntilHoursBefore: 24, lateRefundPercent: 0},
  });
  assert.deepEqual(refund.allowed && [refund.credits, refund.money], [
    0,
    {amount: 0, currency: 'EUR'},
  ]);
});

test('a booking that has started cannot be cancelled', () => {
  const expected = {allowed: false, reason: 'already_started'};
  assert.deepEqual(cancellationRefund({...booking, now: booking.start}), expected);
  assert.deepEqual(cancellationRefund({...booking, now: '2026-06-10T09:30:00+02:00'}), expected);
});

test('credit-only bookings keep money null', () => {
  const refund = cancellationRefund({...booking, paid: {credits: 3, money: null}});
  assert.equal(refund.allowed && refund.money, null);
});

test('the notice counts elapsed hours, so it moves on the wall clock across DST', () => {
  const start = '2026-03-30T09:00:00+02:00';
  assert.equal(
    freeCancellationUntil(start, {freeUntilHoursBefore: 24, lateRefundPercent: 0}, PARIS),
    '2026-03-29T09:00:00+02:00',
  );
  assert.equal(
    freeCancellationUntil(start, {freeUntilHoursBefore: 48, lateRefundPercent: 0}, PARIS),
    '2026-03-28T08:00:00+01:00',
  );
  assert.equal(
    freeCancellationUntil(
      '2026-11-02T09:00:00-05:00',
      {freeUntilHoursBefore: 48, lateRefundPercent: 0},
      'America/New_York',
    ),
    '2026-10-31T10:00:00-04:00',
  );
});

test('property: a refund never exceeds what was paid and is free before the notice', () => {
  const startMs = Date.parse(booking.start);
  forAll(
    {seed: 5, runs: 400},
    (random) => ({
      ...booking,
      now: new Date(startMs - random.int(-10, 96) * 1_800_000).toISOString(),
      policy: {freeUntilHoursBefore: random.int(0, 72), lateRefundPercent: random.int(0, 100)},
      paid: {
        credits: random.int(0, 40),
        money: random.chance(0.5) ? {amount: random.int(0, 100_000), currency: 'EUR'} : null,
      },
    }),
    (input) => {
      const refund = cancellationRefund(input);
      const now = Date.parse(input.now);
      if (!refund.allowed) {
        assert.ok(now >= startMs);
        return;
      }
      assert.ok(now < startMs);
      assert.ok(refund.credits >= 0 && refund.credits <= input.paid.credits);
      assert.ok(Number.isInteger(refund.credits));
      if (input.paid.money === null) assert.equal(refund.money, null);
      else {
        assert.ok(refund.money !== null && refund.money.amount >= 0);
        assert.ok(refund.money.amount <= input.paid.money.amount);
      }
      const free = now <= startMs - input.policy.freeUntilHoursBefore * 3_600_000;
      assert.equal(refund.percent, free ? 100 : input.policy.lateRefundPercent);
      if (free) assert.equal(refund.credits, input.paid.credits);
    },
  );
});
