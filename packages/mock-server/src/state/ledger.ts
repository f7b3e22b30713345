import type {Transaction} from './db.js';
import {nextId} from './ids.js';
import {TABLES} from './rows.js';
import type {LedgerRow, MemberRow} from './rows.js';

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
