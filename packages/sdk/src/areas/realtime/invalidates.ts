import type {QueryRoot} from '../../contract/query-roots.js';
import type {RealtimeEventType} from './schemas.js';

/** What each realtime event says changed (made by this member elsewhere, or by others). */
export const EVENT_INVALIDATES: Record<RealtimeEventType, readonly QueryRoot[]> = {
  'availability.changed': ['availability'],
  'booking.changed': ['bookings', 'availability'],
  'credits.changed': ['credits'],
  'membership.changed': ['membership', 'myProducts'],
  'order.changed': ['orders', 'myProducts'],
  'invoice.changed': ['invoices'],
  'request.changed': ['helpRequests'],
  'visitor.changed': ['visitors'],
  'delivery.changed': ['deliveries'],
  'event.changed': ['events'],
  'registration.changed': ['events'],
  'post.changed': ['posts'],
  'notification.created': ['notifications'],
};

/**
 * Everything a realtime event can make stale: what a stream that was down may have missed
 * news of, refetched when it reconnects.
 */
export const EVENT_ROOTS: readonly QueryRoot[] = [
  ...new Set(Object.values(EVENT_INVALIDATES).flat()),
];
