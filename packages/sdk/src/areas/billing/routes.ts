import * as z from 'zod/mini';
import {
  AddPaymentMethodRequest,
  BILLING_LIMITS,
  BillingDetails,
  BillingDetailsInput,
  Invoice,
  CreditNoteRequest,
  InvoiceStatus,
  IssueInvoiceRequest,
  PayInvoicesRequest,
  InvoicePayment,
  PaymentMethod,
  Renewal,
  RenewalUpdate,
  Statement,
  StatementQuery,
  UpcomingInvoice,
} from './schemas.js';
import {Id, PAGE_LIMIT, PageQuery, list, page} from '../../contract/primitives.js';
import type {QueryRoot} from '../../contract/query-roots.js';
import {defineRoute} from '../../contract/route.js';

/** A payment settles invoices, and a membership that was waiting for one starts. */
const PAYMENT_CHANGES = [
  'invoices',
  'membership',
  'notifications',
] as const satisfies readonly QueryRoot[];

export const listInvoices = defineRoute({
  method: 'GET',
  path: '/me/invoices',
  summary:
    "The member's invoices and credit notes, open and overdue first, then newest first; pages of at most `limit` follow `nextCursor`",
  access: 'member',
  feature: 'billing',
  query: z.object({status: z.optional(InvoiceStatus), ...PageQuery}),
  response: page(Invoice),
  status: 200,
  limits: {page: PAGE_LIMIT},
  errors: [],
});

export const getInvoice = defineRoute({
  method: 'GET',
  path: '/me/invoices/:invoiceId',
  summary: 'One invoice with its lines, tax breakdown and both parties as on the day it was issued',
  access: 'member',
  feature: 'billing',
  params: z.object({invoiceId: Id}),
  response: Invoice,
  status: 200,
  errors: [],
});

export const invoicePdf = defineRoute({
  method: 'GET',
  path: '/me/invoices/:invoiceId/pdf',
  summary: "The invoice as a PDF, in the member's language (English or French)",
  access: 'member',
  feature: 'billing',
  params: z.object({invoiceId: Id}),
  response: null,
  status: 200,
  mediaType: 'application/pdf',
  errors: [],
});

export const getUpcomingInvoice = defineRoute({
  method: 'GET',
  path: '/me/upcoming-invoice',
  summary: 'The next invoice as it stands today (null when nothing will be billed)',
  access: 'member',
  feature: 'billing',
  response: z.nullable(UpcomingInvoice),
  status: 200,
  errors: [],
});

export const getRenewal = defineRoute({
  method: 'GET',
  path: '/me/renewal',
  summary: "The membership's next renewal (day, plan, amount) and whether it is paid automatically",
  access: 'member',
  feature: 'billing',
  response: Renewal,
  status: 200,
  errors: [],
});

export const updateRenewal = defineRoute({
  method: 'PATCH',
  path: '/me/renewal',
  summary:
    'Turn auto-pay on or off: on, each renewal invoice is charged to the default payment method on its day',
  access: 'member',
  feature: 'billing',
  body: RenewalUpdate,
  response: Renewal,
  status: 200,
  invalidates: ['invoices'],
  errors: ['no_payment_method'],
});

export const payInvoices = defineRoute({
  method: 'POST',
  path: '/me/payments',
  summary:
    'Pay one or more open or overdue invoices with a saved method; may answer requires_action (strong authentication)',
  access: 'member',
  feature: 'billing',
  body: PayInvoicesRequest,
  response: InvoicePayment,
  status: 201,
  limits: {invoices: BILLING_LIMITS.invoicesPerPayment},
  invalidates: PAYMENT_CHANGES,
  idempotent: true,
  // A declined card is a payment that `failed` (201, with its reason), not an error: the
  // attempt is recorded and the invoices stay open.
  errors: ['invoice_not_payable', 'unknown_payment_method'],
});

export const confirmPayment = defineRoute({
  method: 'POST',
  path: '/me/payments/:paymentId/confirm',
  summary: "After the member's bank step: the payment's outcome (succeeded or failed)",
  access: 'member',
  feature: 'billing',
  params: z.object({paymentId: Id}),
  response: InvoicePayment,
  status: 200,
  invalidates: PAYMENT_CHANGES,
  idempotent: true,
  errors: ['payment_not_pending'],
});

export const listPaymentMethods = defineRoute({
  method: 'GET',
  path: '/me/payment-methods',
  summary: "The member's saved cards and bank accounts, the default first",
  access: 'member',
  feature: 'billing',
  response: list(PaymentMethod),
  status: 200,
  errors: [],
});

export const addPaymentMethod = defineRoute({
  method: 'POST',
  path: '/me/payment-methods',
  summary: "Save a card or bank account from the payment provider's token",
  access: 'member',
  feature: 'billing',
  body: AddPaymentMethodRequest,
  response: PaymentMethod,
  status: 201,
  invalidates: ['paymentMethods'],
  idempotent: true,
  errors: [],
});

export const setDefaultPaymentMethod = defineRoute({
  method: 'POST',
  path: '/me/payment-methods/:paymentMethodId/default',
  summary: 'Make this method the default: the membership renews on it',
  access: 'member',
  feature: 'billing',
  params: z.object({paymentMethodId: Id}),
  response: PaymentMethod,
  status: 200,
  invalidates: ['paymentMethods'],
  errors: [],
});

export const removePaymentMethod = defineRoute({
  method: 'DELETE',
  path: '/me/payment-methods/:paymentMethodId',
  summary: 'Remove a saved method (not the last one while a membership bills automatically)',
  access: 'member',
  feature: 'billing',
  params: z.object({paymentMethodId: Id}),
  response: null,
  status: 204,
  invalidates: ['paymentMethods'],
  errors: ['last_payment_method'],
});

export const getBillingDetails = defineRoute({
  method: 'GET',
  path: '/me/billing-details',
  summary:
    'The name, address, tax number and invoice email the next invoices are made out to (null until set)',
  access: 'member',
  feature: 'billing',
  response: z.nullable(BillingDetails),
  status: 200,
  errors: [],
});

export const updateBillingDetails = defineRoute({
  method: 'PATCH',
  path: '/me/billing-details',
  summary: 'Replace the billing details; issued invoices keep the details of their day',
  access: 'member',
  feature: 'billing',
  body: BillingDetailsInput,
  response: BillingDetails,
  status: 200,
  limits: {
    addressLine: BILLING_LIMITS.addressLine,
    postalCode: BILLING_LIMITS.postalCode,
    taxId: BILLING_LIMITS.taxId,
  },
  invalidates: ['billingDetails'],
  errors: ['invalid_tax_id'],
});

export const getStatement = defineRoute({
  method: 'GET',
  path: '/me/statement',
  summary: 'Every charge and payment over a period, with the balance after each',
  access: 'member',
  feature: 'billing',
  query: StatementQuery,
  response: Statement,
  status: 200,
  limits: {days: BILLING_LIMITS.statementDays},
  errors: ['statement_too_long'],
});

export const statementCsv = defineRoute({
  method: 'GET',
  path: '/me/statement.csv',
  summary: 'The statement as CSV (RFC 4180), for a spreadsheet or an accounting tool',
  access: 'member',
  feature: 'billing',
  query: StatementQuery,
  response: null,
  status: 200,
  mediaType: 'text/csv',
  errors: ['statement_too_long'],
});

export const statementPdf = defineRoute({
  method: 'GET',
  path: '/me/statement.pdf',
  summary: "The statement as a PDF, in the member's language (English or French)",
  access: 'member',
  feature: 'billing',
  query: StatementQuery,
  response: null,
  status: 200,
  mediaType: 'application/pdf',
  errors: ['statement_too_long'],
});

/** The space bills a member (its back office; here a dev route, for tests and stories). */
export const devIssueInvoice = defineRoute({
  method: 'POST',
  path: '/__dev/invoices',
  summary: "Issue an invoice to a member, open or already settled (the space's back office)",
  access: 'dev',
  feature: 'billing',
  body: IssueInvoiceRequest,
  response: Invoice,
  status: 201,
  limits: {lines: BILLING_LIMITS.linesPerInvoice},
  errors: [],
});

/** The space credits an invoice (its back office; here a dev route, for tests and stories). */
export const devIssueCreditNote = defineRoute({
  method: 'POST',
  path: '/__dev/invoices/:invoiceId/credit-notes',
  summary:
    'Issue a credit note against an invoice: whole, or the lines given; a paid invoice is refunded by as much',
  access: 'dev',
  feature: 'billing',
  params: z.object({invoiceId: Id}),
  body: CreditNoteRequest,
  response: Invoice,
  status: 201,
  limits: {lines: BILLING_LIMITS.linesPerInvoice, perInvoice: BILLING_LIMITS.creditNotesPerInvoice},
  errors: ['invoice_not_creditable', 'credit_exceeds_invoice'],
});
