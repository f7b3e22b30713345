/**
 * Issuing invoices: the lines priced once with the domain's `invoiceTotals`, a gap-free number,
 * and both parties copied as they are today, so nothing later rewrites an issued invoice.
 */
import type {
  BillingParty,
  InvoiceLine,
  InvoiceReference,
  IssueInvoiceRequest,
  Money,
} from '@portico/sdk/contract';
import type {TaxMode} from '@portico/sdk/domain';
import {addDays, invoiceTotals} from '@portico/sdk/domain';
import type {Transaction} from '../../state/db.js';
import {nextId} from '../../state/ids.js';
import type {Reader} from '../../state/lookups.js';
import {instant, memberNamed, newestFirst, ofMember, ownRow, today} from '../../state/lookups.js';
import {orderNumber} from '../../state/order-number.js';
import type {
  BillingDetailsRow,
  InvoiceRow,
  MemberRow,
  OrderRow,
  SpaceRow,
} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {toBillingDetails} from '../../state/views.js';
import {nextInvoiceNumber} from './invoice-number.js';
import {billingSettings} from './settings.js';

/** A line to bill; its tax rate is the space's unless given. */
export type LineInput = Omit<InvoiceLine, 'amount' | 'taxRate'> & {taxRate?: number};

/** What an order bills: its paid units, and its discount as a negative line. */
export function orderInvoiceLines(order: OrderRow): LineInput[] {
  const source = {kind: 'order', id: order.id} as const;
  const lines: LineInput[] = order.lines
    .filter((line) => line.paidQuantity > 0)
    .map((line) => ({
      description: line.name,
      quantity: line.paidQuantity,
      unitPrice: line.unitPrice,
      source,
    }));
  if (order.discount)
    lines.push({
      description: `Order ${orderNumber(order.id)}: code ${order.discount.code}`,
      quantity: 1,
      unitPrice: {...order.discount.amount, amount: -order.discount.amount.amount},
      source,
    });
  return lines;
}

/** The member's billing details, or null until they set them. */
export function billingDetailsOf(reader: Reader, member: MemberRow): BillingDetailsRow | null {
  const row = reader.get<BillingDetailsRow>(TABLES.billingDetails, member.id);
  return row && row.spaceId === member.spaceId ? row : null;
}

/** Who an invoice goes to: the billing details, else the profile's name with no address. */
function buyerOf(reader: Reader, member: MemberRow, country: string): BillingParty {
  const details = billingDetailsOf(reader, member);
  if (details) return toBillingDetails(details);
  return {
    name: member.name,
    company: member.company,
    address: {line1: '', line2: null, postalCode: '', city: '', region: null, country},
    taxId: null,
    email: member.email,
  };
}

/** The lines with their amounts and rates, and the totals the domain computes from them. */
export function priceLines(
  reader: Reader,
  space: SpaceRow,
  lines: readonly LineInput[],
  taxMode?: TaxMode,
) {
  const settings = billingSettings(reader, space);
  const rated = lines.map((line) => ({...line, taxRate: line.taxRate ?? settings.taxRate}));
  const totals = invoiceTotals(rated, space.currency, taxMode ?? settings.taxMode);
  const priced: InvoiceLine[] = rated.map((line, i) => ({
    ...line,
    amount: totals.lineAmounts[i] ?? {amount: 0, currency: space.currency},
  }));
  return {settings, lines: priced, ...totals};
}

/** What sets a document apart from an open invoice the space's settings price. */
export interface IssueOptions {
  /** Paid on the spot (an order paid by card), or refunded (a credit note of a paid invoice). */
  paidAt?: string | null;
  /** A credit note: its invoice, whose tax mode and parties it keeps. */
  creditNoteFor?: InvoiceRow;
}

/**
 * Issues an invoice (or a credit note) for `lines` today, with the next number of the space's
 * one gap-free sequence: open until paid, or paid at `paidAt`. Returns the stored row.
 */
export function issueInvoice(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  lines: readonly LineInput[],
  now: number,
  {paidAt = null, creditNoteFor}: IssueOptions = {},
): InvoiceRow {
  const {
    settings,
    lines: priced,
    subtotal,
    taxes,
    total,
  } = priceLines(tx, space, lines, creditNoteFor?.taxMode);
  const {sequence, number} = nextInvoiceNumber(tx, space.id, settings.prefix);
  const issuedOn = today(space, now);
  const zero: Money = {amount: 0, currency: space.currency};
  return tx.put<InvoiceRow>(TABLES.invoices, {
    id: nextId(tx, 'inv'),
    spaceId: space.id,
    memberId: member.id,
    sequence,
    number,
    status: creditNoteFor ? 'credit_note' : paidAt ? 'paid' : 'open',
    issuedOn,
    // Nothing is due on a credit note.
    dueOn: creditNoteFor ? issuedOn : addDays(issuedOn, settings.paymentTermsDays),
    issuedAt: instant(space, now),
    paidAt,
    currency: space.currency,
    taxMode: creditNoteFor?.taxMode ?? settings.taxMode,
    lines: priced,
    subtotal,
    taxes: taxes.map(({rate, base, amount}) => ({rate, base, amount})),
    total,
    amountPaid: paidAt ? total : zero,
    amountCredited: zero,
    seller: creditNoteFor?.seller ?? settings.seller,
    buyer: creditNoteFor?.buyer ?? buyerOf(tx, member, settings.seller.address.country),
    creditNoteFor: creditNoteFor ? referenceTo(creditNoteFor) : null,
    credits: [],
    paidBy: null,
  });
}

/** How one document names another: its id, number, day and total. */
export const referenceTo = ({id, number, issuedOn, total}: InvoiceRow): InvoiceReference => ({
  id,
  number,
  issuedOn,
  total,
});

/** The space bills a member by hand (its back office): open, or settled outside the portal. */
export function issueByHand(
  tx: Transaction,
  space: SpaceRow,
  input: IssueInvoiceRequest,
  now: number,
): InvoiceRow {
  const member = memberNamed(tx, space, input.member);
  const lines = input.lines.map(({unitPrice, ...line}): LineInput => ({
    ...line,
    unitPrice: {amount: unitPrice, currency: space.currency},
    source: null,
  }));
  return issueInvoice(tx, space, member, lines, now, {
    paidAt: input.paid ? instant(space, now) : null,
  });
}

/** One of the member's invoices, or 404 (another member's answers exactly like none). */
export const ownInvoice = (reader: Reader, member: MemberRow, invoiceId: string) =>
  ownRow<InvoiceRow>(reader, TABLES.invoices, invoiceId, member, 'invoice');

/** What the member still owes on an invoice: open or overdue. */
export const isPayable = (invoice: InvoiceRow) => invoice.status === 'open';

/** The member's invoices: open and overdue first (soonest due first), then newest first. */
export function memberInvoices(reader: Reader, member: MemberRow): InvoiceRow[] {
  const rows = newestFirst(ofMember<InvoiceRow>(reader, TABLES.invoices, member), 'issuedAt');
  const unpaid = rows.filter(isPayable).sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const rest = rows.filter((row) => !isPayable(row));
  return [...unpaid, ...rest];
}
