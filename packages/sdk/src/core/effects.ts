import type {RealtimeEventType} from '../contract/events.js';
import type {RouteName} from '../contract/routes.js';

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

const BOOKING: readonly QueryRoot[] = [
  'availability',
  'bookings',
  'credits',
  'membership',
  'notifications',
];
const ORDER: readonly QueryRoot[] = ['orders', 'myProducts', 'products', 'credits'];

/** What each mutation changes on the server, hence which cached queries it makes stale. */
export const MUTATION_INVALIDATES: Partial<Record<RouteName, readonly QueryRoot[]>> = {
  createBooking: BOOKING,
  cancelBooking: BOOKING,
  createOrder: ORDER,
  payOrder: ORDER,
  cancelOrder: ORDER,
  checkIn: ['entries', 'membership'],
  updateMe: ['me'],
  acceptTerms: ['me'],
  markNotificationRead: ['notifications'],
};

/** What each realtime event says changed (made by this member elsewhere, or by others). */
export const EVENT_INVALIDATES: Record<RealtimeEventType, readonly QueryRoot[]> = {
  'availability.changed': ['availability'],
  'booking.changed': ['bookings', 'availability'],
  'credits.changed': ['credits'],
  'order.changed': ['orders', 'myProducts'],
  'notification.created': ['notifications'],
};

/**
 * A mutation refused with one of these statuses means the page showed stale data (the slot
 * was taken, the credits ran out, stock sold out): refetch what it touches, so the member
 * sees why.
 */
export const STALE_VIEW_STATUSES: ReadonlySet<number> = new Set([402, 409]);
