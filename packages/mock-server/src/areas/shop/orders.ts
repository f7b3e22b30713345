/**
 * Orders: pricing a cart (membership-included units first, then discount codes), placing an
 * order (stock and code uses reserved at once), paying it with a test card and fulfilling it
 * (credit packs become credits, a joined plan starts), cancelling a pending one.
 */
import type {Order, OrderRequest} from '@portico/sdk/contract';
import {formatMoney, quoteCart} from '@portico/sdk/domain';
import {invalidField, problem} from '../../problem.js';
import type {Transaction} from '../../state/db.js';
import {nextId} from '../../state/ids.js';
import {writeLedgerEntry} from '../../state/ledger.js';
import {orderNumber} from '../../state/order-number.js';
import type {Reader} from '../../state/lookups.js';
import {
  activeMembership,
  inSpace,
  instant,
  ofMember,
  ownRow,
  planOf,
  today,
} from '../../state/lookups.js';
import type {
  CreditBucketRow,
  DiscountCodeRow,
  MemberRow,
  MembershipRow,
  OrderRow,
  PaymentRow,
  ProductRow,
  SpaceRow,
} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {toOrder} from '../../state/views.js';
import {issueInvoice, orderInvoiceLines} from '../billing/invoices.js';
import {expireCredits} from '../credits/expiry.js';
import {startMembership} from '../membership/memberships.js';
import {requireTerms} from '../shared/guards.js';
import {notify} from '../shared/notify.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The test payment method that always fails (Stripe's name for it). */
const DECLINED_METHOD = 'pm_card_declined';
const TEST_METHOD = /^pm_card_[a-z0-9_]+$/;

/** Units of each product the member's membership still includes this period. */
export function includedRemaining(
  reader: Reader,
  member: MemberRow,
  space: SpaceRow,
  now: number,
): {membershipId: string | null; remaining: Record<string, number>} {
  const membership = activeMembership(reader, member, today(space, now));
  if (!membership) return {membershipId: null, remaining: {}};
  const remaining: Record<string, number> = {};
  for (const benefit of planOf(reader, membership.planId).benefits.products)
    remaining[benefit.productId] = benefit.quantity;
  for (const order of ofMember<OrderRow>(reader, TABLES.orders, member)) {
    if (order.membershipId !== membership.id || order.status === 'cancelled') continue;
    for (const line of order.lines) {
      if (remaining[line.productId] !== undefined)
        remaining[line.productId] = Math.max(
          0,
          (remaining[line.productId] ?? 0) - line.includedQuantity,
        );
    }
  }
  return {membershipId: membership.id, remaining};
}

/** Prices a cart with the domain's rules, or throws the problem it found. */
export function priceCart(
  reader: Reader,
  member: MemberRow,
  space: SpaceRow,
  body: OrderRequest,
  now: number,
) {
  const products = inSpace<ProductRow>(reader, TABLES.products, space.id);
  let discount: DiscountCodeRow | null = null;
  if (body.discountCode !== undefined) {
    const wanted = body.discountCode.toUpperCase();
    discount =
      inSpace<DiscountCodeRow>(reader, TABLES.discountCodes, space.id).find(
        (d) => d.code.toUpperCase() === wanted,
      ) ?? null;
    if (!discount) {
      throw problem('discount_invalid', `There is no discount code ${body.discountCode}.`, {
        errors: [{field: 'body.discountCode', message: 'Unknown code'}],
      });
    }
  }
  const included = includedRemaining(reader, member, space, now);
  const result = quoteCart({
    items: body.items,
    products,
    includedRemaining: included.remaining,
    discount,
    now: instant(space, now),
    currency: space.currency,
  });
  if (!result.ok) {
    const errors = result.field ? [{field: result.field, message: result.detail}] : undefined;
    throw problem(result.code, result.detail, errors ? {errors} : {});
  }
  return {quote: result, discount, membershipId: included.membershipId, products};
}

/**
 * Marks an order paid: a payment and its invoice (unless a renewal invoice billed it, and
 * paying that is the payment), credits for every credit pack, a notification.
 */
export function fulfil(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  order: OrderRow,
  now: number,
): OrderRow {
  const nowIso = instant(space, now);
  // Credits may move (a pack, a membership's grant): what expired goes first, so the ledger
  // stays in time order.
  expireCredits(tx, member, now);
  const paid = tx.put<OrderRow>(TABLES.orders, {...order, status: 'paid', paidAt: nowIso});
  // The order of a plan joined: paying it starts the membership.
  const joined = order.paysMembershipId
    ? tx.get<MembershipRow>(TABLES.memberships, order.paysMembershipId)
    : undefined;
  if (joined?.status === 'pending')
    startMembership(tx, space, member, joined, today(space, now), now);
  if (order.total.amount > 0 && !order.invoice) {
    tx.put<PaymentRow>(TABLES.payments, {
      id: nextId(tx, 'pay'),
      spaceId: space.id,
      memberId: member.id,
      membershipId: joined?.id ?? null,
      orderId: order.id,
      bookingId: null,
      amount: order.total,
      status: 'paid',
      description: joined
        ? (order.lines[0]?.name ?? `Order ${orderNumber(order.id)}`)
        : `Order ${orderNumber(order.id)}`,
      createdAt: nowIso,
      paidAt: nowIso,
    });
    // Paid on the spot: its invoice is issued paid, in this transaction (a gap-free number).
    issueInvoice(tx, space, member, orderInvoiceLines(order), now, {paidAt: nowIso});
  }
  for (const line of order.lines) {
    const product = tx.get<ProductRow>(TABLES.products, line.productId);
    if (product?.kind !== 'credit_pack' || !product.credits) continue;
    const amount = product.credits * line.quantity;
    tx.put<CreditBucketRow>(TABLES.creditBuckets, {
      id: nextId(tx, 'cb'),
      spaceId: space.id,
      memberId: member.id,
      amount,
      source: 'purchase',
      grantedAt: nowIso,
      expiresAt:
        product.creditsValidDays === null
          ? null
          : instant(space, now + product.creditsValidDays * DAY_MS),
    });
    writeLedgerEntry(tx, member, {
      at: nowIso,
      delta: amount,
      reason: 'purchase',
      description: `${line.quantity} × ${product.name}`,
      bookingId: null,
      orderId: order.id,
      booking: null,
      order: {number: orderNumber(order.id)},
    });
  }
  const amount = formatMoney(order.total, member.locale);
  const number = orderNumber(order.id);
  notify(tx, space, member, now, {
    kind: 'order.paid',
    params: {orderNumber: number, total: order.total},
    title: 'Payment received',
    body: `Order ${number} is paid (${amount}). Thank you!`,
  });
  return paid;
}

/** 400 unless `method` is one of the mock's test methods. */
export function checkPaymentMethod(method: string): void {
  if (!TEST_METHOD.test(method)) {
    throw invalidField(
      'body.paymentMethod',
      'Use a test method: pm_card_visa (succeeds) or pm_card_declined (is declined)',
    );
  }
}

/**
 * Pays a pending order with a test method. Declined: a 402 that rolls the transaction back,
 * so the order stays pending and can be paid again.
 */
export function chargeOrder(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  order: OrderRow,
  method: string,
  now: number,
): OrderRow {
  if (method === DECLINED_METHOD)
    throw problem(
      'payment_declined',
      'The card was declined. The order is still pending: try another card.',
    );
  return fulfil(tx, space, member, order, now);
}

/**
 * Places an order. Stock is reserved here, inside the same transaction as the stock check:
 * two members racing for the last unit get one 201 and one 409 out_of_stock. A code's use is
 * counted the same way. Nothing to pay (every unit included, or a 100% code): paid at once.
 */
export function placeOrder(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  body: OrderRequest,
  now: number,
): Order {
  requireTerms(member, space);
  const {quote: result, discount, membershipId, products} = priceCart(tx, member, space, body, now);
  for (const line of result.lines) {
    const product = products.find((p) => p.id === line.productId);
    if (product && product.stock !== null)
      tx.put<ProductRow>(TABLES.products, {...product, stock: product.stock - line.quantity});
  }
  if (discount)
    tx.put<DiscountCodeRow>(TABLES.discountCodes, {...discount, uses: discount.uses + 1});
  const order = tx.put<OrderRow>(TABLES.orders, {
    id: nextId(tx, 'ord'),
    spaceId: space.id,
    memberId: member.id,
    status: 'pending_payment',
    lines: result.lines,
    subtotal: result.subtotal,
    discount: result.discount,
    discountCodeId: discount?.id ?? null,
    total: result.total,
    membershipId,
    paysMembershipId: null,
    createdAt: instant(space, now),
    paidAt: null,
    cancelledAt: null,
  });
  return toOrder(order.total.amount === 0 ? fulfil(tx, space, member, order, now) : order);
}

/** One of the member's own orders that waits for payment: 404 if not theirs, 409 if not pending. */
export function ownPendingOrder(
  tx: Transaction,
  member: MemberRow,
  orderId: string,
  action: 'paid' | 'cancelled',
): OrderRow {
  const order = ownRow<OrderRow>(tx, TABLES.orders, orderId, member, 'order');
  if (order.invoice && order.status === 'pending_payment')
    throw problem(
      'order_not_pending',
      `Order ${orderNumber(order.id)} is billed on invoice ${order.invoice.number}: pay the invoice.`,
    );
  if (order.status !== 'pending_payment')
    throw problem(
      'order_not_pending',
      `Order ${order.id} is ${order.status.replace('_', ' ')}; only pending orders can be ${action}.`,
    );
  return order;
}

/**
 * Cancels a pending order: its stock and its code's use are given back, and the membership
 * of a plan joined, which waited for it, is dropped.
 */
export function cancelPendingOrder(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  orderId: string,
  now: number,
): Order {
  const order = ownPendingOrder(tx, member, orderId, 'cancelled');
  for (const line of order.lines) {
    const product = tx.get<ProductRow>(TABLES.products, line.productId);
    if (product && product.stock !== null)
      tx.put<ProductRow>(TABLES.products, {...product, stock: product.stock + line.quantity});
  }
  const discount = order.discountCodeId
    ? tx.get<DiscountCodeRow>(TABLES.discountCodes, order.discountCodeId)
    : undefined;
  if (discount)
    tx.put<DiscountCodeRow>(TABLES.discountCodes, {
      ...discount,
      uses: Math.max(0, discount.uses - 1),
    });
  const joined = order.paysMembershipId
    ? tx.get<MembershipRow>(TABLES.memberships, order.paysMembershipId)
    : undefined;
  if (joined?.status === 'pending')
    tx.put<MembershipRow>(TABLES.memberships, {...joined, status: 'cancelled', orderId: null});
  return toOrder(
    tx.put<OrderRow>(TABLES.orders, {
      ...order,
      status: 'cancelled',
      cancelledAt: instant(space, now),
    }),
  );
}
