/**
 * What a renewal invoice sweeps in besides the membership: pending orders and tickets paid
 * `invoice`. Its lines' sources name them; marking them keeps them off the next invoice, and
 * the orders are paid when that invoice is.
 */
import type {Transaction} from '../../state/db.js';
import type {InvoiceRow, OrderRow} from '../../state/rows.js';
import type {RegistrationRow} from '../../state/rows-events.js';
import {TABLES} from '../../state/rows.js';

const sourcesOf = (invoice: InvoiceRow, kind: 'order' | 'event') =>
  new Set(invoice.lines.flatMap((line) => (line.source?.kind === kind ? [line.source.id] : [])));

/** Marks what `invoice` billed, so no later invoice bills it again. */
export function markBilled(tx: Transaction, invoice: InvoiceRow): void {
  for (const id of sourcesOf(invoice, 'order')) {
    const order = tx.get<OrderRow>(TABLES.orders, id);
    if (order)
      tx.put<OrderRow>(TABLES.orders, {
        ...order,
        invoice: {id: invoice.id, number: invoice.number},
      });
  }
  for (const id of sourcesOf(invoice, 'event')) {
    const row = tx.get<RegistrationRow>(TABLES.eventRegistrations, id);
    if (row) tx.put<RegistrationRow>(TABLES.eventRegistrations, {...row, invoiceId: invoice.id});
  }
}

/** The pending orders `invoice` billed: paying it pays them. */
export const billedOrders = (tx: Transaction, invoice: InvoiceRow): OrderRow[] =>
  [...sourcesOf(invoice, 'order')].flatMap((id) => {
    const order = tx.get<OrderRow>(TABLES.orders, id);
    return order?.invoice?.id === invoice.id && order.status === 'pending_payment' ? [order] : [];
  });
