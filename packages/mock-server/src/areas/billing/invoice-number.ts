import type {Transaction} from '../../state/db.js';
import type {InvoiceSequenceRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';

/** Digits of an invoice number's sequence: `HBR-000042`. */
const DIGITS = 6;

/**
 * The space's next invoice number. Allocated inside the transaction that issues the invoice:
 * transactions run one at a time and roll back whole, so numbers never skip or repeat, even
 * when purchases race or one fails after allocating.
 */
export function nextInvoiceNumber(
  tx: Transaction,
  spaceId: string,
  prefix: string,
): {sequence: number; number: string} {
  const counter = tx.get<InvoiceSequenceRow>(TABLES.invoiceSequences, spaceId);
  const sequence = (counter?.last ?? 0) + 1;
  tx.put<InvoiceSequenceRow>(TABLES.invoiceSequences, {id: spaceId, spaceId, last: sequence});
  return {sequence, number: formatInvoiceNumber(prefix, sequence)};
}

export const formatInvoiceNumber = (prefix: string, sequence: number) =>
  `${prefix}-${String(sequence).padStart(DIGITS, '0')}`;
