import {guidesQuery, helpRequestsQuery} from '../areas/helpdesk/calls.js';
import {deliveriesQuery} from '../areas/deliveries/calls.js';
import {visitorsQuery} from '../areas/visitors/calls.js';
import {
  billingDetailsQuery,
  invoicesQuery,
  paymentMethodsQuery,
  renewalQuery,
  upcomingInvoiceQuery,
} from '../areas/billing/calls.js';
import {bookingsQuery} from '../areas/bookings/calls.js';
import {creditLedgerQuery, creditsQuery} from '../areas/credits/calls.js';
import {directoryEntryQuery, directoryQuery} from '../areas/directory/calls.js';
import {entriesQuery} from '../areas/entries/calls.js';
import {eventCategoriesQuery, eventsQuery, myEventsQuery} from '../areas/events/calls.js';
import {membershipHistoryQuery, membershipQuery, plansQuery} from '../areas/membership/calls.js';
import {notificationsQuery, type NotificationsParams} from '../areas/notifications/calls.js';
import {postQuery, postsQuery} from '../areas/posts/calls.js';
import {calendarFeedQuery, profileQuery} from '../areas/profile/calls.js';
import {
  availabilityQuery,
  floorsQuery,
  resourcesQuery,
  type AvailabilityParams,
} from '../areas/resources/calls.js';
import {myProductsQuery, ordersQuery, productsQuery} from '../areas/shop/calls.js';
import {spaceQuery} from '../areas/space/calls.js';
import type {QueryOf} from '../types/request.js';
import type {PorticoCore} from './PorticoCore.js';

/**
 * A descriptor for every read, for `client.store`. Keys start with a `QueryRoot`, which
 * is what mutations and realtime events invalidate; params are copied into the key, so two
 * widgets asking for the same thing share one cache entry and one request. Each is also
 * exported alone from its area (`creditsQuery(client)` from `@portico/sdk/credits`).
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
    profile: () => profileQuery(client),
    calendarFeed: () => calendarFeedQuery(client),
    plans: () => plansQuery(client),
    membership: () => membershipQuery(client),
    membershipHistory: (params?: QueryOf<'listMemberships'>) =>
      membershipHistoryQuery(client, params),
    credits: () => creditsQuery(client),
    creditLedger: (params?: QueryOf<'listCreditLedger'>) => creditLedgerQuery(client, params),
    resources: (params?: QueryOf<'listResources'>) => resourcesQuery(client, params),
    availability: (params: AvailabilityParams) => availabilityQuery(client, params),
    floors: () => floorsQuery(client),
    bookings: (params?: QueryOf<'listBookings'>) => bookingsQuery(client, params),
    products: () => productsQuery(client),
    myProducts: () => myProductsQuery(client),
    orders: (params?: QueryOf<'listOrders'>) => ordersQuery(client, params),
    entries: () => entriesQuery(client),
    notifications: (params?: NotificationsParams) => notificationsQuery(client, params),
    invoices: (params?: QueryOf<'listInvoices'>, pages?: number) =>
      invoicesQuery(client, params, pages),
    upcomingInvoice: () => upcomingInvoiceQuery(client),
    paymentMethods: () => paymentMethodsQuery(client),
    billingDetails: () => billingDetailsQuery(client),
    renewal: () => renewalQuery(client),
    directoryEntry: () => directoryEntryQuery(client),
    directory: (params?: QueryOf<'listDirectory'>) => directoryQuery(client, params),
    posts: (params?: QueryOf<'listPosts'>) => postsQuery(client, params),
    post: (postId: string) => postQuery(client, postId),
    guides: (params?: QueryOf<'listGuides'>) => guidesQuery(client, params),
    helpRequests: () => helpRequestsQuery(client),
    visitors: () => visitorsQuery(client),
    deliveries: () => deliveriesQuery(client),
    events: (params?: QueryOf<'listEvents'>) => eventsQuery(client, params),
    eventCategories: () => eventCategoriesQuery(client),
    myEvents: (params?: QueryOf<'listMyEvents'>) => myEventsQuery(client, params),
  };
}

export type Queries = ReturnType<typeof createQueries>;
