import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {CreditBucket} from '../../src/domain/index.js';
import {availableCredits, spendCredits} from '../../src/domain/index.js';
import {forAll} from '../helpers/random.js';

const NOW = '2026-06-01T12:00:00+02:00';
const bucket = (id: string, amount: number, expiresAt: string | null): CreditBucket => ({
  id,
  amount,
  source: 'membership',
  expiresAt,
});

test('spendCredits takes the soonest-expiring bucket first', () => {
  const buckets = [
    bucket('later', 10, '2026-08-01T00:00:00+02:00'),
    bucket('sooner', 3, '2026-06-30T00:00:00+02:00'),
  ];
  const result = spendCredits(buckets, 5, NOW);
  assert.deepEqual(result.ok && result.spent, [
    {bucketId: 'sooner', amount: 3},
    {bucketId: 'later', amount: 2},
  ]);
});

test('spendCredits uses never-expiring credits last', () => {
  const buckets = [bucket('forever', 10, null), bucket('june', 4, '2026-06-30T00:00:00Z')];
  const result = spendCredits(buckets, 6, NOW);
  assert.deepEqual(result.ok && result.spent, [
    {bucketId: 'june', amount: 4},
    {bucketId: 'forever', amount: 2},
  ]);
});

test('expired and empty buckets are neither counted nor spent', () => {
  const buckets = [
    bucket('expired', 50, '2026-05-31T00:00:00Z'),
    bucket('expires-now', 50, NOW),
    bucket('empty', 0, '2026-06-02T00:00:00Z'),
    bucket('valid', 5, '2026-07-01T00:00:00Z'),
  ];
  assert.equal(availableCredits(buckets, NOW), 5);
  const result = spendCredits(buckets, 5, NOW);
  assert.deepEqual(result.ok && result.spent, [{bucketId: 'valid', amount: 5}]);
});

test('spendCredits spends nothing when credits fall short', () => {
  const buckets = [bucket('a', 2, null), bucket('b', 3, '2026-07-01T00:00:00Z')];
  assert.deepEqual(spendCredits(buckets, 6, NOW), {ok: false, available: 5});
  assert.deepEqual(buckets, [bucket('a', 2, null), bucket('b', 3, '2026-07-01T00:00:00Z')]);
});

test('remaining keeps every bucket in input order with its other fields', () => {
  const buckets = [
    {...bucket('forever', 10, null), grantedAt: '2026-01-01T00:00:00Z'},
    {...bucket('june', 4, '2026-06-30T00:00:00Z'), grantedAt: '2026-05-01T00:00:00Z'},
  ];
  const result = spendCredits(buckets, 6, NOW);
  assert.ok(result.ok);
  assert.deepEqual(result.remaining, [
    {...bucket('forever', 8, null), grantedAt: '2026-01-01T00:00:00Z'},
    {...bucket('june', 0, '2026-06-30T00:00:00Z'), grantedAt: '2026-05-01T00:00:00Z'},
  ]);
  assert.equal(buckets[1]?.amount, 4, 'the input is not mutated');
});

test('spending zero credits always succeeds and touches nothing', () => {
  assert.deepEqual(spendCredits([], 0, NOW), {ok: true, spent: [], remaining: []});
  assert.throws(() => spendCredits([], -1, NOW), RangeError);
  assert.throws(() => spendCredits([], 1.5, NOW), RangeError);
});

test('property: spent credits sum to the amount, never exceed a bucket, and drain sooner buckets first', () => {
  const nowMs = Date.parse(NOW);
  forAll(
    {seed: 99, runs: 400},
    (random) => {
      const buckets = Array.from({length: random.int(0, 6)}, (_, i) =>
        bucket(
          `b${i}`,
          random.int(0, 20),
          random.chance(0.25)
            ? null
            : new Date(nowMs + random.int(-5, 30) * 86_400_000).toISOString(),
        ),
      );
      return {buckets, amount: random.int(0, 60)};
    },
    ({buckets, amount}) => {
      const available = availableCredits(buckets, NOW);
      const result = spendCredits(buckets, amount, NOW);
      if (!result.ok) {
        assert.ok(amount > available);
        assert.equal(result.available, available);
        return;
      }
      assert.ok(amount <= available);
      assert.equal(
        result.spent.reduce((sum, debit) => sum + debit.amount, 0),
        amount,
      );
      const expiry = (b: CreditBucket) =>
        b.expiresAt === null ? Infinity : Date.parse(b.expiresAt);
      for (const [i, original] of buckets.entries()) {
        const left = result.remaining[i] as CreditBucket;
        const taken: number =
          result.spent.find((debit) => debit.bucketId === original.id)?.amount ?? 0;
        assert.ok(taken >= 0 && taken <= original.amount);
        assert.equal(left.amount, original.amount - taken);
        if (taken > 0) {
          assert.ok(expiry(original) > nowMs, 'only unexpired buckets are spent');
          // Any usable bucket expiring strictly sooner was drained first.
          for (const other of result.remaining) {
            if (other.amount > 0 && expiry(other) > nowMs)
              assert.ok(expiry(other) >= expiry(original));
          }
        }
      }
      assert.equal(availableCredits(result.remaining, NOW), available - amount);
    },
  );
});
