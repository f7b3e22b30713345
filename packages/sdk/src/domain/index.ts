export {bookingCredits, bookingPrice} from '../areas/bookings/booking-cost.js';
export type {BookingRules} from '../areas/bookings/booking-rules.js';
export {overlapsBusy, validateBookingWindow} from '../areas/bookings/booking-validation.js';
export type {BookingWindowInput, BookingWindowIssue} from '../areas/bookings/booking-validation.js';
export {
  SEAT_HOLDING,
  eventRoomBusy,
  registrationOutcome,
  seatsLeft,
  ticketCost,
  waitlistOffers,
} from '../areas/events/event-rules.js';
export type {EventSeats} from '../areas/events/event-rules.js';
export {planIncludes} from '../areas/membership/plan-rules.js';
export {quoteCart} from '../areas/shop/cart.js';
export type {CartInput, CartItem, CartLine, CartProduct, CartQuote} from '../areas/shop/cart.js';
export {availableCredits, spendCredits} from '../areas/credits/credit-buckets.js';
export type {
  CreditBucket,
  CreditDebit,
  SpendCreditsResult,
} from '../areas/credits/credit-buckets.js';
export {checkDiscountCode, discountAmount} from '../areas/shop/discount-code.js';
export type {DiscountCode, DiscountIssue} from '../areas/shop/discount-code.js';
export {FEATURE_PARENTS, offers} from '../areas/space/features.js';
export {NO_BIDI_CONTROLS, stripBidiControls} from './bidi.js';
export {MAX_URL_LENGTH, isHttpsUrl} from './https-url.js';
export {
  durationMinutes,
  formatInterval,
  mergeIntervals,
  parseInterval,
  subtractIntervals,
} from './intervals.js';
export type {EpochInterval, Interval} from './intervals.js';
export {
  addMoney,
  currencyDigits,
  formatMoney,
  multiplyMoney,
  subtractMoney,
  zeroMoney,
} from './money.js';
export type {Money} from './money.js';
export {isClosedOn, openIntervalsOn, resourceHours} from './opening-hours.js';
export {DAY_MS, HOUR_MS, MINUTE_MS} from './calendar-math.js';
export type {ClosedDay, OpeningSpan, WeeklyHours} from './opening-hours.js';
export {
  OTP_FAILURE_WINDOW_MS,
  OTP_LENGTH,
  OTP_LOCK_MS,
  OTP_MAX_FAILURES,
  OTP_TTL_MS,
  isOtpExpired,
  otpLockState,
} from '../areas/auth/otp.js';
export type {OtpLockState} from '../areas/auth/otp.js';
export {bookingIcs, calendarIcs, escapeText} from './ics.js';
export type {IcsBooking, IcsCalendarInput, IcsInput} from './ics.js';
export {
  cancellationEndsOn,
  periodEnd,
  planChangeDay,
} from '../areas/membership/membership-period.js';
export type {CancellationInput as MembershipCancellationInput} from '../areas/membership/membership-period.js';
export {MAX_OCCURRENCES, expandRecurrence} from '../areas/bookings/recurrence.js';
export type {
  Recurrence,
  RecurrenceExpansion,
  RecurrenceInput,
} from '../areas/bookings/recurrence.js';
export {cancellationRefund, freeCancellationUntil} from '../areas/bookings/refund.js';
export type {
  CancellationInput,
  CancellationPolicy,
  CancellationRefund,
} from '../areas/bookings/refund.js';
export {
  bookableRanges,
  computeSlots,
  freeIntervals,
  slotsWithin,
} from '../areas/resources/slots.js';
export type {AvailabilityInput, AvailabilityWindow, SlotQuery} from '../areas/resources/slots.js';
export {
  WEEKDAYS,
  addDays,
  calendarDayOf,
  daysBetween,
  formatInstant,
  instantToZonedParts,
  isRepeatedWallTime,
  parseInstant,
  wallTimeOf,
  weekdayOf,
  zonedDateTimeToInstant,
} from './zoned-time.js';
export type {Weekday, ZonedParts} from './zoned-time.js';
export {MAX_TAX_RATE, divideHalfEven, invoiceTotals} from '../areas/billing/invoice-totals.js';
export type {
  InvoiceLineInput,
  InvoiceTotals,
  TaxAmount,
  TaxMode,
  TaxRate,
} from '../areas/billing/invoice-totals.js';
export {creditNoteProblem, creditableByRate} from '../areas/billing/credit-notes.js';
export type {CreditNoteProblem, CreditedDocument} from '../areas/billing/credit-notes.js';
export {MAX_TAX_ID_LENGTH, checkTaxId, normalizeTaxId} from '../areas/billing/tax-id.js';
export type {TaxIdCheck} from '../areas/billing/tax-id.js';
