import type {Money} from '../../domain/money.js';
import type {TaxAmount} from './invoice-totals.js';

/**
 * The rules of credit notes, once, for the server and anyone who checks a credit before
 * sending it. A credit note is a document of its own (its number comes from the invoices'
 * gap-free sequence) whose lines and totals are negative, issued against one invoice:
 *
 * - only an issued invoice that still charges something can be credited: not a draft (never
 *   issued), not a void one (it charges nothing), not a credit note, not one credited in full;
 * - per tax rate, what the credit notes take off never exceeds what the invoice charged at that
 *   rate (gross: base and tax), so no credit note turns an invoice negative or moves money
 *   from one VAT rate to another.
 */
export type CreditNoteProblem = 'invoice_not_creditable' | 'credit_exceeds_invoice';

/** What the rules read of an invoice (or of a credit note: its taxes are negative). */
export interface CreditedDocument {
  status: string;
  creditNoteFor: unknown;
  taxes: readonly TaxAmount[];
  total: Money;
}

/** What an invoice charged at each rate, gross: `base + tax` in minor units. */
function grossByRate(taxes: readonly TaxAmount[]): Map<number, number> {
  const gross = new Map<number, number>();
  for (const {rate, base, amount} of taxes)
    gross.set(rate, (gross.get(rate) ?? 0) + base.amount + amount.amount);
  return gross;
}

/** What is left to credit of `invoice` at each rate, after the `earlier` credit notes. */
export function creditableByRate(
  invoice: CreditedDocument,
  earlier: readonly CreditedDocument[],
): Map<number, number> {
  const left = grossByRate(invoice.taxes);
  for (const note of earlier)
    for (const [rate, gross] of grossByRate(note.taxes))
      left.set(rate, (left.get(rate) ?? 0) + gross);
  return left;
}

/** Why `credit` (a credit note's totals, negative) may not be issued against `invoice`, or null. */
export function creditNoteProblem(
  invoice: CreditedDocument,
  earlier: readonly CreditedDocument[],
  credit: Pick<CreditedDocument, 'taxes' | 'total'>,
): CreditNoteProblem | null {
  const creditable = ['open', 'overdue', 'paid'].includes(invoice.status);
  if (!creditable || invoice.creditNoteFor) return 'invoice_not_creditable';
  const left = creditableByRate(invoice, earlier);
  if ([...left.values()].every((gross) => gross <= 0)) return 'invoice_not_creditable';
  for (const [rate, gross] of grossByRate(credit.taxes))
    if (gross >= 0 || -gross > (left.get(rate) ?? 0)) return 'credit_exceeds_invoice';
  return null;
}
