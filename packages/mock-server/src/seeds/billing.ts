/**
 * Seeds a space's billing: its settings, members' billing details and saved cards, and
 * invoices numbered in order (the space's counter ends at the last one), each priced with
 * the domain's `invoiceTotals` like the ones the server issues.
 */
import type {BillingParty} from '@portico/sdk/contract';
import {addDays, invoiceTotals} from '@portico/sdk/domain';
import {formatInvoiceNumber} from '../areas/billing/invoice-number.js';
import type {LineInput} from '../areas/billing/invoices.js';
import {TEST_CARDS} from '../areas/billing/test-cards.js';
import type {
  AutoPayRow,
  BillingDetailsRow,
  BillingSettingsRow,
  InvoiceRow,
  InvoiceSequenceRow,
  MemberRow,
  PaymentAttemptRow,
  PaymentMethodRow,
} from '../state/rows.js';
import {TABLES} from '../state/rows.js';
import type {SpaceSeed} from './builder.js';

export interface SeedInvoice {
  /** Days before today it was issued, at 08:00. */
  issued: number;
  lines: LineInput[];
  /** Paid with this saved method, this many days before today (at 08:05); else open. */
  paid?: {method: PaymentMethodRow; daysAgo: number};
}

export class BillingSeed {
  readonly s: SpaceSeed;
  readonly settings: BillingSettingsRow;
  #sequence = 0;

  constructor(s: SpaceSeed, settings: Omit<BillingSettingsRow, 'id' | 'spaceId'>) {
    this.s = s;
    this.settings = s.b.add<BillingSettingsRow>(TABLES.billingSettings, {
      id: s.space.id,
      spaceId: s.space.id,
      ...settings,
    });
  }

  /** Saves the member's billing details; returns them, for the invoices made out to them. */
  details(member: MemberRow, party: BillingParty): BillingParty {
    this.s.b.add<BillingDetailsRow>(TABLES.billingDetails, {
      id: member.id,
      spaceId: member.spaceId,
      memberId: member.id,
      ...party,
    });
    return party;
  }

  /** The member opted in to auto-pay: renewals are charged to their default method. */
  autoPay(member: MemberRow): void {
    const {id, spaceId} = member;
    this.s.b.add<AutoPayRow>(TABLES.autoPay, {id, spaceId, memberId: id, on: true});
  }

  card(member: MemberRow, token: string, savedDaysAgo: number, isDefault: boolean) {
    const card = TEST_CARDS[token];
    if (!card) throw new Error(`[Portico] Failed to seed: no test card ${token}.`);
    const year = Number(this.s.today.slice(0, 4));
    return this.s.b.add<PaymentMethodRow>(TABLES.paymentMethods, {
      id: this.s.b.id('pm'),
      spaceId: member.spaceId,
      memberId: member.id,
      token,
      type: card.type,
      brand: card.brand,
      last4: card.last4,
      expMonth: card.type === 'card' ? 8 : null,
      expYear: card.type === 'card' ? year + 2 : null,
      isDefault,
      createdAt: this.s.at(-savedDaysAgo, '09:30'),
    });
  }

  /** Seeded invoices are issued in the order of these calls: call them oldest first. */
  invoice(member: MemberRow, buyer: BillingParty, seed: SeedInvoice): InvoiceRow {
    const {s, settings} = this;
    const {currency} = s.space;
    const rated = seed.lines.map((line) => ({...line, taxRate: line.taxRate ?? settings.taxRate}));
    const totals = invoiceTotals(rated, currency, settings.taxMode);
    const sequence = ++this.#sequence;
    s.b.replace<InvoiceSequenceRow>(TABLES.invoiceSequences, {
      id: s.space.id,
      spaceId: s.space.id,
      last: sequence,
    });
    const id = s.b.id('inv');
    const paidAt = seed.paid ? s.at(-seed.paid.daysAgo, '08:05') : null;
    const paidBy = seed.paid ? this.#payment(member, id, totals.total, seed.paid) : null;
    return s.b.add<InvoiceRow>(TABLES.invoices, {
      id,
      spaceId: s.space.id,
      memberId: member.id,
      sequence,
      number: formatInvoiceNumber(settings.prefix, sequence),
      status: paidAt ? 'paid' : 'open',
      issuedOn: s.day(-seed.issued),
      dueOn: addDays(s.day(-seed.issued), settings.paymentTermsDays),
      issuedAt: s.at(-seed.issued, '08:00'),
      paidAt,
      currency,
      taxMode: settings.taxMode,
      lines: rated.map((line, i) => ({...line, amount: totals.lineAmounts[i] ?? line.unitPrice})),
      subtotal: totals.subtotal,
      taxes: totals.taxes,
      total: totals.total,
      amountPaid: paidAt ? totals.total : {amount: 0, currency},
      amountCredited: {amount: 0, currency},
      seller: settings.seller,
      buyer,
      creditNoteFor: null,
      credits: [],
      paidBy,
    });
  }

  #payment(
    member: MemberRow,
    invoiceId: string,
    amount: InvoiceRow['total'],
    paid: NonNullable<SeedInvoice['paid']>,
  ): string {
    return this.s.b.add<PaymentAttemptRow>(TABLES.paymentAttempts, {
      id: this.s.b.id('pay'),
      spaceId: member.spaceId,
      memberId: member.id,
      status: 'succeeded',
      amount,
      invoiceIds: [invoiceId],
      paymentMethodId: paid.method.id,
      failure: null,
      actionUrl: null,
      authentication: null,
      createdAt: this.s.at(-paid.daysAgo, '08:05'),
    }).id;
  }
}
