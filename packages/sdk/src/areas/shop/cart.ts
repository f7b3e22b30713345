import {checkDiscountCode, discountAmount} from './discount-code.js';
import type {DiscountCode} from './discount-code.js';
import type {Money} from '../../domain/money.js';
import {addMoney, multiplyMoney, subtractMoney, zeroMoney} from '../../domain/money.js';

/** What the cart needs to know of a product. */
export interface CartProduct {
  id: string;
  name: string;
  price: Money;
  /** Units left, or null when stock is not tracked. */
  stock: number | null;
}

export interface CartItem {
  productId: string;
  quantity: number;
}

export interface CartInput {
  items: readonly CartItem[];
  products: readonly CartProduct[];
  /** Units per product id still included in the member's membership this period. */
  includedRemaining: Readonly<Record<string, number>>;
  discount: DiscountCode | null;
  now: string;
  /** The space's currency; every price must be in it. */
  currency: string;
}

export interface CartLine {
  productId: string;
  name: string;
  quantity: number;
  /** Units covered by the membership, free. */
  includedQuantity: number;
  paidQuantity: number;
  unitPrice: Money;
  total: Money;
}

export type CartQuote =
  | {
      ok: true;
      lines: CartLine[];
      subtotal: Money;
      discount: {code: string; amount: Money} | null;
      total: Money;
    }
  | {
      ok: false;
      code:
        | 'invalid_quantity'
        | 'unknown_product'
        | 'out_of_stock'
        | 'discount_invalid'
        | 'discount_expired'
        | 'discount_not_yet_valid'
        | 'discount_exhausted'
        | 'discount_minimum_not_met';
      detail: string;
      /** The request field at fault, as in a problem's `errors`: `body.items.0.quantity`. */
      field?: string;
    };

/**
 * Prices a cart. Items naming the same product are merged into one line (in order of first
 * appearance; errors point at that first item). Membership-included units are used before
 * paid ones and cost nothing, but still take stock when stock is tracked: they are goods
 * handed out all the same. The discount applies to the paid subtotal, and the total never
 * goes below zero.
 * @throws {RangeError} when a product's price is not in `currency` (a setup error, not the member's).
 */
export function quoteCart(input: CartInput): CartQuote {
  const {products, includedRemaining, discount, now, currency} = input;
  const merged = new Map<string, {quantity: number; index: number}>();
  for (const [index, item] of input.items.entries()) {
    if (!Number.isInteger(item.quantity) || item.quantity < 1) {
      const detail = `The quantity must be a whole number of at least 1, not ${item.quantity}.`;
      return {ok: false, code: 'invalid_quantity', detail, field: `body.items.${index}.quantity`};
    }
    const line = merged.get(item.productId);
    if (line) line.quantity += item.quantity;
    else merged.set(item.productId, {quantity: item.quantity, index});
  }

  const lines: CartLine[] = [];
  let subtotal = zeroMoney(currency);
  for (const [productId, {quantity, index}] of merged) {
    const product = products.find((p) => p.id === productId);
    if (!product) {
      const detail = `There is no product ${productId}.`;
      return {ok: false, code: 'unknown_product', detail, field: `body.items.${index}.productId`};
    }
    if (product.price.currency !== currency) {
      throw new RangeError(
        `Failed to quote the cart: ${product.name} is priced in ${product.price.currency}, not ${currency}.`,
      );
    }
    if (product.stock !== null && quantity > product.stock) {
      const detail = `Only ${product.stock} of ${product.name} left.`;
      return {ok: false, code: 'out_of_stock', detail, field: `body.items.${index}.quantity`};
    }
    const includedQuantity = Math.min(quantity, Math.max(0, includedRemaining[productId] ?? 0));
    const paidQuantity = quantity - includedQuantity;
    const total = multiplyMoney(product.price, paidQuantity);
    lines.push({
      productId,
      name: product.name,
      quantity,
      includedQuantity,
      paidQuantity,
      unitPrice: product.price,
      total,
    });
    subtotal = addMoney(subtotal, total);
  }

  if (discount === null) return {ok: true, lines, subtotal, discount: null, total: subtotal};
  const issue = checkDiscountCode(discount, subtotal, now);
  if (issue) return {ok: false, ...issue, field: 'body.discountCode'};
  const amount = discountAmount(discount, subtotal);
  const total = subtractMoney(subtotal, amount);
  return {ok: true, lines, subtotal, discount: {code: discount.code, amount}, total};
}
