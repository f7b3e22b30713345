import * as z from 'zod/mini';
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
import {Email, Id} from '../../contract/primitives.js';
import {Membership} from '../membership/schemas.js';
import {defineRoute} from '../../contract/route.js';

export const devMailbox = defineRoute({
  method: 'GET',
  path: '/__dev/mailbox',
  summary: 'Mails and codes the mock server "sent"',
  access: 'dev',
  query: z.object({email: Email}),
  response: Mailbox,
  status: 200,
  errors: [],
});

export const devSetClock = defineRoute({
  method: 'POST',
  path: '/__dev/clock',
  summary: "Set the mock server's clock",
  access: 'dev',
  body: ClockRequest,
  response: ClockState,
  status: 200,
  errors: [],
});

export const devSetLatency = defineRoute({
  method: 'POST',
  path: '/__dev/latency',
  summary:
    'Delay every answer by this many milliseconds (0 to stop), e.g. to send a request while another is in flight',
  access: 'dev',
  body: LatencyRequest,
  response: LatencyState,
  status: 200,
  errors: [],
});

export const devReset = defineRoute({
  method: 'POST',
  path: '/__dev/reset',
  summary: 'Reset the state to a scenario',
  access: 'dev',
  body: ResetRequest,
  response: ResetState,
  status: 200,
  errors: [],
});

/** The operator confirms a booking that waits for approval; the member is notified. */
export const devApproveBooking = defineRoute({
  method: 'POST',
  path: '/__dev/bookings/:bookingId/approve',
  summary: 'Approve a booking waiting for approval (status `pending_approval` → `confirmed`)',
  access: 'dev',
  params: z.object({bookingId: Id}),
  response: Booking,
  status: 200,
  errors: ['already_cancelled'],
});

/**
 * The operator approves a membership waiting for approval: a free plan starts at once, a
 * paid one then waits for its first payment (an order to pay). The member is notified.
 */
export const devApproveMembership = defineRoute({
  method: 'POST',
  path: '/__dev/memberships/:membershipId/approve',
  summary: 'Approve a membership waiting for approval (free: active; paid: awaiting payment)',
  access: 'dev',
  params: z.object({membershipId: Id}),
  response: Membership,
  status: 200,
  errors: [],
});

/** The operator declines a booking: cancelled with a full refund; the member is notified. */
export const devDeclineBooking = defineRoute({
  method: 'POST',
  path: '/__dev/bookings/:bookingId/decline',
  summary: 'Decline a booking: cancelled with a full refund',
  access: 'dev',
  params: z.object({bookingId: Id}),
  response: Booking,
  status: 200,
  errors: ['already_cancelled'],
});
