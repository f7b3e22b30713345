import {parseInstant} from '../../domain/zoned-time.js';
import type {CreditBucket as ContractCreditBucket} from './schemas.js';

/** Credits from one source that expire together: what spending needs of the contract's bucket. */
export type CreditBucket = Pick<ContractCreditBucket, 'id' | 'amount' | 'source' | 'expiresAt'>;

/** Credits taken from one bucket. */
export interface CreditDebit {
  bucketId: string;
  amount: number;
}

export type SpendCreditsResult<B extends CreditBucket> =
  | {
      ok: true;
      /** One debit per bucket touched, in the order they were used. */
      spent: CreditDebit[];
      /** Every input bucket, in input order, with the spent credits taken off. */
      remaining: B[];
    }
  | {ok: false; available: number};

function isUsable(bucket: CreditBucket, now: number): boolean {
  return bucket.amount > 0 && (bucket.expiresAt === null || parseInstant(bucket.expiresAt) > now);
}

/** Credits that can be spent at `now`: non-empty buckets that have not expired. */
export function availableCredits(buckets: readonly CreditBucket[], now: string): number {
  const at = parseInstant(now);
  return buckets.reduce((sum, bucket) => (isUsable(bucket, at) ? sum + bucket.amount : sum), 0);
}

/**
 * Spends `amount` credits, soonest-to-expire bucket first (never-expiring buckets last, ties in
 * input order), skipping empty buckets and those expired at `now` (a bucket expiring exactly
 * at `now` is expired). All or nothing: when the usable credits fall short nothing is spent.
 * @throws {RangeError} when `amount` is not a whole number ≥ 0.
 */
export function spendCredits<B extends CreditBucket>(
  buckets: readonly B[],
  amount: number,
  now: string,
): SpendCreditsResult<B> {
  if (!Number.isInteger(amount) || amount < 0) {
    throw new RangeError(`Failed to spend credits: ${amount} is not a whole number ≥ 0.`);
  }
  const at = parseInstant(now);
  const usable = buckets
    .map((bucket, index) => ({bucket, index, expires: expiryOf(bucket)}))
    .filter(({bucket}) => isUsable(bucket, at))
    .sort((a, b) => compareExpiry(a.expires, b.expires) || a.index - b.index);
  const available = usable.reduce((sum, {bucket}) => sum + bucket.amount, 0);
  if (available < amount) return {ok: false, available};

  const remaining = buckets.map((bucket) => ({...bucket}));
  const spent: CreditDebit[] = [];
  let due = amount;
  for (const {bucket, index} of usable) {
    if (due === 0) break;
    const take = Math.min(due, bucket.amount);
    spent.push({bucketId: bucket.id, amount: take});
    (remaining[index] as B).amount -= take;
    due -= take;
  }
  return {ok: true, spent, remaining};
}

function expiryOf(bucket: CreditBucket): number {
  return bucket.expiresAt === null ? Infinity : parseInstant(bucket.expiresAt);
}

function compareExpiry(a: number, b: number): number {
  // Infinity − Infinity is NaN, so equal expiries (two never-expiring buckets) compare first.
  return a === b ? 0 : a - b;
}
