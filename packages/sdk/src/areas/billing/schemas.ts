import * as z from 'zod/mini';
import {
  CalendarDay,
  Currency,
  Email,
  Id,
  Instant,
  Label,
  Money,
  Name,
  text,
} from '../../contract/primitives.js';
import {MAX_TAX_RATE} from './invoice-totals.js';
import {MAX_TAX_ID_LENGTH} from './tax-id.js';

/** What billing requests may hold: the routes declare them, forms read them there. */
export const BILLING_LIMITS = {
  /** Invoices settled by one payment ("Pay all"). */
  invoicesPerPayment: 50,
  /** The longest address line, city or region. */
  addressLine: 200,
  postalCode: 20,
  taxId: MAX_TAX_ID_LENGTH,
  /** The longest statement period, in days. */
  statementDays: 366,
  /** Lines the space may put on one invoice it issues by hand (or a credit note). */
  linesPerInvoice: 50,
  /** Credit notes against one invoice (each takes something off; 20 is plenty). */
  creditNotesPerInvoice: 20,
} as const;

/** A tax rate in basis points: `2000` is 20 %. */
export const TaxRate = z.int().check(z.minimum(0), z.maximum(MAX_TAX_RATE));

/** An ISO 3166-1 alpha-2 country code. */
export const Country = z
  .string()
  .check(z.maxLength(2), z.regex(/^[A-Z]{2}$/, 'Must be an ISO 3166-1 alpha-2 code'));

export const Address = z.object({
  line1: text(BILLING_LIMITS.addressLine),
  line2: z.nullable(text(BILLING_LIMITS.addressLine)),
  postalCode: text(BILLING_LIMITS.postalCode),
  city: text(BILLING_LIMITS.addressLine),
  region: z.nullable(text(BILLING_LIMITS.addressLine)),
  country: Country,
});
export type Address = z.infer<typeof Address>;

/** Who an invoice is from or to, as they were on the day it was issued. */
export const BillingParty = z.object({
  name: Name,
  company: z.nullable(Name),
  address: Address,
  taxId: z.nullable(text(BILLING_LIMITS.taxId)),
  email: z.nullable(Email),
});
export type BillingParty = z.infer<typeof BillingParty>;

/** The member's billing details: used for the next invoices, never to rewrite an issued one. */
export const BillingDetails = BillingParty;
export type BillingDetails = BillingParty;

/** `PATCH /me/billing-details`: the whole record; the tax number's format is checked per country. */
export const BillingDetailsInput = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
  company: z.nullable(z.string().check(z.trim(), z.maxLength(120))),
  address: z.strictObject({
    line1: z.string().check(z.trim(), z.minLength(1), z.maxLength(BILLING_LIMITS.addressLine)),
    line2: z.nullable(z.string().check(z.trim(), z.maxLength(BILLING_LIMITS.addressLine))),
    postalCode: z.string().check(z.trim(), z.minLength(1), z.maxLength(BILLING_LIMITS.postalCode)),
    city: z.string().check(z.trim(), z.minLength(1), z.maxLength(BILLING_LIMITS.addressLine)),
    region: z.nullable(z.string().check(z.trim(), z.maxLength(BILLING_LIMITS.addressLine))),
    country: Country,
  }),
  taxId: z.nullable(z.string().check(z.trim(), z.maxLength(BILLING_LIMITS.taxId))),
  email: z.nullable(Email),
});
export type BillingDetailsInput = z.input<typeof BillingDetailsInput>;

/**
 * `open` (due, not yet late), `overdue` (past its due day, unpaid), `paid`, `void` (cancelled
 * before payment), `refunded` (credit notes cancel it in full) and `credit_note` (the document
 * is itself a credit note). Drafts are never shown to members.
 */
export const InvoiceStatus = z.enum(['open', 'overdue', 'paid', 'void', 'refunded', 'credit_note']);
export type InvoiceStatus = z.infer<typeof InvoiceStatus>;

/** What a line bills for, so an element can link to it. */
export const InvoiceLineSource = z.object({
  kind: z.enum(['membership', 'order', 'booking', 'event', 'adjustment']),
  id: Id,
});

export const InvoiceLine = z.object({
  description: Label,
  quantity: z.int(),
  unitPrice: Money,
  taxRate: TaxRate,
  /** `quantity × unitPrice`. */
  amount: Money,
  source: z.nullable(InvoiceLineSource),
});
export type InvoiceLine = z.infer<typeof InvoiceLine>;

export const TaxLine = z.object({rate: TaxRate, base: Money, amount: Money});
export type TaxLine = z.infer<typeof TaxLine>;

export const TaxMode = z.enum(['exclusive', 'inclusive']);

/** What an issued and an upcoming invoice both carry: lines and totals from `invoiceTotals`. */
const InvoiceAmounts = {
  currency: Currency,
  taxMode: TaxMode,
  lines: z.array(InvoiceLine),
  subtotal: Money,
  taxes: z.array(TaxLine),
  total: Money,
};

/** Another document an invoice names: a credit note's original, or a credit note against it. */
export const InvoiceReference = z.object({
  id: Id,
  number: text(40),
  issuedOn: CalendarDay,
  /** The referenced document's total (negative for a credit note). */
  total: Money,
});
export type InvoiceReference = z.infer<typeof InvoiceReference>;

/**
 * An invoice, or a credit note (`creditNoteFor` set, status `credit_note`): its lines and totals
 * are negative, and it lowers what its invoice asks (`amountCredited`), or is refunded to the
 * member when that invoice was paid (then `paidAt` is when, and `amountPaid` what).
 */
export const Invoice = z.object({
  id: Id,
  /** The space's prefix and a gap-free sequence, e.g. `HBR-000042`. */
  number: text(40),
  status: InvoiceStatus,
  issuedOn: CalendarDay,
  dueOn: CalendarDay,
  paidAt: z.nullable(Instant),
  ...InvoiceAmounts,
  amountPaid: Money,
  /** What credit notes took off this invoice (positive; zero on a credit note). */
  amountCredited: Money,
  /** `total − amountPaid − amountCredited` while it is open or overdue; else zero. */
  amountDue: Money,
  seller: BillingParty,
  buyer: BillingParty,
  /** For a credit note: the invoice it credits. */
  creditNoteFor: z.nullable(InvoiceReference),
  /** The credit notes issued against this invoice, oldest first. */
  credits: z.array(InvoiceReference).check(z.maxLength(BILLING_LIMITS.creditNotesPerInvoice)),
});
export type Invoice = z.infer<typeof Invoice>;

/**
 * The next invoice as it stands today: the membership's next period and what is added to it
 * (orders waiting for payment, tickets paid `invoice`). The renewal invoice bills exactly this.
 */
export const UpcomingInvoice = z.object({
  issuedOn: CalendarDay,
  ...InvoiceAmounts,
});
export type UpcomingInvoice = z.infer<typeof UpcomingInvoice>;

/**
 * How the membership renews: its next renewal (the day its next period starts, the plan and
 * the price of a period), and auto-pay. On that day the space issues the upcoming invoice; with
 * auto-pay on, it is charged to the default payment method at once, else it waits to be paid.
 */
export const Renewal = z.object({
  /** Null when the membership does not renew (none, pending, or ending). */
  next: z.nullable(z.object({on: CalendarDay, plan: Name, amount: Money})),
  autoPay: z.boolean(),
});
export type Renewal = z.infer<typeof Renewal>;

/** `PATCH /me/renewal`: turn auto-pay on or off (on needs a saved payment method). */
export const RenewalUpdate = z.strictObject({autoPay: z.boolean()});
export type RenewalUpdate = z.input<typeof RenewalUpdate>;

export const PaymentMethodType = z.enum(['card', 'sepa_debit']);

export const PaymentMethod = z.object({
  id: Id,
  type: PaymentMethodType,
  /** `visa`, `mastercard`…; null for a bank account. */
  brand: z.nullable(text(20)),
  last4: text(4),
  expMonth: z.nullable(z.int().check(z.minimum(1), z.maximum(12))),
  expYear: z.nullable(z.int()),
  isDefault: z.boolean(),
  createdAt: Instant,
});
export type PaymentMethod = z.infer<typeof PaymentMethod>;

/**
 * `POST /me/payment-methods`: the token the payment provider's own form returned (card numbers
 * never reach this API). The mock knows Stripe's test tokens: `pm_card_visa`,
 * `pm_card_mastercard`, `pm_card_authenticationRequired`, `pm_card_chargeDeclined`,
 * `pm_card_chargeDeclinedInsufficientFunds`, `pm_card_chargeDeclinedExpiredCard`, `pm_sepa_debit`.
 */
export const AddPaymentMethodRequest = z.strictObject({
  token: z.string().check(z.minLength(1), z.maxLength(100)),
  makeDefault: z.optional(z.boolean()),
});
export type AddPaymentMethodRequest = z.input<typeof AddPaymentMethodRequest>;

/** Why a payment did not go through. */
export const PaymentFailure = z.enum([
  'card_declined',
  'insufficient_funds',
  'expired_card',
  'authentication_failed',
]);
export type PaymentFailure = z.infer<typeof PaymentFailure>;

/**
 * Where the member completes strong authentication: the provider's https page, or the mock
 * server's own page, wherever it runs (http on a test host too). Never `javascript:` or `data:`.
 */
const ActionUrl = z.url({protocol: /^https?$/}).check(z.maxLength(2048));

/**
 * A payment of one or more invoices. `requires_action`: the member's bank asks for strong
 * authentication (3-D Secure, a SEPA mandate); the member completes it at `nextAction.url`
 * (the payment provider's page, the mock's own page in development), then the element confirms.
 */
export const InvoicePayment = z.object({
  id: Id,
  status: z.enum(['succeeded', 'requires_action', 'failed']),
  amount: Money,
  invoiceIds: z.array(Id),
  paymentMethodId: Id,
  failure: z.nullable(PaymentFailure),
  nextAction: z.nullable(z.object({type: z.literal('authenticate'), url: ActionUrl})),
  createdAt: Instant,
});
export type InvoicePayment = z.infer<typeof InvoicePayment>;

/**
 * `POST /__dev/invoices`: what the space bills a member for, priced in the space's currency
 * (`unitPrice` in minor units, `taxRate` in basis points, the space's by default). `paid`: settled outside the
 * portal (a bank transfer) on the day.
 */
export const IssueInvoiceRequest = z.strictObject({
  member: Email,
  lines: z
    .array(
      z.strictObject({
        description: Label.check(z.minLength(1)),
        quantity: z.int().check(z.minimum(1), z.maximum(10_000)),
        unitPrice: z.int().check(z.minimum(-100_000_000), z.maximum(100_000_000)),
        /** The space's rate unless given. */
        taxRate: z.optional(TaxRate),
      }),
    )
    .check(z.minLength(1), z.maxLength(BILLING_LIMITS.linesPerInvoice)),
  paid: z.optional(z.boolean()),
});
export type IssueInvoiceRequest = z.input<typeof IssueInvoiceRequest>;

/**
 * `POST /__dev/invoices/:invoiceId/credit-notes`: what the space credits, in positive amounts
 * (`unitPrice` in minor units; `taxRate` in basis points, the invoice's only rate by default);
 * without `lines`, the whole invoice, line for line.
 */
export const CreditNoteRequest = z.strictObject({
  lines: z.optional(
    z
      .array(
        z.strictObject({
          description: Label.check(z.minLength(1)),
          quantity: z.int().check(z.minimum(1), z.maximum(10_000)),
          unitPrice: z.int().check(z.minimum(1), z.maximum(100_000_000)),
          taxRate: z.optional(TaxRate),
        }),
      )
      .check(z.minLength(1), z.maxLength(BILLING_LIMITS.linesPerInvoice)),
  ),
});
export type CreditNoteRequest = z.input<typeof CreditNoteRequest>;

/** `POST /me/payments`: pay these invoices (one, or all that are due) with a saved method. */
export const PayInvoicesRequest = z.strictObject({
  invoiceIds: z.array(Id).check(z.minLength(1), z.maxLength(BILLING_LIMITS.invoicesPerPayment)),
  paymentMethodId: Id,
});
export type PayInvoicesRequest = z.input<typeof PayInvoicesRequest>;

/**
 * One row of a statement: an invoice (a charge), a credit note (negative), a payment, or a
 * refund (money the space gave back, for a credit note against a paid invoice).
 */
export const StatementEntry = z.object({
  date: CalendarDay,
  kind: z.enum(['invoice', 'credit_note', 'payment', 'refund']),
  reference: text(40),
  description: Label,
  /** What the member owes more (an invoice or a refund, positive) or less (a payment or credit note, negative). */
  amount: Money,
  /** What the member owes after this row. */
  balance: Money,
});
export type StatementEntry = z.infer<typeof StatementEntry>;

export const Statement = z.object({
  from: CalendarDay,
  to: CalendarDay,
  openingBalance: Money,
  entries: z.array(StatementEntry),
  closingBalance: Money,
});
export type Statement = z.infer<typeof Statement>;

export const StatementQuery = z.object({from: CalendarDay, to: CalendarDay});
