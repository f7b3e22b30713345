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
import {PAGE_LIMIT, PageQuery, list, page} from '../../contract/primitives.js';
import type {QueryRoot} from '../../contract/query-roots.js';
import {routesWith} from '../../contract/route.js';

const route = routesWith({access: 'member', feature: 'billing'});

/** A payment settles invoices, and a membership that was waiting for one starts. */
const PAYMENT_CHANGES = [
  'invoices',
  'membership',
  'notifications',
] as const satisfies readonly QueryRoot[];

export const listInvoices = route({
  method: 'GET',
  path: '/me/invoices',
  summary:
    "The member's invoices and credit notes, open and overdue first, then newest first; pages of at most `limit` follow `nextCursor`",
  query: z.object({status: z.optional(InvoiceStatus), ...PageQuery}),
  response: page(Invoice),
  limits: {page: PAGE_LIMIT},
});

export const getInvoice = route({
  method: 'GET',
  path: '/me/invoices/:invoiceId',
  summary: 'One invoice with its lines, tax breakdown and both parties as on the day it was issued',
  response: Invoice,
});

export const invoicePdf = route({
  method: 'GET',
  path: '/me/invoices/:invoiceId/pdf',
  summary: "The invoice as a PDF, in the member's language (English or French)",
  response: null,
  mediaType: 'application/pdf',
});

export const getUpcomingInvoice = route({
  method: 'GET',
  path: '/me/upcoming-invoice',
  summary: 'The next invoice as it stands today (null when nothing will be billed)',
  response: z.nullable(UpcomingInvoice),
});

export const getRenewal = route({
  method: 'GET',
  path: '/me/renewal',
  summary: "The membership's next renewal (day, plan, amount) and whether it is paid automatically",
  response: Renewal,
});

export const updateRenewal = route({
  method: 'PATCH',
  path: '/me/renewal',
  summary:
    'Turn auto-pay on or off: on, each renewal invoice is charged to the default payment method on its day',
  body: RenewalUpdate,
  response: Renewal,
  invalidates: ['invoices'],
  errors: ['no_payment_method'],
});

export const payInvoices = route({
  method: 'POST',
  path: '/me/payments',
  summary:
    'Pay one or more open or overdue invoices with a saved method; may answer requires_action (strong authentication)',
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

export const confirmPayment = route({
  method: 'POST',
  path: '/me/payments/:paymentId/confirm',
  summary: "After the member's bank step: the payment's outcome (succeeded or failed)",
  response: InvoicePayment,
  invalidates: PAYMENT_CHANGES,
  idempotent: true,
  errors: ['payment_not_pending'],
});

export const listPaymentMethods = route({
  method: 'GET',
  path: '/me/payment-methods',
  summary: "The member's saved cards and bank accounts, the default first",
  response: list(PaymentMethod),
});

export const addPaymentMethod = route({
  method: 'POST',
  path: '/me/payment-methods',
  summary: "Save a card or bank account from the payment provider's token",
  body: AddPaymentMethodRequest,
  response: PaymentMethod,
  status: 201,
  invalidates: ['paymentMethods'],
  idempotent: true,
});

export const setDefaultPaymentMethod = route({
  method: 'POST',
  path: '/me/payment-methods/:paymentMethodId/default',
  summary: 'Make this method the default: the membership renews on it',
  response: PaymentMethod,
  invalidates: ['paymentMethods'],
});

export const removePaymentMethod = route({
  method: 'DELETE',
  path: '/me/payment-methods/:paymentMethodId',
  summary: 'Remove a saved method (not the last one while a membership bills automatically)',
  response: null,
  status: 204,
  invalidates: ['paymentMethods'],
  errors: ['last_payment_method'],
});

export const getBillingDetails = route({
  method: 'GET',
  path: '/me/billing-details',
  summary:
    'The name, address, tax number and invoice email the next invoices are made out to (null until set)',
  response: z.nullable(BillingDetails),
});

export const updateBillingDetails = route({
  method: 'PATCH',
  path: '/me/billing-details',
  summary: 'Replace the billing details; issued invoices keep the details of their day',
  body: BillingDetailsInput,
  response: BillingDetails,
  limits: {
    addressLine: BILLING_LIMITS.addressLine,
    postalCode: BILLING_LIMITS.postalCode,
    taxId: BILLING_LIMITS.taxId,
  },
  invalidates: ['billingDetails'],
  errors: ['invalid_tax_id'],
});

export const getStatement = route({
  method: 'GET',
  path: '/me/statement',
  summary: 'Every charge and payment over a period, with the balance after each',
  query: StatementQuery,
  response: Statement,
  limits: {days: BILLING_LIMITS.statementDays},
  errors: ['statement_too_long'],
});

export const statementCsv = route({
  method: 'GET',
  path: '/me/statement.csv',
  summary: 'The statement as CSV (RFC 4180), for a spreadsheet or an accounting tool',
  query: StatementQuery,
  response: null,
  mediaType: 'text/csv',
  errors: ['statement_too_long'],
});

export const statementPdf = route({
  method: 'GET',
  path: '/me/statement.pdf',
  summary: "The statement as a PDF, in the member's language (English or French)",
  query: StatementQuery,
  response: null,
  mediaType: 'application/pdf',
  errors: ['statement_too_long'],
});

/** The space bills a member (its back office; here a dev route, for tests and stories). */
export const devIssueInvoice = route({
  method: 'POST',
  path: '/__dev/invoices',
  summary: "Issue an invoice to a member, open or already settled (the space's back office)",
  access: 'dev',
  body: IssueInvoiceRequest,
  response: Invoice,
  status: 201,
  limits: {lines: BILLING_LIMITS.linesPerInvoice},
});

/** The space credits an invoice (its back office; here a dev route, for tests and stories). */
export const devIssueCreditNote = route({
  method: 'POST',
  path: '/__dev/invoices/:invoiceId/credit-notes',
  summary:
    'Issue a credit note against an invoice: whole, or the lines given; a paid invoice is refunded by as much',
  access: 'dev',
  body: CreditNoteRequest,
  response: Invoice,
  status: 201,
  limits: {lines: BILLING_LIMITS.linesPerInvoice, perInvoice: BILLING_LIMITS.creditNotesPerInvoice},
  errors: ['invoice_not_creditable', 'credit_exceeds_invoice'],
});
