import * as z from 'zod/mini';
import {Id, Instant, Money, Name, noBidiControls, text} from '../../contract/primitives.js';

/** What an order may hold: the route declares them, elements and forms read them there. */
export const ORDER_LIMITS = {
  /** Units of one product in one order. */
  quantity: 99,
  /** Different products in one order. */
  lines: 50,
  /** The longest discount code. */
  discountCode: 40,
} as const;

export const OrderItemInput = z.strictObject({
  productId: Id,
  quantity: z.int().check(z.minimum(1), z.maximum(ORDER_LIMITS.quantity)),
});
export type OrderItemInput = z.infer<typeof OrderItemInput>;

/** The body of `POST /orders` and `POST /orders/quote`. */
export const OrderRequest = z.strictObject({
  items: z.array(OrderItemInput).check(z.minLength(1), z.maxLength(ORDER_LIMITS.lines)),
  discountCode: z.optional(
    z
      .string()
      .check(z.trim(), z.minLength(1), z.maxLength(ORDER_LIMITS.discountCode), noBidiControls),
  ),
});
export type OrderRequest = z.infer<typeof OrderRequest>;

export const OrderLine = z.object({
  productId: Id,
  name: Name,
  quantity: z.int(),
  /** Units covered by the membership (free). */
  includedQuantity: z.int(),
  paidQuantity: z.int(),
  unitPrice: Money,
  total: Money,
});
export type OrderLine = z.infer<typeof OrderLine>;

export const AppliedDiscount = z.object({code: text(ORDER_LIMITS.discountCode), amount: Money});

export const OrderQuote = z.object({
  lines: z.array(OrderLine),
  subtotal: Money,
  discount: z.nullable(AppliedDiscount),
  total: Money,
});
export type OrderQuote = z.infer<typeof OrderQuote>;

export const OrderStatus = z.enum(['pending_payment', 'paid', 'cancelled']);
export type OrderStatus = z.infer<typeof OrderStatus>;

/** An order is the quote of its cart, kept with an id, a status and its dates. */
export const Order = z.object({
  id: Id,
  status: OrderStatus,
  ...OrderQuote.shape,
  createdAt: Instant,
  paidAt: z.nullable(Instant),
  cancelledAt: z.nullable(Instant),
  /**
   * The invoice that bills it: a renewal sweeps the orders still waiting for payment onto its
   * invoice, and paying that invoice pays them (the order alone can no longer be paid or
   * cancelled). Null otherwise.
   */
  invoice: z.nullable(z.object({id: Id, number: text(40)})),
});
export type Order = z.infer<typeof Order>;

/**
 * Paying an order. The mock accepts the test method `pm_card_visa` and declines
 * `pm_card_declined` (Stripe's test names), so both paths can be shown.
 */
export const PayRequest = z.strictObject({
  paymentMethod: z.string().check(z.minLength(1), z.maxLength(100)),
});
export type PayRequest = z.infer<typeof PayRequest>;
