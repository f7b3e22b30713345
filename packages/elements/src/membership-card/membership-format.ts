import type {
  BillingPeriod,
  Membership,
  MembershipStatus,
  Payment,
  Plan,
  Product,
} from '@portico/sdk';
import {formatMoney} from '@portico/sdk/domain';
import {formatDay, msg} from '../i18n/index.js';

/** Each status its own colour; the badge always carries the status as text too. */
export const STATUS_BADGE: Record<MembershipStatus, string> = {
  pending: 'badge--info',
  active: 'badge--success',
  inactive: 'badge--neutral',
  expired: 'badge--warning',
  cancelled: 'badge--error',
};

export const PAYMENT_BADGE: Record<Payment['status'], string> = {
  paid: 'badge--success',
  pending: 'badge--info',
  failed: 'badge--error',
  refunded: 'badge--neutral',
};

/**
 * A calendar day `YYYY-MM-DD` (already in the space's zone) as `18 Nov`, with the year when it
 * is not this year. Read at noon UTC, so no zone can move it to another day.
 */
export function formatCalendarDate(locale: string, day: string): string {
  return formatDay(locale, `${day}T12:00:00Z`, 'UTC');
}

/** `€250.00 / month`. */
export function formatPrice(locale: string, price: Plan['price'], period: BillingPeriod): string {
  return msg(locale, `membership.price.${period}`, {amount: formatMoney(price, locale)});
}

/** What a plan includes each period, as short phrases: `20 credits`, `2 × Coffee card`. */
export function benefitsOf(locale: string, plan: Plan, products: readonly Product[]): string[] {
  const {credits, entries, products: included} = plan.benefits;
  const phrases: string[] = [];
  if (entries) phrases.push(msg(locale, 'membership.benefitEntries', {count: entries}));
  if (credits > 0) phrases.push(msg(locale, 'membership.benefitCredits', {count: credits}));
  for (const {productId, quantity} of included) {
    // A product that is no longer sold keeps its id as its name rather than vanishing.
    const name = products.find((product) => product.id === productId)?.name ?? productId;
    phrases.push(msg(locale, 'membership.benefitProduct', {quantity, name}));
  }
  return phrases;
}

/** `18 Nov to 17 Dec`, or `from 18 Nov, no end date`. */
export function validity(locale: string, membership: Membership): string {
  const from = formatCalendarDate(locale, membership.validFrom);
  if (membership.validUntil === null) return msg(locale, 'membership.validOpen', {from});
  const until = formatCalendarDate(locale, membership.validUntil);
  return msg(locale, 'membership.validRange', {from, until});
}
