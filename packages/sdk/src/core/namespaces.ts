import {bookingsApi} from '../api/bookings.js';
import {creditsApi} from '../api/credits.js';
import {entriesApi} from '../api/entries.js';
import {meApi} from '../api/me.js';
import {membershipApi, plansApi} from '../api/membership.js';
import {notificationsApi} from '../api/notifications.js';
import {myProductsApi, ordersApi, productsApi} from '../api/orders.js';
import {availabilityApi, resourcesApi} from '../api/resources.js';
import {spaceApi} from '../api/space.js';
import type {PorticoCore} from './PorticoCore.js';

export type {AvailabilityParams} from '../api/resources.js';
export type {NotificationsParams} from '../api/notifications.js';

/**
 * The namespaced methods of {@link PorticoClient}: each is a one-liner over `request()` in
 * `api/<area>.ts`, so paths and shapes come from the route table only. Mutations that change
 * cached data invalidate it inside `request()`.
 */
export function createNamespaces(client: PorticoCore) {
  return {
    auth: client.auth,
    space: spaceApi(client),
    me: meApi(client),
    plans: plansApi(client),
    membership: membershipApi(client),
    credits: creditsApi(client),
    resources: resourcesApi(client),
    availability: availabilityApi(client),
    bookings: bookingsApi(client),
    products: productsApi(client),
    myProducts: myProductsApi(client),
    orders: ordersApi(client),
    entries: entriesApi(client),
    notifications: notificationsApi(client),
  };
}

export type Namespaces = ReturnType<typeof createNamespaces>;
