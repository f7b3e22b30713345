import type {QueryOf, ResponseOf} from '../types/request.js';
import type {QueryDescriptor} from '../types/store.js';
import type {QueryRoot} from './effects.js';
import type {AvailabilityParams, Namespaces, NotificationsParams} from './namespaces.js';

const query = <T>(
  key: readonly [QueryRoot, ...unknown[]],
  fetch: (signal: AbortSignal) => Promise<T>,
  staleTime?: number,
): QueryDescriptor<T> => (staleTime === undefined ? {key, fetch} : {key, fetch, staleTime});

/**
 * A descriptor for every read, for `client.store`. Keys start with a {@link QueryRoot}, which
 * is what mutations and realtime events invalidate; params are copied into the key, so two
 * widgets asking for the same thing share one cache entry and one request.
 *
 * @example
 * ```ts
 * const credits = client.queries.credits();
 * client.store.subscribe(credits, (state) => render(state.data?.total));
 * ```
 */
export function createQueries(api: Namespaces) {
  return {
    /** The space rarely changes: fresh for 5 minutes. */
    space: () => query(['space'], (signal) => api.space.get({signal}), 300_000),
    me: () => query(['me'], (signal) => api.me.get({signal})),
    plans: () => query(['plans'], (signal) => api.plans.list({signal}), 300_000),
    membership: () => query(['membership'], (signal) => api.membership.current({signal})),
    membershipHistory: (params: QueryOf<'listMemberships'> = {}) =>
      query(['membership', 'history', {...params}], (signal) =>
        api.membership.history(params, {signal}),
      ),
    credits: () => query(['credits'], (signal) => api.credits.balance({signal})),
    creditLedger: (params: QueryOf<'listCreditLedger'> = {}) =>
      query(['credits', 'ledger', {...params}], (signal) => api.credits.ledger(params, {signal})),
    resources: (params: QueryOf<'listResources'> = {}) =>
      query(['resources', {...params}], (signal) => api.resources.list(params, {signal}), 300_000),
    availability: (params: AvailabilityParams): QueryDescriptor<ResponseOf<'getAvailability'>> =>
      query(['availability', {...params}], (signal) => api.availability.get(params, {signal})),
    bookings: (params: QueryOf<'listBookings'> = {}) =>
      query(['bookings', {...params}], (signal) => api.bookings.list(params, {signal})),
    products: () => query(['products'], (signal) => api.products.list({signal})),
    myProducts: () => query(['myProducts'], (signal) => api.myProducts.list({signal})),
    orders: (params: QueryOf<'listOrders'> = {}) =>
      query(['orders', {...params}], (signal) => api.orders.list(params, {signal})),
    entries: () => query(['entries'], (signal) => api.entries.get({signal})),
    notifications: (params: NotificationsParams = {}) =>
      query(['notifications', {...params}], (signal) => api.notifications.list(params, {signal})),
  };
}

export type Queries = ReturnType<typeof createQueries>;
