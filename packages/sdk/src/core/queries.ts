import {bookingsQuery} from '../api/bookings.js';
import {creditLedgerQuery, creditsQuery} from '../api/credits.js';
import {entriesQuery} from '../api/entries.js';
import {calendarFeedQuery, meQuery} from '../api/me.js';
import {membershipHistoryQuery, membershipQuery, plansQuery} from '../api/membership.js';
import {notificationsQuery, type NotificationsParams} from '../api/notifications.js';
import {myProductsQuery, ordersQuery, productsQuery} from '../api/orders.js';
import {availabilityQuery, resourcesQuery, type AvailabilityParams} from '../api/resources.js';
import {spaceQuery} from '../api/space.js';
import type {QueryOf} from '../types/request.js';
import type {PorticoCore} from './PorticoCore.js';

/**
 * A descriptor for every read, for `client.store`. Keys start with a `QueryRoot`, which
 * is what mutations and realtime events invalidate; params are copied into the key, so two
 * widgets asking for the same thing share one cache entry and one request. Each is also
 * exported alone (`creditsQuery(client)`), for code that uses the lean `PorticoCore`.
 *
 * @example
 * ```ts
 * const credits = client.queries.credits();
 * client.store.subscribe(credits, (state) => render(state.data?.total));
 * ```
 */
export function createQueries(client: PorticoCore) {
  return {
    space: () => spaceQuery(client),
    me: () => meQuery(client),
    calendarFeed: () => calendarFeedQuery(client),
    plans: () => plansQuery(client),
    membership: () => membershipQuery(client),
    membershipHistory: (params?: QueryOf<'listMemberships'>) =>
      membershipHistoryQuery(client, params),
    credits: () => creditsQuery(client),
    creditLedger: (params?: QueryOf<'listCreditLedger'>) => creditLedgerQuery(client, params),
    resources: (params?: QueryOf<'listResources'>) => resourcesQuery(client, params),
    availability: (params: AvailabilityParams) => availabilityQuery(client, params),
    bookings: (params?: QueryOf<'listBookings'>) => bookingsQuery(client, params),
    products: () => productsQuery(client),
    myProducts: () => myProductsQuery(client),
    orders: (params?: QueryOf<'listOrders'>) => ordersQuery(client, params),
    entries: () => entriesQuery(client),
    notifications: (params?: NotificationsParams) => notificationsQuery(client, params),
  };
}

export type Queries = ReturnType<typeof createQueries>;
