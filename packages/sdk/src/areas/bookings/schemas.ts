import * as z from 'zod/mini';
import {CalendarDay, Credits, Id, Instant, Money, Name, text} from '../../contract/primitives.js';
import {Interval} from '../resources/availability.js';
import {CreditUse} from '../credits/schemas.js';

/** What a booking request may hold: the route declares them, the calendar's form reads them. */
export const BOOKING_LIMITS = {
  /** The longest note. */
  note: 500,
  /** Occurrences of a recurring booking (a year of weeks). */
  occurrences: 52,
  /** Every how many days or weeks a booking may repeat. */
  interval: 4,
} as const;

/** Repeat a booking daily or weekly, a number of times or until a day (inclusive). */
export const Recurrence = z
  .strictObject({
    frequency: z.enum(['daily', 'weekly']),
    interval: z.optional(z.int().check(z.minimum(1), z.maximum(BOOKING_LIMITS.interval))),
    count: z.optional(z.int().check(z.minimum(1), z.maximum(BOOKING_LIMITS.occurrences))),
    until: z.optional(CalendarDay),
  })
  .check(
    z.refine((r) => (r.count === undefined) !== (r.until === undefined), {
      message: 'Give exactly one of count or until',
      path: ['count'],
    }),
  );
export type Recurrence = z.infer<typeof Recurrence>;

/** What the member wrote on a booking. */
const BookingNote = text(BOOKING_LIMITS.note);

/** The body of `POST /bookings` and `POST /bookings/quote`. */
export const BookingRequest = z.strictObject({
  resourceId: Id,
  ...Interval.shape,
  recurrence: z.optional(Recurrence),
  note: z.optional(BookingNote),
});
export type BookingRequest = z.infer<typeof BookingRequest>;

/** What a booking costs: credits, or money for resources paid by money. */
export const BookingCost = z.object({
  credits: Credits,
  money: z.nullable(Money),
});
export type BookingCost = z.infer<typeof BookingCost>;

export const BookingStatus = z.enum(['confirmed', 'pending_approval', 'cancelled']);
export type BookingStatus = z.infer<typeof BookingStatus>;

/** What cancelling gives back: a share (`percent`) of the booking's cost, in its own terms. */
export const Refund = z.object({percent: z.int(), ...BookingCost.shape});
export type Refund = z.infer<typeof Refund>;

export const Booking = z.object({
  id: Id,
  resourceId: Id,
  resourceName: Name,
  ...Interval.shape,
  status: BookingStatus,
  note: z.nullable(BookingNote),
  cost: BookingCost,
  /** Shared by every occurrence of a recurring booking. */
  seriesId: z.nullable(Id),
  createdAt: Instant,
  cancelledAt: z.nullable(Instant),
  refund: z.nullable(Refund),
  /** Until when cancelling refunds everything. */
  freeCancellationUntil: Instant,
});
export type Booking = z.infer<typeof Booking>;

/** `POST /bookings` answers every occurrence it created (one unless recurring). */
export const BookingCreated = z.object({
  bookings: z.array(Booking),
  cost: BookingCost,
  creditsRemaining: Credits,
});
export type BookingCreated = z.infer<typeof BookingCreated>;

export const BookingQuote = z.object({
  occurrences: z.array(Interval),
  cost: BookingCost,
  creditsAvailable: Credits,
  /**
   * The buckets the booking would spend, soonest to expire first, summing to `cost.credits`;
   * empty when it costs no credits or the credits fall short.
   */
  creditsUsed: z.array(CreditUse),
  /** False when credits fall short; booking would answer 402. */
  affordable: z.boolean(),
  freeCancellationUntil: Instant,
  lateRefundPercent: z.int(),
  requiresApproval: z.boolean(),
});
export type BookingQuote = z.infer<typeof BookingQuote>;

export const BookingCancelled = z.object({booking: Booking, refund: Refund});
export type BookingCancelled = z.infer<typeof BookingCancelled>;
