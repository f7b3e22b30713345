export * from '../areas/auth/schemas.js';
export * from '../areas/resources/availability.js';
export * from './seq-header.js';
export * from '../areas/resources/floors.js';
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
export * from '../areas/credits/schemas.js';
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
export * from '../areas/profile/calendar-feed.js';
export * from '../areas/entries/schemas.js';
export * from '../areas/realtime/schemas.js';
export * from '../areas/profile/schemas.js';
export * from '../areas/membership/schemas.js';
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
export * from '../areas/billing/schemas.js';
export * from '../areas/directory/schemas.js';
export * from '../areas/directory/limits.js';
export * from '../areas/posts/schemas.js';
export * from '../areas/posts/limits.js';
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
export * from './paths.js';
export * from '../areas/membership/plan.js';
export * from '../areas/membership/plan-access.js';
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
export * from './problem.js';
export {PROBLEM_CODES, PROBLEM_STATUS, problemStatus} from './problem-status.js';
export type {ProblemStatus} from './problem-status.js';
export * from './route-errors.js';
export * from '../areas/shop/product.js';
export * from '../areas/resources/schemas.js';
export * from './route.js';
export {routes} from './routes.js';
export type {RouteName, Routes} from './routes.js';
// Each route alone, for `PorticoCore.request(route)`: importing one does not import the table.
export * from '../areas/auth/routes.js';
export * from '../areas/bookings/routes.js';
export * from '../areas/credits/routes.js';
export * from '../areas/dev/routes.js';
export * from '../areas/billing/routes.js';
export * from '../areas/entries/routes.js';
export * from '../areas/events/routes.js';
export * from '../areas/realtime/routes.js';
export * from '../areas/membership/routes.js';
export * from '../areas/notifications/routes.js';
export * from '../areas/shop/routes.js';
export * from '../areas/profile/routes.js';
export * from '../areas/resources/routes.js';
export * from '../areas/space/routes.js';
export * from '../areas/space/schemas.js';
export * from '../areas/visitors/schemas.js';
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
