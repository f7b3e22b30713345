/**
 * The statement: every invoice (a charge), credit note, payment and refund over a period, with
 * the balance after each, as JSON and as CSV. A payment is a settled payment attempt, or an
 * invoice paid on the spot (which has no attempt); a refund is a paid invoice's credit note.
 */
import type {Money, Statement, StatementEntry} from '@portico/sdk/contract';
import {BILLING_LIMITS} from '@portico/sdk/contract';
import {currencyDigits, daysBetween} from '@portico/sdk/domain';
import {invalidField, problem} from '../../problem.js';
import type {Reader} from '../../state/lookups.js';
import {ofMember, today} from '../../state/lookups.js';
import type {InvoiceRow, MemberRow, PaymentAttemptRow, SpaceRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {toCsv} from './csv.js';

/** A payment's description is the numbers of the invoices it paid. */
type Dated = Omit<StatementEntry, 'balance' | 'amount'> & {at: string; amount: number};

/** Every charge and payment of the member, in time order. */
function movements(reader: Reader, space: SpaceRow, member: MemberRow): Dated[] {
  const dayOf = (at: string) => today(space, Date.parse(at));
  const invoices = ofMember<InvoiceRow>(reader, TABLES.invoices, member);
  const byId = new Map(invoices.map((invoice) => [invoice.id, invoice]));
  const rows: Dated[] = invoices.map((invoice) => ({
    at: invoice.issuedAt,
    date: invoice.issuedOn,
    kind: invoice.creditNoteFor ? 'credit_note' : 'invoice',
    reference: invoice.number,
    description: invoice.lines.map((line) => line.description).join(', '),
    // A credit note's total is negative: it takes off what its invoice charged.
    amount: invoice.total.amount,
  }));
  // Paid on the spot (no attempt), or a credit note's money given back (a refund).
  for (const invoice of invoices)
    if (invoice.paidAt && invoice.paidBy === null)
      rows.push({
        at: invoice.paidAt,
        date: dayOf(invoice.paidAt),
        kind: invoice.creditNoteFor ? 'refund' : 'payment',
        reference: invoice.number,
        description: invoice.creditNoteFor?.number ?? invoice.number,
        amount: -invoice.amountPaid.amount,
      });
  for (const attempt of ofMember<PaymentAttemptRow>(reader, TABLES.paymentAttempts, member)) {
    if (attempt.status !== 'succeeded') continue;
    const numbers = attempt.invoiceIds.map((id) => byId.get(id)?.number ?? id).join(', ');
    rows.push({
      at: attempt.createdAt,
      date: dayOf(attempt.createdAt),
      kind: 'payment',
      reference: attempt.id,
      description: numbers,
      amount: -attempt.amount.amount,
    });
  }
  // Charges before payments at the same instant: a balance never dips below what was owed.
  const rank = (row: Dated) => (row.kind === 'payment' || row.kind === 'refund' ? 1 : 0);
  return rows.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || rank(a) - rank(b));
}

/** 400 when `to` is before `from`, 422 `statement_too_long` past the longest period. */
function checkPeriod(from: string, to: string): void {
  const days = daysBetween(from, to) + 1;
  if (days < 1) throw invalidField('query.to', 'Must be on or after from');
  if (days > BILLING_LIMITS.statementDays)
    throw problem(
      'statement_too_long',
      `A statement covers at most ${BILLING_LIMITS.statementDays} days; this one ${days}.`,
      {errors: [{field: 'query.to', message: `At most ${BILLING_LIMITS.statementDays} days`}]},
    );
}

export function statementOf(
  reader: Reader,
  space: SpaceRow,
  member: MemberRow,
  period: {from: string; to: string},
): Statement {
  checkPeriod(period.from, period.to);
  const money = (amount: number): Money => ({amount, currency: space.currency});
  let balance = 0;
  let opening = 0;
  const entries: StatementEntry[] = [];
  for (const {at: _at, amount, ...row} of movements(reader, space, member)) {
    if (row.date > period.to) break;
    balance += amount;
    if (row.date < period.from) opening = balance;
    else entries.push({...row, amount: money(amount), balance: money(balance)});
  }
  return {
    from: period.from,
    to: period.to,
    openingBalance: money(opening),
    entries,
    closingBalance: money(balance),
  };
}

/** Minor units as a plain decimal (`-36.00`), which spreadsheets read as a number. */
function decimal({amount, currency}: Money): string {
  const digits = currencyDigits(currency);
  const sign = amount < 0 ? '-' : '';
  const units = String(Math.abs(amount)).padStart(digits + 1, '0');
  return digits === 0
    ? `${sign}${units}`
    : `${sign}${units.slice(0, -digits)}.${units.slice(-digits)}`;
}

/** The statement as CSV (RFC 4180), one row per entry. */
export function statementCsv(statement: Statement): string {
  const rows = statement.entries.map((entry) => [
    entry.date,
    entry.kind,
    entry.reference,
    entry.description,
    decimal(entry.amount),
    decimal(entry.balance),
    entry.amount.currency,
  ]);
  return toCsv(['date', 'kind', 'reference', 'description', 'amount', 'balance', 'currency'], rows);
}
