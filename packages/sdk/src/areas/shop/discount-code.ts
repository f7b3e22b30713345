import type {Money} from '../../domain/money.js';
import {parseInstant} from '../../domain/zoned-time.js';

/** A discount code as the space defines it. */
export interface DiscountCode {
  code: string;
  kind: 'percent' | 'fixed';
  /** A whole percent 1–100, or minor units of the cart's currency. */
  value: number;
  /** First instant the code works, or null. */
  validFrom: string | null;
  /** Last instant the code works (inclusive), or null. */
  validUntil: string | null;
  /** How many orders may use it, or null for no limit. */
  maxUses: number | null;
  uses: number;
  minimumSubtotal: Money | null;
}

export interface DiscountIssue {
  code:
    | 'discount_invalid'
    | 'discount_not_yet_valid'
    | 'discount_expired'
    | 'discount_exhausted'
    | 'discount_minimum_not_met';
  detail: string;
}

/**
 * Why `discount` cannot apply to a cart with this `subtotal` at `now`, or null when it can.
 * Checked in this order: a malformed value (`discount_invalid`), the validity window, the
 * usage limit, then the minimum subtotal.
 * @throws {RangeError} when the minimum subtotal is in another currency than the cart.
 */
export function checkDiscountCode(
  discount: DiscountCode,
  subtotal: Money,
  now: string,
): DiscountIssue | null {
  const {code, kind, value, validFrom, validUntil, maxUses, uses, minimumSubtotal} = discount;
  const at = parseInstant(now);
  const wellFormed =
    Number.isInteger(value) && (kind === 'percent' ? value >= 1 && value <= 100 : value >= 1);
  if (!wellFormed) {
    return {code: 'discount_invalid', detail: `The code ${code} cannot be applied.`};
  }
  if (validFrom !== null && at < parseInstant(validFrom)) {
    return {code: 'discount_not_yet_valid', detail: `The code ${code} is not valid yet.`};
  }
  if (validUntil !== null && at > parseInstant(validUntil)) {
    return {code: 'discount_expired', detail: `The code ${code} has expired.`};
  }
  if (maxUses !== null && uses >= maxUses) {
    return {code: 'discount_exhausted', detail: `The code ${code} has been used up.`};
  }
  if (minimumSubtotal !== null) {
    if (minimumSubtotal.currency !== subtotal.currency) {
      throw new RangeError(
        `Failed to check the code ${code}: its minimum is in ${minimumSubtotal.currency}, the cart in ${subtotal.currency}.`,
      );
    }
    if (subtotal.amount < minimumSubtotal.amount) {
      const detail = `The code ${code} needs a subtotal of at least ${minimumSubtotal.amount} minor units.`;
      return {code: 'discount_minimum_not_met', detail};
    }
  }
  return null;
}

/**
 * What `discount` takes off `subtotal`: a percentage rounded half up to the minor unit, or a
 * fixed amount capped at the subtotal, so the total never goes below zero.
 */
export function discountAmount(discount: DiscountCode, subtotal: Money): Money {
  const amount =
    discount.kind === 'percent'
      ? Math.floor((subtotal.amount * discount.value + 50) / 100)
      : Math.min(discount.value, subtotal.amount);
  return {amount: Math.max(0, amount), currency: subtotal.currency};
}
