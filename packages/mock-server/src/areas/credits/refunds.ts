import type {Transaction} from '../../state/db.js';
import {nextId} from '../../state/ids.js';
import {instant} from '../../state/lookups.js';
import type {BookingRow, CreditBucketRow, MemberRow, SpaceRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';

/** Credits refunded into a bucket that has expired meanwhile come back as a grant valid this long. */
const REFUND_GRANT_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Puts refunded credits back where they came from, the longest-lasting bucket first, so they
 * keep their expiry; what a bucket expired meanwhile cannot take comes back as a new grant.
 */
export function refundCredits(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  booking: Pick<BookingRow, 'debits'>,
  credits: number,
  now: number,
): void {
  let left = credits;
  for (const debit of [...booking.debits].reverse()) {
    if (left === 0) break;
    const bucket = tx.get<CreditBucketRow>(TABLES.creditBuckets, debit.bucketId);
    if (!bucket || (bucket.expiresAt !== null && Date.parse(bucket.expiresAt) <= now)) continue;
    const give = Math.min(left, debit.amount);
    tx.put<CreditBucketRow>(TABLES.creditBuckets, {...bucket, amount: bucket.amount + give});
    left -= give;
  }
  if (left > 0) {
    tx.put<CreditBucketRow>(TABLES.creditBuckets, {
      id: nextId(tx, 'cb'),
      spaceId: space.id,
      memberId: member.id,
      amount: left,
      source: 'grant',
      grantedAt: instant(space, now),
      expiresAt: instant(space, now + REFUND_GRANT_DAYS * DAY_MS),
    });
  }
}
