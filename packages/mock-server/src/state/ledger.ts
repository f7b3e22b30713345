import {availableCredits, parseInstant} from '@portico/sdk/domain';
import type {Reader} from './queries.js';
import {memberBuckets} from './queries.js';
import type {Transaction} from './db.js';
import {nextId} from './ids.js';
import {TABLES} from './rows.js';
import type {CreditBucketRow, LedgerRow, MemberRow} from './rows.js';

/** Records one movement of a member's credits (bookings, refunds, packs bought). */
export function writeLedgerEntry(
  tx: Transaction,
  member: MemberRow,
  entry: Omit<LedgerRow, 'id' | 'spaceId' | 'memberId'>,
): void {
  tx.put<LedgerRow>(TABLES.ledger, {
    id: nextId(tx, 'led'),
    spaceId: member.spaceId,
    memberId: member.id,
    ...entry,
  });
}

/** The member's buckets with credits left that have expired by `now` (epoch ms), soonest first. */
export function expiredBuckets(reader: Reader, member: MemberRow, now: number): CreditBucketRow[] {
  return memberBuckets(reader, member)
    .filter((b) => b.amount > 0 && b.expiresAt !== null && parseInstant(b.expiresAt) <= now)
    .sort((a, b) => parseInstant(a.expiresAt ?? '') - parseInstant(b.expiresAt ?? ''));
}

/**
 * Writes off what is left in each of the member's buckets that has expired by `now`, with an
 * `expiry` ledger entry dated when it expired (as the seeds do), soonest first. The commit
 * sends `credits.changed`. The dispatcher runs it before a member's request, so no other
 * movement of their credits comes between an expiry and its entry, and each entry's
 * `balanceAfter` is the balance at that moment.
 * @returns how many buckets expired.
 */
export function expireCredits(tx: Transaction, member: MemberRow, now: number): number {
  const expired = expiredBuckets(tx, member, now);
  for (const bucket of expired) {
    const at = bucket.expiresAt ?? '';
    tx.put<CreditBucketRow>(TABLES.creditBuckets, {...bucket, amount: 0});
    writeLedgerEntry(tx, member, {
      at,
      delta: -bucket.amount,
      balanceAfter: availableCredits(memberBuckets(tx, member), at),
      reason: 'expiry',
      description: `${bucket.amount} credits expired`,
      bookingId: null,
      orderId: null,
    });
  }
  return expired.length;
}
