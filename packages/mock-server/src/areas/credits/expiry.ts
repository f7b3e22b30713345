/**
 * The credit expiry sweep. Credits expire at an instant, but nothing runs at that instant:
 * the sweep writes them off the next time they matter. Whatever reads, spends or refunds a
 * member's credits runs it first, and so does moving the dev clock; no other request does.
 */
import {parseInstant} from '@portico/sdk/domain';
import type {Db, Transaction} from '../../state/db.js';
import {writeLedgerEntry} from '../../state/ledger.js';
import type {Reader} from '../../state/lookups.js';
import {inSpace, memberBuckets} from '../../state/lookups.js';
import type {CreditBucketRow, MemberRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';

/** The member's buckets with credits left that have expired by `now` (epoch ms), soonest first. */
export function expiredBuckets(reader: Reader, member: MemberRow, now: number): CreditBucketRow[] {
  return memberBuckets(reader, member)
    .filter((b) => b.amount > 0 && b.expiresAt !== null && parseInstant(b.expiresAt) <= now)
    .sort((a, b) => parseInstant(a.expiresAt ?? '') - parseInstant(b.expiresAt ?? ''));
}

/**
 * Writes off what is left in each of the member's buckets that has expired by `now`, with an
 * `expiry` ledger entry dated when it expired (as the seeds do), soonest first. The commit
 * sends `credits.changed`. Run before any other movement of the member's credits, so none
 * comes between an expiry and its entry, and the chain stays in time order.
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
      reason: 'expiry',
      description: `${bucket.amount} credits expired`,
      bookingId: null,
      orderId: null,
      booking: null,
      order: null,
    });
  }
  return expired.length;
}

/**
 * The sweep as a request's first step: {@link expireCredits} in a commit of its own, so open
 * pages hear `credits.changed` even when what the request does next fails.
 */
export function writeOffExpiredCredits(db: Db, member: MemberRow, now: number): void {
  if (expiredBuckets(db, member, now).length === 0) return;
  db.transaction((tx) => expireCredits(tx, member, now));
}

/** The sweep for every member of a space, when the dev clock jumps (open pages hear it at once). */
export function expireCreditsInSpace(tx: Transaction, spaceId: string, now: number): void {
  for (const member of inSpace<MemberRow>(tx, TABLES.members, spaceId))
    expireCredits(tx, member, now);
}
