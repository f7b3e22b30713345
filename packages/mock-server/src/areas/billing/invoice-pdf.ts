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
  const pdf = await PdfWriter.create(`${labels.invoice} ${invoice.number}`, language);
  pdf.heading(`${labels.invoice} ${invoice.number}`);
  pdf.lines([
    `${labels.issued}${labels.colon}${day(invoice.issuedOn)}`,
    `${labels.due}${labels.colon}${day(invoice.dueOn)}`,
  ]);
  // The instant's own date: it is written in the space's time zone.
  const status =
    invoice.status === 'paid' && invoice.paidAt
      ? labels.paidOn(day(invoice.paidAt.slice(0, 10)))
      : labels.status[invoice.status === 'paid' ? 'open' : invoice.status];
  pdf.lines([status], true);
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
  pdf.total(labels.amountPaid, money(invoice.amountPaid));
  pdf.total(labels.amountDue, money(invoice.amountDue), true);
  return pdf.bytes();
}
