import * as z from 'zod/mini';
import {InvoicePayment} from '../billing/schemas.js';
import {Booking} from '../bookings/schemas.js';
import {
  ClockRequest,
  ClockState,
  LatencyRequest,
  LatencyState,
  Mailbox,
  ResetRequest,
  ResetState,
} from './schemas.js';
import {Email} from '../../contract/primitives.js';
import {Membership} from '../membership/schemas.js';
import {devRoute} from '../../contract/route.js';

export const devMailbox = devRoute({
  method: 'GET',
  path: '/__dev/mailbox',
  summary: 'Mails and codes the mock server "sent"',
  query: z.object({email: Email}),
  response: Mailbox,
});

export const devSetClock = devRoute({
  method: 'POST',
  path: '/__dev/clock',
  summary: "Set the mock server's clock",
  body: ClockRequest,
  response: ClockState,
});

export const devSetLatency = devRoute({
  method: 'POST',
  path: '/__dev/latency',
  summary:
    'Delay every answer by this many milliseconds (0 to stop), e.g. to send a request while another is in flight',
  body: LatencyRequest,
  response: LatencyState,
});

export const devReset = devRoute({
  method: 'POST',
  path: '/__dev/reset',
  summary: 'Reset the state to a scenario',
  body: ResetRequest,
  response: ResetState,
});

/** The operator confirms a booking that waits for approval; the member is notified. */
export const devApproveBooking = devRoute({
  method: 'POST',
  path: '/__dev/bookings/:bookingId/approve',
  summary: 'Approve a booking waiting for approval (status `pending_approval` → `confirmed`)',
  response: Booking,
  errors: ['already_cancelled'],
});

/**
 * The operator approves a membership waiting for approval: a free plan starts at once, a
 * paid one then waits for its first payment (an order to pay). The member is notified.
 */
export const devApproveMembership = devRoute({
  method: 'POST',
  path: '/__dev/memberships/:membershipId/approve',
  summary: 'Approve a membership waiting for approval (free: active; paid: awaiting payment)',
  response: Membership,
});

/** The operator declines a booking: cancelled with a full refund; the member is notified. */
export const devDeclineBooking = devRoute({
  method: 'POST',
  path: '/__dev/bookings/:bookingId/decline',
  summary: 'Decline a booking: cancelled with a full refund',
  response: Booking,
  errors: ['already_cancelled'],
});

/**
 * The bank's strong-authentication page of a payment that `requires_action` (what
 * `nextAction.url` points to in development): Approve or Fail, as the member chooses.
 */
export const devPaymentAuthenticationPage = devRoute({
  method: 'GET',
  path: '/__dev/payments/:paymentId/authentication',
  summary: "The mock bank's 3-D Secure page: Approve or Fail the payment",
  response: null,
  mediaType: 'text/html',
  errors: ['payment_not_pending'],
});

/**
 * What the member chose on the bank's page; `confirmPayment` then answers the outcome. The
 * choice is in the query, so the page's two plain forms send it (its CSP runs no script).
 */
export const devAuthenticatePayment = devRoute({
  method: 'POST',
  path: '/__dev/payments/:paymentId/authentication',
  summary: 'Approve or fail the strong authentication of a payment that requires action',
  query: z.object({approve: z.enum(['true', 'false'])}),
  response: InvoicePayment,
  errors: ['payment_not_pending'],
});
