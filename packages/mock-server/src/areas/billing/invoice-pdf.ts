/** An invoice as a PDF, in the member's language: the same numbers as its JSON. */
import type {BillingParty, Invoice} from '@portico/sdk/contract';
import {formatMoney} from '@portico/sdk/domain';
import type {PdfLabels} from './pdf-labels.js';
import {formatDay, formatRate, pdfLabels, pdfLanguage} from './pdf-labels.js';
import type {Column} from './pdf-writer.js';
import {PdfWriter} from './pdf-writer.js';

const COLUMNS: readonly Column[] = [
  {width: 84},
  {width: 16, align: 'right'},
  {width: 28, align: 'right'},
  {width: 18, align: 'right'},
  {width: 28, align: 'right'},
];

function party(party: BillingParty, labels: PdfLabels): string[] {
  const {address} = party;
  return [
    party.company ?? party.name,
    ...(party.company ? [party.name] : []),
    address.line1,
    ...(address.line2 ? [address.line2] : []),
    [address.postalCode, address.city, address.region].filter(Boolean).join(' '),
    address.country,
    ...(party.taxId ? [`${labels.taxId}${labels.colon}${party.taxId}`] : []),
  ].filter((line) => line !== '');
}

export async function invoicePdf(
  invoice: Invoice,
  locale: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const language = pdfLanguage(locale);
  const labels = pdfLabels(language);
  const money = (value: Invoice['total']) => formatMoney(value, language);
  const day = (value: string) => formatDay(value, language);
  const original = invoice.creditNoteFor;
  const title = `${original ? labels.creditNote : labels.invoice} ${invoice.number}`;
  const pdf = await PdfWriter.create(title, language);
  pdf.heading(title);
  pdf.lines([
    `${labels.issued}${labels.colon}${day(invoice.issuedOn)}`,
    original
      ? labels.creditNoteFor(original.number, day(original.issuedOn))
      : `${labels.due}${labels.colon}${day(invoice.dueOn)}`,
  ]);
  pdf.lines([statusLine(invoice, labels, day)], true);
  pdf.gap();
  pdf.blocks(party(invoice.seller, labels), [labels.billTo, ...party(invoice.buyer, labels)]);
  pdf.gap();
  pdf.table(
    COLUMNS,
    [labels.description, labels.quantity, labels.unitPrice, labels.taxRate, labels.amount],
    invoice.lines.map((line) => [
      line.description,
      String(line.quantity),
      money(line.unitPrice),
      formatRate(line.taxRate, language),
      money(line.amount),
    ]),
  );
  pdf.gap();
  pdf.total(labels.subtotal, money(invoice.subtotal));
  for (const tax of invoice.taxes)
    pdf.total(labels.tax(formatRate(tax.rate, language), money(tax.base)), money(tax.amount));
  pdf.total(labels.total, money(invoice.total), true);
  // A credit note says where its money went (in the status line); an invoice what is left.
  if (original) return pdf.bytes();
  for (const note of invoice.credits) pdf.total(labels.creditedBy(note.number), money(note.total));
  pdf.total(labels.amountPaid, money(invoice.amountPaid));
  pdf.total(labels.amountDue, money(invoice.amountDue), true);
  return pdf.bytes();
}

/** How the document stands: paid on a day, refunded or deducted (a credit note), open… */
function statusLine(invoice: Invoice, labels: PdfLabels, day: (value: string) => string): string {
  // The instant's own date: it is written in the space's time zone.
  const paidDay = invoice.paidAt && day(invoice.paidAt.slice(0, 10));
  if (invoice.creditNoteFor)
    return paidDay ? labels.refundedOn(paidDay) : labels.deductedFrom(invoice.creditNoteFor.number);
  if (invoice.status === 'paid' && paidDay) return labels.paidOn(paidDay);
  return labels.status[
    invoice.status === 'paid' || invoice.status === 'credit_note' ? 'open' : invoice.status
  ];
}
