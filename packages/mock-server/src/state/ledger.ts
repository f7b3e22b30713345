import {parseInstant} from '@portico/sdk/domain';
import type {Reader} from './lookups.js';
import {ofMember} from './lookups.js';
import type {Transaction} from './db.js';
import {nextId} from './ids.js';
import {TABLES} from './rows.js';
import type {BookingRow, LedgerRow, MemberRow, ResourceRow} from './rows.js';

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
