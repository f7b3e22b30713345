import * as auth from './routes/auth.js';
import * as bookings from './routes/bookings.js';
import * as credits from './routes/credits.js';
import * as dev from './routes/dev.js';
import * as entries from './routes/entries.js';
import * as realtime from './routes/events.js';
import * as membership from './routes/membership.js';
import * as notifications from './routes/notifications.js';
import * as orders from './routes/orders.js';
import * as profile from './routes/profile.js';
import * as resources from './routes/resources.js';
import * as space from './routes/space.js';

/**
 * The API contract v1: every endpoint under `{api}/v1/spaces/{space}`, by name.
 * The SDK client, the mock server's router and `openapi.json` are all built from this table.
 *
 * Each route is defined in `routes/<area>.ts` and can be imported from there alone, so a
 * bundle that calls two routes only carries their schemas. Listed one by one because the
 * order is the order of `openapi.json`, and a namespace import is sorted alphabetically.
 */
export const routes = {
  getSpace: space.getSpace,

  requestCode: auth.requestCode,
  verifyCode: auth.verifyCode,
  acceptInvitation: auth.acceptInvitation,
  logout: auth.logout,

  getMe: profile.getMe,
  updateMe: profile.updateMe,
  acceptTerms: profile.acceptTerms,
  getCalendarFeed: profile.getCalendarFeed,
  resetCalendarFeed: profile.resetCalendarFeed,
  calendarFeedFile: profile.calendarFeedFile,

  listPlans: membership.listPlans,
  getMembership: membership.getMembership,
  listMemberships: membership.listMemberships,
  quoteMembership: membership.quoteMembership,
  joinPlan: membership.joinPlan,
  changePlan: membership.changePlan,
  undoPlanChange: membership.undoPlanChange,
  cancelMembership: membership.cancelMembership,
  undoCancellation: membership.undoCancellation,

  getCredits: credits.getCredits,
  listCreditLedger: credits.listCreditLedger,

  listResources: resources.listResources,
  getAvailability: resources.getAvailability,

  listBookings: bookings.listBookings,
  quoteBooking: bookings.quoteBooking,
  createBooking: bookings.createBooking,
  cancelBooking: bookings.cancelBooking,

  listProducts: orders.listProducts,
  listMyProducts: orders.listMyProducts,
  quoteOrder: orders.quoteOrder,
  createOrder: orders.createOrder,
  payOrder: orders.payOrder,
  cancelOrder: orders.cancelOrder,
  listOrders: orders.listOrders,

  getEntries: entries.getEntries,
  checkIn: entries.checkIn,

  listNotifications: notifications.listNotifications,
  markNotificationRead: notifications.markNotificationRead,

  events: realtime.events,

  devMailbox: dev.devMailbox,
  devSetClock: dev.devSetClock,
  devSetLatency: dev.devSetLatency,
  devReset: dev.devReset,
  devApproveBooking: dev.devApproveBooking,
  devDeclineBooking: dev.devDeclineBooking,
  devApproveMembership: dev.devApproveMembership,
} as const;

export type Routes = typeof routes;
export type RouteName = keyof Routes;
