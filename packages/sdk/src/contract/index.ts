export {AuthResult, OtpChallenge, OtpRequest, OtpVerifyRequest, Session} from './auth.js';
export {Availability, Interval, ResourceAvailability} from './availability.js';
export {
  Booking,
  BookingCancelled,
  BookingCost,
  BookingCreated,
  BookingQuote,
  BookingRequest,
  BookingStatus,
  Recurrence,
  Refund,
} from './booking.js';
export {
  CreditBalance,
  CreditBucket,
  CreditSource,
  CreditUse,
  LedgerBooking,
  LedgerEntry,
  LedgerOrder,
  LedgerReason,
} from './credits.js';
export {
  ClockRequest,
  ClockState,
  Mail,
  Mailbox,
  ResetRequest,
  ResetState,
  SCENARIOS,
  Scenario,
} from './dev.js';
export {CalendarFeed, CalendarFeedSecret} from './calendar-feed.js';
export {CheckIn, CheckInResult, Entries} from './entries.js';
export {RealtimeEvent} from './events.js';
export type {RealtimeEventType} from './events.js';
export {AcceptTermsRequest, Member, ProfilePatch} from './member.js';
export {
  CurrentMembership,
  JoinRequest,
  Membership,
  MembershipAction,
  MembershipAwaiting,
  MembershipPlan,
  MembershipQuote,
  MembershipQuoteRequest,
  MembershipStatus,
  MembershipUsage,
  Payment,
  PaymentStatus,
  PlanChangeRequest,
} from './membership.js';
export {
  BookingCancelledParams,
  BookingNoticeParams,
  CreditsExpiringParams,
  EntriesLeftParams,
  KnownNotification,
  MembershipParams,
  Notification,
  NOTIFICATION_KINDS,
  OrderPaidParams,
  OtherNotification,
} from './notification.js';
export type {NotificationKind} from './notification.js';
export {
  AppliedDiscount,
  Order,
  OrderItemInput,
  OrderLine,
  OrderQuote,
  OrderRequest,
  OrderStatus,
  PayRequest,
} from './order.js';
export {SPACE_BASE_PATH, fillPath, routePath} from './paths.js';
export {BillingPeriod, Plan, PlanBenefits, PlanKind} from './plan.js';
export {
  CalendarDay,
  Credits,
  Currency,
  Email,
  HttpsUrl,
  Id,
  Instant,
  Label,
  Locale,
  LongText,
  MAX_NAME_LENGTH,
  MAX_TEXT_LENGTH,
  Money,
  Name,
  PageQuery,
  WallTime,
  page,
  text,
} from './primitives.js';
export {FieldError, Problem, ProblemCode} from './problem.js';
export {PROBLEM_CODES, PROBLEM_STATUS, problemStatus} from './problem-status.js';
export type {ProblemStatus} from './problem-status.js';
export {
  COMMON_ERRORS,
  IDEMPOTENCY_ERRORS,
  routeErrors,
  routeErrorsByStatus,
} from './route-errors.js';
export {MemberProduct, Product, ProductKind} from './product.js';
export {BookingRules, FloorPosition, RESOURCE_TYPES, Resource, ResourceType} from './resource.js';
export {defineRoute} from './route.js';
export type {
  HttpMethod,
  RouteAccess,
  RouteBody,
  RouteDefinition,
  RouteParams,
  RouteQuery,
  RouteResponse,
} from './route.js';
export {routes} from './routes.js';
export type {RouteName, Routes} from './routes.js';
// Each route alone, for `PorticoCore.request(route)`: importing one does not import the table.
export {acceptInvitation, logout, requestCode, verifyCode} from './routes/auth.js';
export {cancelBooking, createBooking, listBookings, quoteBooking} from './routes/bookings.js';
export {getCredits, listCreditLedger} from './routes/credits.js';
export {
  devApproveBooking,
  devApproveMembership,
  devDeclineBooking,
  devMailbox,
  devReset,
  devSetClock,
  devSetLatency,
} from './routes/dev.js';
export {checkIn, getEntries} from './routes/entries.js';
export {events} from './routes/events.js';
export {
  cancelMembership,
  changePlan,
  getMembership,
  joinPlan,
  listMemberships,
  listPlans,
  quoteMembership,
  undoCancellation,
  undoPlanChange,
} from './routes/membership.js';
export {listNotifications, markNotificationRead} from './routes/notifications.js';
export {
  cancelOrder,
  createOrder,
  listMyProducts,
  listOrders,
  listProducts,
  payOrder,
  quoteOrder,
} from './routes/orders.js';
export {
  acceptTerms,
  calendarFeedFile,
  getCalendarFeed,
  getMe,
  resetCalendarFeed,
  updateMe,
} from './routes/profile.js';
export {getAvailability, listResources} from './routes/resources.js';
export {getSpace} from './routes/space.js';
export {
  Branding,
  CancellationPolicy,
  Closure,
  MembershipPolicy,
  OpeningSpan,
  Space,
  Terms,
  TermsVersion,
  WeeklyHours,
} from './space.js';
