/**
 * Credit notes: the space takes something off an invoice with a document of its own (negative
 * lines, the next number of the one sequence), as the domain's `creditNoteProblem` allows. An
 * open invoice then asks less; a paid one is refunded by as much (the credit note's `paidAt`).
 * The member is told (`invoice.credited`, live).
 */
import type {CreditNoteRequest} from '@portico/sdk/contract';
import {BILLING_LIMITS} from '@portico/sdk/contract';
import {creditableByRate, creditNoteProblem, formatMoney} from '@portico/sdk/domain';
import {invalidField, invariant, problem} from '../../problem.js';
import type {Transaction} from '../../state/db.js';
import {instant, today, spaceRow} from '../../state/lookups.js';
import type {InvoiceRow, MemberRow, SpaceRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {invoiceStatus} from '../../state/views.js';
import {notify} from '../shared/notify.js';
import type {LineInput} from './invoices.js';
import {issueInvoice, priceLines, referenceTo} from './invoices.js';

/** The lines to credit, negative: those given, or every line of the invoice. */
function creditLines(invoice: InvoiceRow, input: CreditNoteRequest): LineInput[] {
  if (!input.lines)
    return invoice.lines.map(({amount: _amount, ...line}) => ({
      ...line,
      unitPrice: {...line.unitPrice, amount: -line.unitPrice.amount},
    }));
  const rates = invoice.taxes.map((tax) => tax.rate);
  return input.lines.map((line, i) => {
    const taxRate = line.taxRate ?? (rates.length === 1 ? rates[0] : undefined);
    if (taxRate === undefined)
      throw invalidField(`body.lines[${i}].taxRate`, 'Required: the invoice has several tax rates');
    return {
      description: line.description,
      quantity: line.quantity,
      unitPrice: {amount: -line.unitPrice, currency: invoice.currency},
      taxRate,
      source: null,
    };
  });
}

/** The space credits one of its invoices (any member's): returns the credit note. */
export function issueCreditNote(
  tx: Transaction,
  space: SpaceRow,
  invoiceId: string,
  input: CreditNoteRequest,
  now: number,
): InvoiceRow {
  const invoice = spaceRow<InvoiceRow>(tx, TABLES.invoices, invoiceId, space, 'invoice');
  const member = tx.get<MemberRow>(TABLES.members, invoice.memberId);
  invariant(member, `Failed to credit ${invoice.number}: its member ${invoice.memberId} is gone.`);
  const lines = creditLines(invoice, input);
  const earlier = tx
    .all<InvoiceRow>(TABLES.invoices)
    .filter((row) => row.creditNoteFor?.id === invoice.id);
  const status = invoiceStatus(invoice, today(space, now));
  const code =
    earlier.length >= BILLING_LIMITS.creditNotesPerInvoice
      ? 'invoice_not_creditable'
      : creditNoteProblem(
          {...invoice, status},
          earlier,
          priceLines(tx, space, lines, invoice.taxMode),
        );
  if (code === 'invoice_not_creditable')
    throw problem(code, `Invoice ${invoice.number} is ${status}: there is nothing to credit.`);
  if (code === 'credit_exceeds_invoice')
    throw problem(code, `The credit exceeds what is left of ${invoice.number} at a tax rate.`, {
      errors: [{field: 'body.lines', message: 'More than the invoice charged at this tax rate'}],
    });
  // A paid invoice's money goes back to the member today; an open one just asks less.
  const note = issueInvoice(tx, space, member, lines, now, {
    creditNoteFor: invoice,
    paidAt: invoice.status === 'paid' ? instant(space, now) : null,
  });
  const left = creditableByRate(invoice, [...earlier, note]);
  tx.put<InvoiceRow>(TABLES.invoices, {
    ...invoice,
    status: [...left.values()].every((gross) => gross <= 0) ? 'refunded' : invoice.status,
    amountCredited: {
      ...invoice.amountCredited,
      amount: invoice.amountCredited.amount - note.total.amount,
    },
    credits: [...invoice.credits, referenceTo(note)],
  });
  const amount = {...note.total, amount: -note.total.amount};
  const refunded = note.paidAt !== null;
  notify(tx, space, member, now, {
    kind: 'invoice.credited',
    params: {creditNoteNumber: note.number, invoiceNumber: invoice.number, amount, refunded},
    title: `Credit note ${note.number}`,
    body: `Invoice ${invoice.number} is reduced by ${formatMoney(amount, member.locale)}${refunded ? ', refunded to you' : ''}.`,
  });
  return note;
}
