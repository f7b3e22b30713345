import {subtractMoney} from '@portico/sdk/domain';
import type {Reader} from '../../state/lookups.js';
import {ofMember} from '../../state/lookups.js';
import type {EventRow, MemberRow, RegistrationRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import type {LineInput} from '../billing/invoices.js';

/**
 * Tickets put on the member's next invoice: each registration paid `invoice`, not billed yet,
 * bills its seats; one cancelled late bills what the refund rule kept.
 */
export function eventInvoiceLines(reader: Reader, member: MemberRow): LineInput[] {
  return ofMember<RegistrationRow>(reader, TABLES.eventRegistrations, member).flatMap((row) => {
    const event = reader.get<EventRow>(TABLES.events, row.eventId);
    if (row.paidWith !== 'invoice' || row.invoiceId || !row.cost.money || !event) return [];
    const source = {kind: 'event', id: row.id} as const;
    if (row.status === 'registered')
      return [
        {
          description: `Ticket: ${event.title}`,
          quantity: row.seats,
          unitPrice: {...row.cost.money, amount: row.cost.money.amount / row.seats},
          source,
        },
      ];
    const kept = row.refund?.money ? subtractMoney(row.cost.money, row.refund.money) : null;
    if (row.status !== 'cancelled' || !kept || kept.amount <= 0) return [];
    return [
      {description: `Late cancellation: ${event.title}`, quantity: 1, unitPrice: kept, source},
    ];
  });
}
