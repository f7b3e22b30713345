import {authHandlers} from './auth.js';
import {bookingsHandlers} from './bookings.js';
import {calendarFeedHandlers} from './calendar-feed.js';
import type {RouteHandlers} from './context.js';
import {creditsHandlers} from './credits.js';
import {devHandlers} from './dev.js';
import {entriesHandlers} from './entries.js';
import {eventsHandlers} from './events.js';
import {notificationsHandlers} from './notifications.js';
import {plansMembershipHandlers} from './plans-membership.js';
import {productsOrdersHandlers} from './products-orders.js';
import {profileHandlers} from './profile.js';
import {resourcesAvailabilityHandlers} from './resources-availability.js';
import {spaceHandlers} from './space.js';

/** One handler per route of the contract; the type fails to compile when one is missing. */
export const handlers: RouteHandlers = {
  ...spaceHandlers,
  ...authHandlers,
  ...profileHandlers,
  ...calendarFeedHandlers,
  ...plansMembershipHandlers,
  ...creditsHandlers,
  ...resourcesAvailabilityHandlers,
  ...bookingsHandlers,
  ...productsOrdersHandlers,
  ...entriesHandlers,
  ...notificationsHandlers,
  ...eventsHandlers,
  ...devHandlers,
};
