/**
 * Paying invoices with a saved method. The test token decides: it succeeds, is declined (the
 * attempt is logged with its reason and nothing else changes), or needs strong authentication
 * (`requires_action` until the member approves or fails it on the bank's page, then
 * `confirmPayment` settles it).
 */
import type {PayInvoicesRequest} from '@portico/sdk/contract';
import {devAuthenticatePayment, routePath} from '@portico/sdk/contract';
import {formatMoney} from '@portico/sdk/domain';
import {problem} from '../../problem.js';
import type {Transaction} from '../../state/db.js';
import {nextId} from '../../state/ids.js';
import type {Reader} from '../../state/lookups.js';
import {instant} from '../../state/lookups.js';
import type {
  InvoiceRow,
  MemberRow,
  PaymentAttemptRow,
  PaymentMethodRow,
  SpaceRow,
} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {amountDueOf} from '../../state/views.js';
import {notify} from '../shared/notify.js';
import {fulfil} from '../shop/orders.js';
import {billedOrders} from './billed-items.js';
import {isPayable, ownInvoice} from './invoices.js';
import {testCard} from './test-cards.js';

/** A method of the member's, or 422 naming the field (an unknown id is the member's mistake). */
function usableMethod(tx: Transaction, member: MemberRow, id: string): PaymentMethodRow {
  const method = tx.get<PaymentMethodRow>(TABLES.paymentMethods, id);
  if (!method || method.memberId !== member.id || method.spaceId !== member.spaceId)
    throw problem('unknown_payment_method', `There is no payment method ${id}.`, {
      errors: [{field: 'body.paymentMethodId', message: 'Not one of your payment methods'}],
    });
  return method;
}

/** The invoices to pay, each the member's and still open or overdue. */
function payableInvoices(tx: Transaction, member: MemberRow, ids: readonly string[]) {
  return [...new Set(ids)].map((id) => {
    const invoice = ownInvoice(tx, member, id);
    if (!isPayable(invoice))
      throw problem('invoice_not_payable', `Invoice ${invoice.number} is ${invoice.status}.`);
    return invoice;
  });
}

/** Marks the invoices paid (and the orders they billed) and tells the member. */
function settle(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  invoices: readonly InvoiceRow[],
  attempt: PaymentAttemptRow,
  now: number,
): PaymentAttemptRow {
  const paidAt = instant(space, now);
  for (const invoice of invoices)
    tx.put<InvoiceRow>(TABLES.invoices, {
      ...invoice,
      status: 'paid',
      amountPaid: {...invoice.total, amount: amountDueOf(invoice) + invoice.amountPaid.amount},
      paidAt,
      paidBy: attempt.id,
    });
  for (const order of invoices.flatMap((invoice) => billedOrders(tx, invoice)))
    fulfil(tx, space, member, order, now);
  const numbers = invoices.map((invoice) => invoice.number).join(', ');
  const amount = formatMoney(attempt.amount, member.locale);
  notify(tx, space, member, now, {
    kind: 'invoice.paid',
    params: {numbers, total: attempt.amount.amount, currency: attempt.amount.currency},
    title: 'Payment received',
    body: `${numbers}: ${amount} paid. Thank you!`,
  });
  return tx.put<PaymentAttemptRow>(TABLES.paymentAttempts, {
    ...attempt,
    status: 'succeeded',
    failure: null,
  });
}

/** A payment of `invoices` with `method`, before its outcome: it waits for the bank. */
function newAttempt(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  invoices: readonly InvoiceRow[],
  method: PaymentMethodRow,
  now: number,
): PaymentAttemptRow {
  return {
    id: nextId(tx, 'pay'),
    spaceId: space.id,
    memberId: member.id,
    status: 'requires_action',
    amount: {
      amount: invoices.reduce((sum, i) => sum + amountDueOf(i), 0),
      currency: space.currency,
    },
    invoiceIds: invoices.map((invoice) => invoice.id),
    paymentMethodId: method.id,
    failure: null,
    actionUrl: null,
    authentication: null,
    createdAt: instant(space, now),
  };
}

/**
 * Charges an invoice without the member (a renewal on auto-pay). A card that asks for the
 * bank's step cannot pass without them: like a declined one, the attempt fails and the invoice
 * stays open for the member to pay.
 */
export function chargeOffSession(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  invoice: InvoiceRow,
  method: PaymentMethodRow,
  now: number,
): PaymentAttemptRow {
  const attempt = newAttempt(tx, space, member, [invoice], method, now);
  const outcome = testCard(method.token)?.outcome ?? 'succeeds';
  if (outcome === 'succeeds') return settle(tx, space, member, [invoice], attempt, now);
  const failure = outcome === 'requires_action' ? 'authentication_failed' : outcome;
  return tx.put<PaymentAttemptRow>(TABLES.paymentAttempts, {...attempt, status: 'failed', failure});
}

/**
 * Pays `body.invoiceIds` with a saved method. `origin` is the server's, for the address of
 * the bank's page when the card needs strong authentication.
 */
export function payInvoices(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  body: PayInvoicesRequest,
  now: number,
  origin: string,
): PaymentAttemptRow {
  const method = usableMethod(tx, member, body.paymentMethodId);
  const invoices = payableInvoices(tx, member, body.invoiceIds);
  const attempt = newAttempt(tx, space, member, invoices, method, now);
  const id = attempt.id;
  const outcome = testCard(method.token)?.outcome ?? 'succeeds';
  if (outcome === 'succeeds') return settle(tx, space, member, invoices, attempt, now);
  if (outcome === 'requires_action') {
    const page = routePath(devAuthenticatePayment, space.slug, {paymentId: id});
    return tx.put<PaymentAttemptRow>(TABLES.paymentAttempts, {
      ...attempt,
      actionUrl: new URL(page, origin).href,
      authentication: 'pending',
    });
  }
  return tx.put<PaymentAttemptRow>(TABLES.paymentAttempts, {
    ...attempt,
    status: 'failed',
    failure: outcome,
  });
}

/** A payment that waits for strong authentication: 404 if not `belongs`, 409 if not waiting. */
function pendingAttempt(
  reader: Reader,
  paymentId: string,
  belongs: (row: PaymentAttemptRow) => boolean,
): PaymentAttemptRow {
  const attempt = reader.get<PaymentAttemptRow>(TABLES.paymentAttempts, paymentId);
  if (!attempt || !belongs(attempt))
    throw problem('not_found', `There is no payment ${paymentId}.`);
  if (attempt.status !== 'requires_action')
    throw problem('payment_not_pending', `Payment ${paymentId} is ${attempt.status}.`);
  return attempt;
}

/** A payment of the space that waits for the member on the bank's page (dev routes). */
export const pendingPaymentInSpace = (reader: Reader, space: SpaceRow, paymentId: string) =>
  pendingAttempt(reader, paymentId, (row) => row.spaceId === space.id);

/** The bank's page: the member approved or failed the authentication (dev route). */
export function authenticatePayment(
  tx: Transaction,
  space: SpaceRow,
  paymentId: string,
  approve: boolean,
): PaymentAttemptRow {
  const attempt = pendingPaymentInSpace(tx, space, paymentId);
  return tx.put<PaymentAttemptRow>(TABLES.paymentAttempts, {
    ...attempt,
    authentication: approve ? 'approved' : 'declined',
  });
}

/**
 * After the bank's page: approved, the invoices are paid (if they still are payable); failed,
 * the payment fails with `authentication_failed` and they stay open. Not decided yet: the
 * payment is answered as it is, still `requires_action`.
 */
export function confirmPayment(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  paymentId: string,
  now: number,
): PaymentAttemptRow {
  const attempt = pendingAttempt(
    tx,
    paymentId,
    (row) => row.memberId === member.id && row.spaceId === member.spaceId,
  );
  if (attempt.authentication === 'pending') return attempt;
  if (attempt.authentication === 'approved') {
    const invoices = payableInvoices(tx, member, attempt.invoiceIds);
    return settle(tx, space, member, invoices, attempt, now);
  }
  return tx.put<PaymentAttemptRow>(TABLES.paymentAttempts, {
    ...attempt,
    status: 'failed',
    failure: 'authentication_failed',
  });
}
