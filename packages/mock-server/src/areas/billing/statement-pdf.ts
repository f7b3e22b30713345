/** A statement as a PDF, in the member's language: the same rows as its JSON and CSV. */
import type {Money, Statement} from '@portico/sdk/contract';
import {formatMoney} from '@portico/sdk/domain';
import {formatDay, pdfLabels, pdfLanguage} from './pdf-labels.js';
import type {Column} from './pdf-writer.js';
import {PdfWriter} from './pdf-writer.js';

const COLUMNS: readonly Column[] = [
  {width: 36},
  {width: 26},
  {width: 56},
  {width: 28, align: 'right'},
  {width: 28, align: 'right'},
];

export async function statementPdf(
  statement: Statement,
  holder: string,
  locale: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const language = pdfLanguage(locale);
  const labels = pdfLabels(language);
  const money = (value: Money) => formatMoney(value, language);
  const day = (value: string) => formatDay(value, language);
  const period = labels.period(day(statement.from), day(statement.to));
  const pdf = await PdfWriter.create(`${labels.statement} ${period}`, language);
  pdf.heading(labels.statement);
  pdf.lines([holder, period]);
  pdf.gap();
  pdf.total(labels.openingBalance, money(statement.openingBalance));
  pdf.gap();
  pdf.table(
    COLUMNS,
    [labels.date, labels.reference, labels.description, labels.amount, labels.balance],
    statement.entries.map((entry) => [
      day(entry.date),
      entry.reference,
      `${labels.kinds[entry.kind]}${labels.colon}${entry.description}`,
      money(entry.amount),
      money(entry.balance),
    ]),
  );
  pdf.gap();
  pdf.total(labels.closingBalance, money(statement.closingBalance), true);
  return pdf.bytes();
}
