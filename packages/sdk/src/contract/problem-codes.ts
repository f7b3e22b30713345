// Kept apart from the schemas so that code reading a problem's `code` does not load zod.

/** Every stable error `code` the API can answer with; clients switch on these, never on messages. */
export const PROBLEM_CODES = [
  // request shape
  'bad_request',
  'validation_failed',
  'payload_too_large',
  'unsupported_media_type',
  'not_found',
  'method_not_allowed',
  // auth
  'unauthorized',
  'invalid_code',
  'code_expired',
  'too_many_attempts',
  'invitation_invalid',
  'terms_not_accepted',
  'forbidden',
  // bookings
  'slot_unavailable',
  'insufficient_credits',
  'outside_opening_hours',
  'duration_out_of_range',
  'too_far_in_advance',
  'too_late',
  'invalid_time_range',
  'capacity_exceeded',
  'recurrence_too_long',
  'already_cancelled',
  'already_started',
  // products and orders
  'out_of_stock',
  'unknown_product',
  'invalid_quantity',
  'discount_invalid',
  'discount_expired',
  'discount_not_yet_valid',
  'discount_exhausted',
  'discount_minimum_not_met',
  'payment_declined',
  'order_not_pending',
  // entries
  'no_entries_left',
  'no_active_membership',
  // idempotency and concurrency
  'idempotency_key_reused',
  'idempotency_conflict',
  'rate_limited',
  // server
  'internal_error',
  'service_unavailable',
  'dev_routes_disabled',
] as const;
