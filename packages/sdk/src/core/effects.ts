import type {RealtimeEventType} from '../areas/realtime/schemas.js';
import {PROBLEM_CODES, PROBLEM_STATUS} from '../contract/problem-status.js';
import type {ProblemCode} from '../contract/problem-status.js';
import type {RouteDefinition} from '../contract/route.js';
import type {RouteName, Routes} from '../contract/routes.js';

/** The first element of every key in `client.queries`. */
export type QueryRoot =
  | 'space'
  | 'me'
  | 'plans'
  | 'membership'
  | 'credits'
  | 'resources'
  | 'availability'
  | 'bookings'
  | 'products'
  | 'myProducts'
  | 'orders'
  | 'entries'
  | 'notifications';

/** The roots of a member's own data; the rest (space, plans, resources…) is public. */
export const MEMBER_ROOTS: readonly QueryRoot[] = [
  'me',
  'membership',
  'credits',
  'bookings',
  'myProducts',
  'orders',
  'entries',
  'notifications',
];

/**
 * A route's identity without its schemas: `'POST /bookings'`. The effects below are keyed by
 * it, so the core client knows what a call changes without importing the route table (and
 * every schema in it); the type keeps the keys in step with the table.
 */
export type RouteKey = {[N in RouteName]: `${Routes[N]['method']} ${Routes[N]['path']}`}[RouteName];

export const routeKey = (route: Pick<RouteDefinition, 'method' | 'path'>): RouteKey =>
  `${route.method} ${route.path}` as RouteKey;

/** What a successful call does to the session: `verifyCode` and `acceptInvitation` log in. */
export const SESSION_EFFECTS: Partial<Record<RouteKey, 'login' | 'logout'>> = {
  'POST /auth/otp/verify': 'login',
  'POST /auth/invitations/:token/accept': 'login',
  'POST /auth/logout': 'logout',
};

const BOOKING: readonly QueryRoot[] = [
  'availability',
  'bookings',
  'credits',
  'membership',
  'notifications',
];
// An order may pay for a plan joined: it starts the membership and grants its credits.
const ORDER: readonly QueryRoot[] = ['orders', 'myProducts', 'products', 'credits', 'membership'];
const MEMBERSHIP: readonly QueryRoot[] = [
  'membership',
  'credits',
  'orders',
  'myProducts',
  'notifications',
];

/** What each mutation changes on the server, hence which cached queries it makes stale. */
export const MUTATION_INVALIDATES: Partial<Record<RouteKey, readonly QueryRoot[]>> = {
  'POST /bookings': BOOKING, // createBooking
  'DELETE /bookings/:bookingId': BOOKING, // cancelBooking
  'POST /orders': ORDER, // createOrder
  'POST /orders/:orderId/pay': ORDER, // payOrder
  'DELETE /orders/:orderId': ORDER, // cancelOrder
  'POST /me/memberships': MEMBERSHIP, // joinPlan
  'POST /me/memberships/:membershipId/change': MEMBERSHIP, // changePlan
  'DELETE /me/memberships/:membershipId/change': MEMBERSHIP, // undoPlanChange
  'POST /me/memberships/:membershipId/cancel': MEMBERSHIP, // cancelMembership
  'DELETE /me/memberships/:membershipId/cancel': MEMBERSHIP, // undoCancellation
  'POST /me/entries/check-in': ['entries', 'membership'], // checkIn
  'PATCH /me': ['me'], // updateMe
  'POST /me/terms': ['me'], // acceptTerms
  'POST /me/calendar-feed/reset': ['me'], // resetCalendarFeed
  'POST /me/notifications/:notificationId/read': ['notifications'], // markNotificationRead
};

/** What each realtime event says changed (made by this member elsewhere, or by others). */
export const EVENT_INVALIDATES: Record<RealtimeEventType, readonly QueryRoot[]> = {
  'availability.changed': ['availability'],
  'booking.changed': ['bookings', 'availability'],
  'credits.changed': ['credits'],
  'membership.changed': ['membership', 'myProducts'],
  'order.changed': ['orders', 'myProducts'],
  'notification.created': ['notifications'],
};

/**
 * Everything a realtime event can make stale: what a stream that was down may have missed
 * news of, refetched when it reconnects.
 */
export const EVENT_ROOTS: readonly QueryRoot[] = [
  ...new Set(Object.values(EVENT_INVALIDATES).flat()),
];

/**
 * A mutation refused with one of these codes means the page showed stale data (the slot
 * was taken, the credits ran out, stock sold out, the order was already paid): refetch what
 * it touches, so the member sees why. They are the contract's 402 and 409 codes.
 */
export const STALE_VIEW_CODES: ReadonlySet<string> = new Set<ProblemCode>(
  PROBLEM_CODES.filter((code) => PROBLEM_STATUS[code] === 402 || PROBLEM_STATUS[code] === 409),
);
