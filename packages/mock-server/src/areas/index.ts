import {authHandlers} from './auth/handlers.js';
import {billingHandlers} from './billing/handlers.js';
import {catchUpRenewals} from './billing/renewals.js';
import {bookingsHandlers} from './bookings/handlers.js';
import {creditsHandlers} from './credits/handlers.js';
import {deliveriesHandlers} from './deliveries/handlers.js';
import {devHandlers} from './dev/handlers.js';
import {directoryHandlers} from './directory/handlers.js';
import {entriesHandlers} from './entries/handlers.js';
import {helpdeskHandlers} from './helpdesk/handlers.js';
import {eventsHandlers} from './events/handlers.js';
import {membershipHandlers} from './membership/handlers.js';
import {notificationsHandlers} from './notifications/handlers.js';
import {postsHandlers} from './posts/handlers.js';
import {profileHandlers} from './profile/handlers.js';
import {realtimeHandlers} from './realtime/handlers.js';
import {resourcesHandlers} from './resources/handlers.js';
import type {RouteHandlers} from './shared/context.js';
import {shopHandlers} from './shop/handlers.js';
import {spaceHandlers} from './space/handlers.js';
import {visitorsHandlers} from './visitors/handlers.js';

/** One handler per route of the contract; the type fails to compile when one is missing. */
export const handlers: RouteHandlers = {
  ...spaceHandlers,
  ...authHandlers,
  ...profileHandlers,
  ...membershipHandlers,
  ...creditsHandlers,
  ...resourcesHandlers,
  ...bookingsHandlers,
  ...shopHandlers,
  ...entriesHandlers,
  ...notificationsHandlers,
  ...billingHandlers,
  ...directoryHandlers,
  ...postsHandlers,
  ...helpdeskHandlers,
  ...visitorsHandlers,
  ...deliveriesHandlers,
  ...eventsHandlers,
  ...realtimeHandlers,
  ...devHandlers,
};

/** What comes due for a member with time, caught up before each of their requests: renewals. */
export const catchUpMember = catchUpRenewals;
