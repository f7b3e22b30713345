import * as z from 'zod/mini';
import {
  BOOKING_LIMITS,
  Booking,
  BookingCancelled,
  BookingCreated,
  BookingQuote,
  BookingRequest,
  BookingStatus,
} from './schemas.js';
import {Instant, PageQuery, page} from '../../contract/primitives.js';
import type {QueryRoot} from '../../contract/query-roots.js';
import {memberRoute} from '../../contract/route.js';

/** What booking or cancelling changes: the slot, the list, credits (and usage), a notice. */
const BOOKING_CHANGES = [
  'availability',
  'bookings',
  'credits',
  'membership',
  'notifications',
] as const satisfies readonly QueryRoot[];

/** What a booking request can break, whether it is quoted or made. */
const BOOKING_RULE_ERRORS = [
  'slot_unavailable',
  'outside_opening_hours',
  'duration_out_of_range',
  'too_far_in_advance',
  'too_late',
  'invalid_time_range',
  'recurrence_too_long',
  'not_in_plan',
] as const;

export const listBookings = memberRoute({
  method: 'GET',
  path: '/me/bookings',
  summary: "The member's bookings, soonest first",
  query: z.object({
    from: z.optional(Instant),
    to: z.optional(Instant),
    status: z.optional(BookingStatus),
    ...PageQuery,
  }),
  response: page(Booking),
});

export const quoteBooking = memberRoute({
  method: 'POST',
  path: '/bookings/quote',
  summary: 'What a booking would cost and its cancellation terms; no side effect',
  body: BookingRequest,
  response: BookingQuote,
  limits: BOOKING_LIMITS,
  safe: true,
  errors: BOOKING_RULE_ERRORS,
});

export const createBooking = memberRoute({
  method: 'POST',
  path: '/bookings',
  summary: 'Book a resource (all occurrences of a recurring booking, or none)',
  body: BookingRequest,
  response: BookingCreated,
  status: 201,
  limits: BOOKING_LIMITS,
  invalidates: BOOKING_CHANGES,
  idempotent: true,
  errors: [...BOOKING_RULE_ERRORS, 'insufficient_credits', 'terms_not_accepted'],
});

export const cancelBooking = memberRoute({
  method: 'DELETE',
  path: '/bookings/:bookingId',
  summary: 'Cancel a booking; refunds follow the cancellation policy',
  response: BookingCancelled,
  invalidates: BOOKING_CHANGES,
  errors: ['already_cancelled', 'already_started'],
});
