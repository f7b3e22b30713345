import assert from 'node:assert/strict';
import {test} from 'node:test';
import {formatMoney} from '@portico/sdk/domain';
import {adaBilling, creditInvoice} from './helpers/billing.js';
import {assertProblem, setup, setupSignedIn} from './helpers/mock-api.js';
import type {Json} from './helpers/mock-api.js';
import {downloadPdf} from './helpers/pdf-text.js';

/** What the PDF prints: Intl's narrow and non-breaking spaces are plain ones there. */
const printed = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');
const money = (value: {amount: number; currency: string}, locale: string) =>
  printed(formatMoney(value, locale));
const longDay = (day: string, locale: string) =>
  new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.parse(`${day}T12:00:00Z`));

/** Every line and total of the invoice's JSON is in the PDF's text, formatted for `locale`. */
function assertInvoiceText(lines: string[], invoice: Json, locale: string) {
  const text = lines.join('\n');
  for (const line of invoice.lines) {
    assert.ok(
      lines.some(
        (l) =>
          l.startsWith(line.description) &&
          l.includes(money(line.unitPrice, locale)) &&
          l.endsWith(money(line.amount, locale)),
      ),
      `no row for ${line.description} in\n${text}`,
    );
  }
  for (const tax of invoice.taxes)
    assert.ok(
      lines.some((l) => l.endsWith(`${money(tax.base, locale)}   ${money(tax.amount, locale)}`)),
      text,
    );
  for (const field of ['subtotal', 'total', 'amountPaid', 'amountDue'])
    assert.ok(
      lines.some((l) => l.endsWith(money(invoice[field], locale))),
      `${field} in\n${text}`,
    );
  assert.ok(text.includes(invoice.seller.taxId), text);
  assert.ok(text.includes(invoice.buyer.name), text);
}

test('the invoice PDF in English has the JSON’s number, dates, parties, lines, taxes and totals', async () => {
  const t = setup();
  const {token, overdue} = await adaBilling(t);
  const {response, lines, pages} = await downloadPdf(t, `/me/invoices/${overdue.id}/pdf`, token);
  assert.equal(
    response.headers.get('content-disposition'),
    `inline; filename="${overdue.number}.pdf"`,
  );
  assert.equal(pages, 1);
  assert.equal(lines[0], `Invoice ${overdue.number}`);
  assert.ok(lines.includes(`Issued: ${longDay(overdue.issuedOn, 'en')}`));
  assert.ok(lines.includes(`Due: ${longDay(overdue.dueOn, 'en')}`));
  assert.ok(lines.includes('Overdue'));
  assertInvoiceText(lines, overdue, 'en');
  assert.ok(lines.includes(`Amount due   ${money(overdue.amountDue, 'en')}`));
});

test('the invoice PDF is in French for a French-speaking member, "Payée le …" once paid', async () => {
  const {t, token: ben} = await setupSignedIn('ben@example.com');
  const [paid] = (await t.call('GET', '/me/invoices', {token: ben})).body.items;
  assert.equal(paid.status, 'paid');
  const {lines} = await downloadPdf(t, `/me/invoices/${paid.id}/pdf`, ben);
  assert.equal(lines[0], `Facture ${paid.number}`);
  assert.ok(
    lines.includes(`Payée le ${longDay(paid.paidAt.slice(0, 10), 'fr')}`),
    lines.join('\n'),
  );
  assert.ok(lines.some((l) => l.startsWith('Désignation')));
  assert.ok(lines.includes(`Date d’émission : ${longDay(paid.issuedOn, 'fr')}`), lines.join('\n'));
  assert.ok(lines.includes(`Échéance : ${longDay(paid.dueOn, 'fr')}`));
  assertInvoiceText(lines, paid, 'fr');
  assert.ok(lines.includes(`Total TTC   ${money(paid.total, 'fr')}`));
});

test('a credit note PDF names its invoice and its negative amounts; the invoice PDF lists it and asks nothing more', async () => {
  const t = setup();
  const {token, overdue} = await adaBilling(t);
  const note = (await creditInvoice(t, overdue.id)).body;
  const {lines} = await downloadPdf(t, `/me/invoices/${note.id}/pdf`, token);
  assert.equal(lines[0], `Credit note ${note.number}`);
  assert.ok(lines.includes(`For invoice ${overdue.number} of ${longDay(overdue.issuedOn, 'en')}`));
  assert.ok(lines.includes(`Deducted from invoice ${overdue.number}`), lines.join('\n'));
  assert.ok(!lines.some((l) => l.startsWith('Due:') || l.startsWith('Amount due')));
  assert.ok(lines.includes(`Total   ${money(note.total, 'en')}`), lines.join('\n'));
  assert.equal(money(note.total, 'en'), '-€36.00');
  const original = await downloadPdf(t, `/me/invoices/${overdue.id}/pdf`, token);
  assert.ok(original.lines.includes('Credited in full'), original.lines.join('\n'));
  assert.ok(original.lines.includes(`Credit note ${note.number}   -€36.00`));
  assert.ok(original.lines.includes('Amount due   €0.00'));
  const ben = await t.login('ben@example.com');
  const [paid] = (await t.call('GET', '/me/invoices', {token: ben})).body.items;
  const refund = (await creditInvoice(t, paid.id)).body;
  const french = await downloadPdf(t, `/me/invoices/${refund.id}/pdf`, ben);
  assert.equal(french.lines[0], `Avoir ${refund.number}`);
  assert.ok(
    french.lines.includes(`Sur la facture ${paid.number} du ${longDay(paid.issuedOn, 'fr')}`),
  );
  assert.ok(
    french.lines.includes(`Remboursé le ${longDay(t.day(0), 'fr')}`),
    french.lines.join('\n'),
  );
  assert.ok(french.lines.includes(`Total TTC   ${money(refund.total, 'fr')}`));
});

test("another member's invoice PDF is 404", async () => {
  const t = setup();
  const {overdue} = await adaBilling(t);
  const ben = await t.login('ben@example.com');
  assertProblem(
    await t.call('GET', `/me/invoices/${overdue.id}/pdf`, {token: ben}),
    404,
    'not_found',
  );
});

test('the statement PDF has one row per JSON entry with its amount and balance, and both balances', async () => {
  const t = setup();
  const {token} = await adaBilling(t);
  const period = `from=${t.day(-60)}&to=${t.day(0)}`;
  const statement = (await t.call('GET', `/me/statement?${period}`, {token})).body;
  const {lines} = await downloadPdf(t, `/me/statement.pdf?${period}`, token);
  assert.equal(lines[0], 'Statement');
  assert.ok(lines.includes('Ada Lovelace'));
  assert.ok(lines.includes(`Opening balance   ${money(statement.openingBalance, 'en')}`));
  assert.ok(lines.includes(`Closing balance   ${money(statement.closingBalance, 'en')}`));
  const rows = lines.filter((l) => / (CAN-|pay_)\S+ /.test(l));
  assert.equal(rows.length, statement.entries.length, lines.join('\n'));
  statement.entries.forEach((entry: Json, i: number) => {
    assert.ok(rows[i]?.includes(entry.reference), `${entry.reference} in ${rows[i]}`);
    assert.ok(
      rows[i]?.endsWith(`${money(entry.amount, 'en')}   ${money(entry.balance, 'en')}`),
      `${rows[i]}`,
    );
  });
  assertProblem(
    await t.call('GET', `/me/statement.pdf?from=${t.day(-400)}&to=${t.day(0)}`, {token}),
    422,
    'statement_too_long',
  );
});
