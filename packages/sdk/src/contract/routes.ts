import * as z from 'zod/mini';
import {AuthResult, OtpChallenge, OtpRequest, OtpVerifyRequest} from './auth.js';
import {Availability} from './availability.js';
import {
  Booking,
  BookingCancelled,
  BookingCreated,
  BookingQuote,
  BookingRequest,
  BookingStatus,
} from './booking.js';
import {CreditBalance, LedgerEntry} from './credits.js';
import {ClockRequest, ClockState, Mailbox, ResetRequest, ResetState} from './dev.js';
import {CheckInResult, Entries} from './entries.js';
import {AcceptTermsRequest, Member, ProfilePatch} from './member.js';
import {CurrentMembership, Membership} from './membership.js';
import {Notification} from './notification.js';
import {Order, OrderQuote, OrderRequest, OrderStatus, PayRequest} from './order.js';
import {Plan} from './plan.js';
import {Email, Id, Instant, PageQuery, page} from './primitives.js';
import {MemberProduct, Product} from './product.js';
import {Resource, ResourceType} from './resource.js';
import {defineRoute} from './route.js';
import {Space} from './space.js';

const list = <T extends z.ZodMiniType>(item: T) => z.object({items: z.array(item)});
const ids = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}(?:,[A-Za-z0-9_-]{1,64}){0,49}$/));

/**
 * The API contract v1: every endpoint under `{api}/v1/spaces/{space}`.
 * The SDK client, the mock server's router and `openapi.json` are all built from this table.
 */
export const routes = {
  // ---- space (public)
  getSpace: defineRoute({
    method: 'GET',
    path: '/',
    summary: 'The space: name, time zone, currency, locales, hours, terms, policy, branding',
    access: 'public',
    response: Space,
    status: 200,
    errors: [],
  }),

  // ---- auth
  requestCode: defineRoute({
    method: 'POST',
    path: '/auth/otp',
    summary: 'Email a 6-digit one-time code (valid 10 minutes)',
    access: 'public',
    body: OtpRequest,
    response: OtpChallenge,
    status: 202,
    errors: ['too_many_attempts'],
  }),
  verifyCode: defineRoute({
    method: 'POST',
    path: '/auth/otp/verify',
    summary: 'Exchange a one-time code for a session',
    access: 'public',
    body: OtpVerifyRequest,
    response: AuthResult,
    status: 200,
    errors: ['invalid_code', 'code_expired', 'too_many_attempts'],
  }),
  acceptInvitation: defineRoute({
    method: 'POST',
    path: '/auth/invitations/:token/accept',
    summary: 'Log in from an invitation link, no code needed',
    access: 'public',
    params: z.object({token: Id}),
    response: AuthResult,
    status: 200,
    errors: ['invitation_invalid'],
  }),
  logout: defineRoute({
    method: 'POST',
    path: '/auth/logout',
    summary: 'Revoke the current session token',
    access: 'member',
    response: null,
    status: 204,
    errors: [],
  }),

  // ---- profile
  getMe: defineRoute({
    method: 'GET',
    path: '/me',
    summary: "The member's profile",
    access: 'member',
    response: Member,
    status: 200,
    errors: [],
  }),
  updateMe: defineRoute({
    method: 'PATCH',
    path: '/me',
    summary: 'Change name, phone, company, bio, photo or locale',
    access: 'member',
    body: ProfilePatch,
    response: Member,
    status: 200,
    errors: ['validation_failed'],
  }),
  acceptTerms: defineRoute({
    method: 'POST',
    path: '/me/terms',
    summary: "Accept the space's current terms",
    access: 'member',
    body: AcceptTermsRequest,
    response: Member,
    status: 200,
    errors: ['validation_failed'],
  }),

  // ---- plans and membership
  listPlans: defineRoute({
    method: 'GET',
    path: '/plans',
    summary: 'Plans on offer',
    access: 'public',
    response: list(Plan),
    status: 200,
    errors: [],
  }),
  getMembership: defineRoute({
    method: 'GET',
    path: '/me/membership',
    summary: 'The current membership with status, validity, usage and next billing',
    access: 'member',
    response: CurrentMembership,
    status: 200,
    errors: [],
  }),
  listMemberships: defineRoute({
    method: 'GET',
    path: '/me/memberships',
    summary: 'Every membership, newest first, with payments',
    access: 'member',
    query: z.object({...PageQuery}),
    response: page(Membership),
    status: 200,
    errors: [],
  }),

  // ---- credits
  getCredits: defineRoute({
    method: 'GET',
    path: '/me/credits',
    summary: 'Credit buckets and their total',
    access: 'member',
    response: CreditBalance,
    status: 200,
    errors: [],
  }),
  listCreditLedger: defineRoute({
    method: 'GET',
    path: '/me/credits/ledger',
    summary: 'Every movement of credits, newest first',
    access: 'member',
    query: z.object({...PageQuery}),
    response: page(LedgerEntry),
    status: 200,
    errors: [],
  }),

  // ---- resources and availability (public)
  listResources: defineRoute({
    method: 'GET',
    path: '/resources',
    summary: 'Bookable rooms, desks, offices and equipment',
    access: 'public',
    query: z.object({type: z.optional(ResourceType)}),
    response: list(Resource),
    status: 200,
    errors: [],
  }),
  getAvailability: defineRoute({
    method: 'GET',
    path: '/availability',
    summary: 'Bookable slots and busy intervals per resource (at most 31 days)',
    access: 'public',
    query: z.object({from: Instant, to: Instant, resourceIds: z.optional(ids)}),
    response: Availability,
    status: 200,
    errors: ['invalid_time_range'],
  }),

  // ---- bookings
  listBookings: defineRoute({
    method: 'GET',
    path: '/me/bookings',
    summary: "The member's bookings, soonest first",
    access: 'member',
    query: z.object({
      from: z.optional(Instant),
      to: z.optional(Instant),
      status: z.optional(BookingStatus),
      ...PageQuery,
    }),
    response: page(Booking),
    status: 200,
    errors: [],
  }),
  quoteBooking: defineRoute({
    method: 'POST',
    path: '/bookings/quote',
    summary: 'What a booking would cost and its cancellation terms; no side effect',
    access: 'member',
    body: BookingRequest,
    response: BookingQuote,
    status: 200,
    errors: [
      'outside_opening_hours',
      'duration_out_of_range',
      'too_far_in_advance',
      'too_late',
      'invalid_time_range',
      'recurrence_too_long',
      'slot_unavailable',
    ],
  }),
  createBooking: defineRoute({
    method: 'POST',
    path: '/bookings',
    summary: 'Book a resource (all occurrences of a recurring booking, or none)',
    access: 'member',
    body: BookingRequest,
    response: BookingCreated,
    status: 201,
    idempotent: true,
    errors: [
      'slot_unavailable',
      'insufficient_credits',
      'outside_opening_hours',
      'duration_out_of_range',
      'too_far_in_advance',
      'too_late',
      'invalid_time_range',
      'recurrence_too_long',
      'terms_not_accepted',
      'idempotency_key_reused',
      'idempotency_conflict',
    ],
  }),
  cancelBooking: defineRoute({
    method: 'DELETE',
    path: '/bookings/:bookingId',
    summary: 'Cancel a booking; refunds follow the cancellation policy',
    access: 'member',
    params: z.object({bookingId: Id}),
    response: BookingCancelled,
    status: 200,
    errors: ['already_cancelled', 'already_started'],
  }),

  // ---- products and orders
  listProducts: defineRoute({
    method: 'GET',
    path: '/products',
    summary: 'Items, credit packs and day passes for sale',
    access: 'public',
    response: list(Product),
    status: 200,
    errors: [],
  }),
  listMyProducts: defineRoute({
    method: 'GET',
    path: '/me/products',
    summary: 'Per product: included by membership, purchased, and pending quantities',
    access: 'member',
    response: list(MemberProduct),
    status: 200,
    errors: [],
  }),
  quoteOrder: defineRoute({
    method: 'POST',
    path: '/orders/quote',
    summary: 'Cart totals with membership-included units and a discount code; no side effect',
    access: 'member',
    body: OrderRequest,
    response: OrderQuote,
    status: 200,
    errors: [
      'unknown_product',
      'out_of_stock',
      'invalid_quantity',
      'discount_invalid',
      'discount_expired',
      'discount_not_yet_valid',
      'discount_exhausted',
      'discount_minimum_not_met',
    ],
  }),
  createOrder: defineRoute({
    method: 'POST',
    path: '/orders',
    summary: 'Place an order; it stays pending_payment until paid',
    access: 'member',
    body: OrderRequest,
    response: Order,
    status: 201,
    idempotent: true,
    errors: [
      'unknown_product',
      'out_of_stock',
      'invalid_quantity',
      'discount_invalid',
      'discount_expired',
      'discount_not_yet_valid',
      'discount_exhausted',
      'discount_minimum_not_met',
      'terms_not_accepted',
      'idempotency_key_reused',
      'idempotency_conflict',
    ],
  }),
  payOrder: defineRoute({
    method: 'POST',
    path: '/orders/:orderId/pay',
    summary: 'Pay a pending order',
    access: 'member',
    params: z.object({orderId: Id}),
    body: PayRequest,
    response: Order,
    status: 200,
    idempotent: true,
    errors: [
      'payment_declined',
      'order_not_pending',
      'out_of_stock',
      'idempotency_key_reused',
      'idempotency_conflict',
    ],
  }),
  cancelOrder: defineRoute({
    method: 'DELETE',
    path: '/orders/:orderId',
    summary: 'Cancel an order that is still pending payment',
    access: 'member',
    params: z.object({orderId: Id}),
    response: Order,
    status: 200,
    errors: ['order_not_pending'],
  }),
  listOrders: defineRoute({
    method: 'GET',
    path: '/me/orders',
    summary: "The member's orders, newest first",
    access: 'member',
    query: z.object({status: z.optional(OrderStatus), ...PageQuery}),
    response: page(Order),
    status: 200,
    errors: [],
  }),

  // ---- entries
  getEntries: defineRoute({
    method: 'GET',
    path: '/me/entries',
    summary: 'Entries total, used, remaining, validity and history',
    access: 'member',
    response: Entries,
    status: 200,
    errors: [],
  }),
  checkIn: defineRoute({
    method: 'POST',
    path: '/me/entries/check-in',
    summary: "Use today's entry; once per day, repeating it changes nothing",
    access: 'member',
    response: CheckInResult,
    status: 200,
    idempotent: true,
    errors: ['no_entries_left', 'no_active_membership', 'terms_not_accepted'],
  }),

  // ---- notifications
  listNotifications: defineRoute({
    method: 'GET',
    path: '/me/notifications',
    summary: "The member's notifications, newest first",
    access: 'member',
    query: z.object({unread: z.optional(z.enum(['true', 'false'])), ...PageQuery}),
    response: page(Notification),
    status: 200,
    errors: [],
  }),
  markNotificationRead: defineRoute({
    method: 'POST',
    path: '/me/notifications/:notificationId/read',
    summary: 'Mark a notification read',
    access: 'member',
    params: z.object({notificationId: Id}),
    response: Notification,
    status: 200,
    errors: [],
  }),

  // ---- realtime
  events: defineRoute({
    method: 'GET',
    path: '/events',
    summary:
      'Server-sent events: availability, booking, credits, order and notification changes (resume with Last-Event-ID)',
    access: 'member',
    response: null,
    status: 200,
    stream: true,
    errors: [],
  }),

  // ---- dev only (mock server)
  devMailbox: defineRoute({
    method: 'GET',
    path: '/__dev/mailbox',
    summary: 'Mails and codes the mock server "sent"',
    access: 'dev',
    query: z.object({email: Email}),
    response: Mailbox,
    status: 200,
    errors: ['dev_routes_disabled'],
  }),
  devSetClock: defineRoute({
    method: 'POST',
    path: '/__dev/clock',
    summary: "Set the mock server's clock",
    access: 'dev',
    body: ClockRequest,
    response: ClockState,
    status: 200,
    errors: ['dev_routes_disabled'],
  }),
  devReset: defineRoute({
    method: 'POST',
    path: '/__dev/reset',
    summary: 'Reset the state to a scenario',
    access: 'dev',
    body: ResetRequest,
    response: ResetState,
    status: 200,
    errors: ['dev_routes_disabled'],
  }),
} as const;

export type Routes = typeof routes;
export type RouteName = keyof Routes;
