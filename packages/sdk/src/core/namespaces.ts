import {calls as billing} from '../areas/billing/calls.js';
import {calls as bookings} from '../areas/bookings/calls.js';
import {calls as deliveries} from '../areas/deliveries/calls.js';
import {calls as credits} from '../areas/credits/calls.js';
import {calls as directory} from '../areas/directory/calls.js';
import {calls as entries} from '../areas/entries/calls.js';
import {calls as helpdesk} from '../areas/helpdesk/calls.js';
import {calls as events} from '../areas/events/calls.js';
import {calls as membership} from '../areas/membership/calls.js';
import {calls as notifications} from '../areas/notifications/calls.js';
import {calls as posts} from '../areas/posts/calls.js';
import {calls as profile} from '../areas/profile/calls.js';
import {calls as resources} from '../areas/resources/calls.js';
import {calls as shop} from '../areas/shop/calls.js';
import {calls as space} from '../areas/space/calls.js';
import {calls as visitors} from '../areas/visitors/calls.js';
import {bind} from './bind.js';
import type {PorticoCore} from './PorticoCore.js';

/**
 * The area namespaces of {@link PorticoClient}, one per folder of `src/areas/`: each method is
 * that area's call (`client.bookings.create(body)` is `createBooking(client, body)` from
 * `@portico/sdk/bookings`). Mutations that change cached data invalidate it in `request()`.
 */
export function createNamespaces(client: PorticoCore) {
  return {
    auth: client.auth,
    space: bind(client, space),
    profile: bind(client, profile),
    membership: bind(client, membership),
    credits: bind(client, credits),
    resources: bind(client, resources),
    bookings: bind(client, bookings),
    shop: bind(client, shop),
    entries: bind(client, entries),
    notifications: bind(client, notifications),
    billing: bind(client, billing),
    directory: bind(client, directory),
    posts: bind(client, posts),
    helpdesk: bind(client, helpdesk),
    visitors: bind(client, visitors),
    deliveries: bind(client, deliveries),
    events: bind(client, events),
  };
}

export type Namespaces = ReturnType<typeof createNamespaces>;
