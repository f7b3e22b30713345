export {
  AuthResult,
  OtpChallenge,
  OtpRequest,
  OtpVerifyRequest,
  Session,
} from '../areas/auth/schemas.js';
export {Availability, Interval, ResourceAvailability} from '../areas/resources/availability.js';
export {SEQ_HEADER} from './seq-header.js';
export {
  FLOOR_DRAWING_TYPE,
  Floor,
  FloorDrawingUpload,
  FloorId,
  FloorShape,
  MAX_FLOOR_SVG_LENGTH,
  PlanPoint,
} from '../areas/resources/floors.js';
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
} from '../areas/bookings/schemas.js';
export {
  CreditBalance,
  CreditBucket,
  CreditSource,
  CreditUse,
  LedgerBooking,
  LedgerEntry,
  LedgerOrder,
  LedgerReason,
} from '../areas/credits/schemas.js';
export {
  ClockRequest,
  ClockState,
  Mail,
  Mailbox,
  ResetRequest,
  ResetState,
  SCENARIOS,
  Scenario,
} from '../areas/dev/schemas.js';
export {CalendarFeed, CalendarFeedSecret} from '../areas/profile/calendar-feed.js';
export {CheckIn, CheckInResult, Entries} from '../areas/entries/schemas.js';
export {RealtimeEvent} from '../areas/realtime/schemas.js';
export type {RealtimeEventType} from '../areas/realtime/schemas.js';
export {AcceptTermsRequest, Profile, ProfilePatch} from '../areas/profile/schemas.js';
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
} from '../areas/membership/schemas.js';
export {
  BookingCancelledParams,
  BookingNoticeParams,
  CreditsExpiringParams,
  DeliveryArrivedParams,
  EntriesLeftParams,
  InvoiceCreditedParams,
  KnownNotification,
  MembershipParams,
  Notification,
  NOTIFICATION_KINDS,
  OrderPaidParams,
  OtherNotification,
  RequestNoticeParams,
  VisitorArrivedParams,
} from '../areas/notifications/schemas.js';
export type {NotificationKind} from '../areas/notifications/schemas.js';
export {
  AppliedDiscount,
  Order,
  OrderItemInput,
  OrderLine,
  OrderQuote,
  OrderRequest,
  OrderStatus,
  PayRequest,
} from '../areas/shop/schemas.js';
export {
  Address,
  AddPaymentMethodRequest,
  BILLING_LIMITS,
  BillingDetails,
  BillingDetailsInput,
  BillingParty,
  Country,
  Invoice,
  InvoiceLine,
  InvoiceLineSource,
  InvoicePayment,
  InvoiceReference,
  InvoiceStatus,
  IssueInvoiceRequest,
  CreditNoteRequest,
  PayInvoicesRequest,
  PaymentFailure,
  PaymentMethod,
  PaymentMethodType,
  Renewal,
  RenewalUpdate,
  Statement,
  StatementEntry,
  StatementQuery,
  TaxLine,
  TaxMode,
  TaxRate,
  UpcomingInvoice,
} from '../areas/billing/schemas.js';
export {
  DirectoryEmail,
  DirectoryEntry,
  DirectoryEntryPatch,
  DirectoryFields,
  DirectoryLink,
  DirectoryMember,
  DirectoryMessage,
  DirectoryMessageSent,
  DirectoryPage,
  DirectoryQuery,
  DirectoryVisibility,
  Facet,
  Skill,
} from '../areas/directory/schemas.js';
export {DIRECTORY_FIELDS, DIRECTORY_LIMITS} from '../areas/directory/limits.js';
export type {DirectoryField} from '../areas/directory/limits.js';
export {
  DevPostRequest,
  Post,
  PostAuthor,
  PostCategory,
  PostDetail,
  PostsPage,
  PostsQuery,
  PublishedPost,
  Reply,
  ReplyRequest,
} from '../areas/posts/schemas.js';
export {POSTS_LIMITS} from '../areas/posts/limits.js';
export {
  ConfirmOfferRequest,
  EVENT_LIMITS,
  Event,
  EventAudience,
  EventCategory,
  EventPlace,
  EventPrice,
  EventWhen,
  MyEvent,
  PayWith,
  Registration,
  RegistrationCancelled,
  RegistrationQuote,
  RegistrationRequest,
  RegistrationStatus,
  PublicRegistration,
  PublicRegistrationRequest,
  PublicCancellationRequest,
  PublicRegistrationCancelled,
} from '../areas/events/schemas.js';
export {SPACE_BASE_PATH, fillPath, routePath} from './paths.js';
export {BillingPeriod, Plan, PlanBenefits, PlanKind} from '../areas/membership/plan.js';
export {PlanAccess, PlanAccessReason, ResourceAccess} from '../areas/membership/plan-access.js';
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
  PAGE_LIMIT,
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
export {MemberProduct, Product, ProductKind} from '../areas/shop/product.js';
export {
  BookingRules,
  FloorPosition,
  RESOURCE_TYPES,
  Resource,
  ResourceType,
} from '../areas/resources/schemas.js';
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
export {acceptInvitation, logout, requestCode, verifyCode} from '../areas/auth/routes.js';
export {
  cancelBooking,
  createBooking,
  listBookings,
  quoteBooking,
} from '../areas/bookings/routes.js';
export {getCredits, listCreditLedger} from '../areas/credits/routes.js';
export {
  devApproveBooking,
  devApproveMembership,
  devDeclineBooking,
  devAuthenticatePayment,
  devPaymentAuthenticationPage,
  devMailbox,
  devReset,
  devSetClock,
  devSetLatency,
} from '../areas/dev/routes.js';
export {
  addPaymentMethod,
  confirmPayment,
  devIssueCreditNote,
  devIssueInvoice,
  getBillingDetails,
  getInvoice,
  getRenewal,
  getStatement,
  getUpcomingInvoice,
  invoicePdf,
  listInvoices,
  listPaymentMethods,
  payInvoices,
  removePaymentMethod,
  setDefaultPaymentMethod,
  statementCsv,
  statementPdf,
  updateBillingDetails,
  updateRenewal,
} from '../areas/billing/routes.js';
export {checkIn, getEntries} from '../areas/entries/routes.js';
export {
  cancelRegistration,
  confirmOffer,
  eventIcs,
  getEvent,
  getMyEvent,
  getPublicEvent,
  listEventCategories,
  listEvents,
  listMyEvents,
  listPublicEvents,
  quoteRegistration,
  register,
  registerForPublicEvent,
  cancelPublicRegistration,
} from '../areas/events/routes.js';
export {stream} from '../areas/realtime/routes.js';
export {
  cancelMembership,
  changePlan,
  getMembership,
  getPlanAccess,
  joinPlan,
  listMemberships,
  listPlans,
  quoteMembership,
  undoCancellation,
  undoPlanChange,
} from '../areas/membership/routes.js';
export {listNotifications, markNotificationRead} from '../areas/notifications/routes.js';
export {
  cancelOrder,
  createOrder,
  listMyProducts,
  listOrders,
  listProducts,
  payOrder,
  quoteOrder,
} from '../areas/shop/routes.js';
export {
  acceptTerms,
  calendarFeedFile,
  getCalendarFeed,
  getProfile,
  resetCalendarFeed,
  updateProfile,
} from '../areas/profile/routes.js';
export {
  devUploadFloorDrawing,
  getAvailability,
  listFloors,
  listResources,
} from '../areas/resources/routes.js';
export {getSpace} from '../areas/space/routes.js';
export {
  Branding,
  CancellationPolicy,
  Closure,
  Features,
  MembershipPolicy,
  OpeningSpan,
  Space,
  Terms,
  TermsVersion,
  WeeklyHours,
} from '../areas/space/schemas.js';
export {
  MAX_VISITOR_NOTE_LENGTH,
  Visitor,
  VisitorInput,
  VisitorPatch,
  VisitorRules,
  VisitorStatus,
  Visitors,
} from '../areas/visitors/schemas.js';
export {
  Deliveries,
  Delivery,
  DeliveryInput,
  DeliveryStatus,
  ParcelSize,
} from '../areas/deliveries/schemas.js';
export {
  Attachment,
  AttachmentData,
  AttachmentUpload,
  Guide,
  GuideCategory,
  GuideFeedback,
  Guides,
  HelpAnswer,
  HelpCategory,
  HelpReply,
  HelpRequest,
  HelpRequestInput,
  HelpRequests,
  HelpStatusChange,
  ImageType,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS,
  MAX_GUIDE_LENGTH,
  MAX_SUBJECT_LENGTH,
  REOPEN_DAYS,
  RequestMessage,
  RequestStatus,
} from '../areas/helpdesk/schemas.js';
