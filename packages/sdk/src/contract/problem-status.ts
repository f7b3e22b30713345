// No zod here: the SDK's lean core (elements) reads this table without loading the schemas.

/**
 * Every stable error `code` the API can answer with, and the one HTTP status that goes with
 * it. Clients switch on the code, never on messages; the mock server raises problems by code
 * only, `openapi.json` groups each route's codes by these statuses, and the conformance suite
 * expects exactly these statuses.
 */
export const PROBLEM_STATUS = {
  // request shape
  bad_request: 400,
  validation_failed: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  not_found: 404,
  method_not_allowed: 405,
  // auth
  unauthorized: 401,
  invalid_code: 400,
  code_expired: 400,
  too_many_attempts: 429,
  invitation_invalid: 404,
  terms_not_accepted: 403,
  forbidden: 403,
  // bookings
  slot_unavailable: 409,
  insufficient_credits: 402,
  outside_opening_hours: 422,
  duration_out_of_range: 422,
  too_far_in_advance: 422,
  too_late: 422,
  invalid_time_range: 422,
  capacity_exceeded: 422,
  recurrence_too_long: 422,
  already_cancelled: 409,
  already_started: 422,
  not_in_plan: 403,
  // products and orders
  out_of_stock: 409,
  unknown_product: 422,
  invalid_quantity: 422,
  discount_invalid: 422,
  discount_expired: 422,
  discount_not_yet_valid: 422,
  discount_exhausted: 422,
  discount_minimum_not_met: 422,
  payment_declined: 402,
  order_not_pending: 409,
  // membership
  unknown_plan: 422,
  already_member: 409,
  already_on_plan: 409,
  change_pending: 409,
  nothing_to_undo: 409,
  plan_change_forbidden: 403,
  // billing
  invoice_not_payable: 409,
  unknown_payment_method: 422,
  last_payment_method: 409,
  payment_not_pending: 409,
  invalid_tax_id: 422,
  statement_too_long: 422,
  invoice_not_creditable: 409,
  credit_exceeds_invoice: 422,
  no_payment_method: 409,
  // community
  public_listing_unavailable: 422,
  messages_closed: 403,
  replies_closed: 403,
  // help desk
  unknown_help_category: 422,
  unknown_attachment: 422,
  request_not_open: 409,
  request_not_resolved: 409,
  reopen_window_passed: 422,
  invalid_status_change: 409,
  // visitors
  visitors_members_only: 403,
  visitor_limit_reached: 422,
  visitor_in_past: 422,
  visitor_not_expected: 409,
  // deliveries
  delivery_already_collected: 409,
  // events
  registration_closed: 422,
  already_registered: 409,
  too_many_guests: 422,
  offer_not_open: 409,
  pay_with_unavailable: 422,
  /** A visitor asked for a paid ticket: tickets are paid from a member's account. */
  sign_in_to_pay: 422,
  // entries
  no_entries_left: 422,
  no_active_membership: 422,
  // idempotency and concurrency
  idempotency_key_reused: 422,
  idempotency_conflict: 409,
  rate_limited: 429,
  // server
  internal_error: 500,
  service_unavailable: 503,
  dev_routes_disabled: 404,
} as const satisfies Record<string, ProblemStatus>;

/** The statuses a problem can have. */
export type ProblemStatus =
  400 | 401 | 402 | 403 | 404 | 405 | 409 | 413 | 415 | 422 | 429 | 500 | 503;

/** Every problem code, in the table's order. */
export const PROBLEM_CODES = Object.keys(PROBLEM_STATUS) as [ProblemCode, ...ProblemCode[]];

/** A stable error code: clients switch on it, never on messages. */
export type ProblemCode = keyof typeof PROBLEM_STATUS;

/** The HTTP status that goes with a problem `code`. */
export function problemStatus(code: ProblemCode): ProblemStatus {
  return PROBLEM_STATUS[code];
}
