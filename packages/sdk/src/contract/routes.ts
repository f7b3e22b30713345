import * as auth from '../areas/auth/routes.js';
import * as billing from '../areas/billing/routes.js';
import * as bookings from '../areas/bookings/routes.js';
import * as credits from '../areas/credits/routes.js';
import * as deliveries from '../areas/deliveries/routes.js';
import * as dev from '../areas/dev/routes.js';
import * as directory from '../areas/directory/routes.js';
import * as entries from '../areas/entries/routes.js';
import * as helpdesk from '../areas/helpdesk/routes.js';
import * as events from '../areas/events/routes.js';
import * as realtime from '../areas/realtime/routes.js';
import * as membership from '../areas/membership/routes.js';
import * as notifications from '../areas/notifications/routes.js';
import * as posts from '../areas/posts/routes.js';
import * as shop from '../areas/shop/routes.js';
import * as profile from '../areas/profile/routes.js';
import * as resources from '../areas/resources/routes.js';
import * as space from '../areas/space/routes.js';
import * as visitors from '../areas/visitors/routes.js';

/** Each area's routes, by the area's folder name under `src/areas/`. */
export const areaRoutes = {
  space,
  auth,
  profile,
  membership,
  credits,
  resources,
  bookings,
  shop,
  entries,
  notifications,
  billing,
  directory,
  posts,
  helpdesk,
  visitors,
  deliveries,
  events,
  realtime,
  dev,
};

/**
 * The API contract v1: every endpoint under `{api}/v1/spaces/{space}`, by name.
 * The SDK client, the mock server's router and `openapi.json` are all built from this table.
 *
 * Each route is defined in `areas/<area>/routes.ts` and can be imported from there alone, so a
 * bundle that calls two routes only carries their schemas. Listed one by one because the
 * order is the order of `openapi.json`, and a namespace import is sorted alphabetically.
 */
export const routes = {
  getSpace: space.getSpace,

  requestCode: auth.requestCode,
  verifyCode: auth.verifyCode,
  acceptInvitation: auth.acceptInvitation,
  logout: auth.logout,

  getProfile: profile.getProfile,
  updateProfile: profile.updateProfile,
  acceptTerms: profile.acceptTerms,
  getCalendarFeed: profile.getCalendarFeed,
  resetCalendarFeed: profile.resetCalendarFeed,
  calendarFeedFile: profile.calendarFeedFile,

  listPlans: membership.listPlans,
  getMembership: membership.getMembership,
  listMemberships: membership.listMemberships,
  getPlanAccess: membership.getPlanAccess,
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
  listFloors: resources.listFloors,
  devUploadFloorDrawing: resources.devUploadFloorDrawing,

  listBookings: bookings.listBookings,
  quoteBooking: bookings.quoteBooking,
  createBooking: bookings.createBooking,
  cancelBooking: bookings.cancelBooking,

  listProducts: shop.listProducts,
  listMyProducts: shop.listMyProducts,
  quoteOrder: shop.quoteOrder,
  createOrder: shop.createOrder,
  payOrder: shop.payOrder,
  cancelOrder: shop.cancelOrder,
  listOrders: shop.listOrders,

  getEntries: entries.getEntries,
  checkIn: entries.checkIn,

  listNotifications: notifications.listNotifications,
  markNotificationRead: notifications.markNotificationRead,

  listInvoices: billing.listInvoices,
  getInvoice: billing.getInvoice,
  invoicePdf: billing.invoicePdf,
  getUpcomingInvoice: billing.getUpcomingInvoice,
  getRenewal: billing.getRenewal,
  updateRenewal: billing.updateRenewal,
  payInvoices: billing.payInvoices,
  confirmPayment: billing.confirmPayment,
  listPaymentMethods: billing.listPaymentMethods,
  addPaymentMethod: billing.addPaymentMethod,
  setDefaultPaymentMethod: billing.setDefaultPaymentMethod,
  removePaymentMethod: billing.removePaymentMethod,
  getBillingDetails: billing.getBillingDetails,
  updateBillingDetails: billing.updateBillingDetails,
  getStatement: billing.getStatement,
  statementCsv: billing.statementCsv,
  statementPdf: billing.statementPdf,

  getDirectoryEntry: directory.getDirectoryEntry,
  updateDirectoryEntry: directory.updateDirectoryEntry,
  listDirectory: directory.listDirectory,
  getDirectoryMember: directory.getDirectoryMember,
  messageMember: directory.messageMember,
  revealMemberEmail: directory.revealMemberEmail,
  listPublicDirectory: directory.listPublicDirectory,

  listPosts: posts.listPosts,
  getPost: posts.getPost,
  markPostRead: posts.markPostRead,
  replyToPost: posts.replyToPost,
  deleteReply: posts.deleteReply,
  listGuides: helpdesk.listGuides,
  guideFeedback: helpdesk.guideFeedback,
  listHelpRequests: helpdesk.listHelpRequests,
  getHelpRequest: helpdesk.getHelpRequest,
  openHelpRequest: helpdesk.openHelpRequest,
  replyToHelpRequest: helpdesk.replyToHelpRequest,
  resolveHelpRequest: helpdesk.resolveHelpRequest,
  reopenHelpRequest: helpdesk.reopenHelpRequest,
  uploadAttachment: helpdesk.uploadAttachment,
  getAttachment: helpdesk.getAttachment,

  listVisitors: visitors.listVisitors,
  registerVisitor: visitors.registerVisitor,
  updateVisitor: visitors.updateVisitor,
  cancelVisitor: visitors.cancelVisitor,

  listDeliveries: deliveries.listDeliveries,
  collectDelivery: deliveries.collectDelivery,

  listEvents: events.listEvents,
  listEventCategories: events.listEventCategories,
  getEvent: events.getEvent,
  eventIcs: events.eventIcs,
  quoteRegistration: events.quoteRegistration,
  register: events.register,
  listMyEvents: events.listMyEvents,
  getMyEvent: events.getMyEvent,
  confirmOffer: events.confirmOffer,
  cancelRegistration: events.cancelRegistration,
  listPublicEvents: events.listPublicEvents,
  getPublicEvent: events.getPublicEvent,
  registerForPublicEvent: events.registerForPublicEvent,
  cancelPublicRegistration: events.cancelPublicRegistration,
  stream: realtime.stream,

  devMailbox: dev.devMailbox,
  devSetClock: dev.devSetClock,
  devSetLatency: dev.devSetLatency,
  devReset: dev.devReset,
  devApproveBooking: dev.devApproveBooking,
  devDeclineBooking: dev.devDeclineBooking,
  devPaymentAuthenticationPage: dev.devPaymentAuthenticationPage,
  devAuthenticatePayment: dev.devAuthenticatePayment,
  devApproveMembership: dev.devApproveMembership,
  devHideReply: posts.devHideReply,
  devPublishPost: posts.devPublishPost,
  devAnswerHelpRequest: helpdesk.devAnswerHelpRequest,
  devSetHelpRequestStatus: helpdesk.devSetHelpRequestStatus,
  devVisitorArrived: visitors.devVisitorArrived,
  devPostDelivery: deliveries.devPostDelivery,
  devCollectDelivery: deliveries.devCollectDelivery,
  devIssueInvoice: billing.devIssueInvoice,
  devIssueCreditNote: billing.devIssueCreditNote,
} as const;

export type Routes = typeof routes;
export type RouteName = keyof Routes;
