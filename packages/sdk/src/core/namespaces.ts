import {bookingsApi} from '../areas/bookings/calls.js';
import {creditsApi} from '../areas/credits/calls.js';
import {entriesApi} from '../areas/entries/calls.js';
import {meApi} from '../areas/profile/calls.js';
import {membershipApi, plansApi} from '../areas/membership/calls.js';
import {notificationsApi} from '../areas/notifications/calls.js';
import {myProductsApi, ordersApi, productsApi} from '../areas/shop/calls.js';
import {availabilityApi, resourcesApi} from '../areas/resources/calls.js';
import {spaceApi} from '../areas/space/calls.js';
import type {PorticoCore} from './PorticoCore.js';

export type {AvailabilityParams} from '../areas/resources/calls.js';
export type {NotificationsParams} from '../areas/notifications/calls.js';

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
