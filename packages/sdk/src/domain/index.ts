// `@portico/sdk/domain`: the rules an app may run before asking the server. A module whose every
// export is public is re-exported whole; the others name what they share.
export * from '../areas/bookings/booking-cost.js';
export type {BookingRules} from '../areas/bookings/booking-rules.js';
export * from '../areas/bookings/booking-validation.js';
export * from '../areas/events/event-rules.js';
export * from '../areas/membership/plan-rules.js';
export * from '../areas/shop/cart.js';
export * from '../areas/credits/credit-buckets.js';
export * from '../areas/shop/discount-code.js';
export * from '../areas/space/features.js';
export * from './bidi.js';
export * from './https-url.js';
export * from './intervals.js';
export * from './money.js';
export * from './opening-hours.js';
export {DAY_MS, HOUR_MS, MINUTE_MS} from './calendar-math.js';
export * from '../areas/auth/otp.js';
export * from './ics.js';
export {
  cancellationEndsOn,
  periodEnd,
  planChangeDay,
} from '../areas/membership/membership-period.js';
export type {CancellationInput as MembershipCancellationInput} from '../areas/membership/membership-period.js';
export * from '../areas/bookings/recurrence.js';
export * from '../areas/bookings/refund.js';
export * from '../areas/resources/slots.js';
export * from './zoned-time.js';
export * from '../areas/billing/invoice-totals.js';
export * from '../areas/billing/credit-notes.js';
export * from '../areas/billing/tax-id.js';
