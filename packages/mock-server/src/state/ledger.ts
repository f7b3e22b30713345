import {parseInstant} from '@portico/sdk/domain';
import type {Reader} from './queries.js';
import {memberBuckets, ofMember} from './queries.js';
import type {Db, Transaction} from './db.js';
import {nextId} from './ids.js';
import {TABLES} from './rows.js';
import type {BookingRow, CreditBucketRow, LedgerRow, MemberRow, ResourceRow} from './rows.js';

/** A movement of credits before it is linked into the member's chain. */
export type LedgerMovement = Omit<
  LedgerRow,
  'id' | 'spaceId' | 'memberId' | 'seq' | 'balanceAfter'
>;

type Link = Pick<LedgerRow, 'seq' | 'at' | 'balanceAfter'>;

/**
 * Links a movement after the member's newest entry: the next `seq`, and a balance that is the
 * previous one plus `delta`, so the served list always adds up.
 */
export function linkEntry(
  previous: Link | undefined,
  movement: LedgerMovement,
): Link & LedgerMovement {
  return {
    ...movement,
    seq: (previous?.seq ?? 0) + 1,
    balanceAfter: (previous?.balanceAfter ?? 0) + movement.delta,
  };
}

/** The member's ledger in the order it is served: newest first by `seq`. */
export function memberLedger(reader: Reader, member: MemberRow): LedgerRow[] {
  return ofMember<LedgerRow>(reader, TABLES.ledger, member).sort((a, b) => b.seq - a.seq);
}

/** What a ledger entry says about its booking: the room and its times, never the id alone. */
export function ledgerBooking(
  booking: Pick<BookingRow, 'start' | 'end'>,
  resource: Pick<ResourceRow, 'name'> | undefined,
): NonNullable<LedgerRow['booking']> {
  return {
    resourceName: resource?.name ?? 'Removed resource',
    start: booking.start,
    end: booking.end,
  };
}

/** Records one movement of a member's credits (bookings, refunds, packs bought, expiries). */
export function writeLedgerEntry(
  tx: Transaction,
  member: MemberRow,
  movement: LedgerMovement,
): void {
  const previous = memberLedger(tx, member)[0];
  // A clock moved back by the dev route must not date an entry before the one it follows.
  const at =
    previous && parseInstant(movement.at) < parseInstant(previous.at) ? previous.at : movement.at;
  tx.put<LedgerRow>(TABLES.ledger, {
    id: nextId(tx, 'led'),
    spaceId: member.spaceId,
    memberId: member.id,
    ...linkEntry(previous, {...movement, at}),
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
 * sends `credits.changed`. Whatever reads, spends or refunds a member's credits runs it
 * first (see {@link writeOffExpiredCredits}), so no other movement of their credits comes
 * between an expiry and its entry, and the chain stays in time order.
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
 * The credit expiry sweep, as a step of its own: writes off the member's credits that have
 * expired by `now` (see {@link expireCredits}) in a commit of its own, so open pages hear
 * `credits.changed` even when the request that follows fails. Handlers that read, spend or
 * refund credits call it first; every other request skips it.
 */
export function writeOffExpiredCredits(db: Db, member: MemberRow, now: number): void {
  if (expiredBuckets(db, member, now).length === 0) return;
  db.transaction((tx) => expireCredits(tx, member, now));
}
