import * as z from 'zod/mini';
import {Interval} from '../resources/availability.js';
import {
  CalendarDay,
  Credits,
  Id,
  Instant,
  Label,
  LongText,
  Money,
  Name,
  text,
} from '../../contract/primitives.js';
import {EventTitle} from '../events/schemas.js';

/** A booking a notification is about: the room and its times (the first, for a series). */
export const BookingNoticeParams = z.object({
  resourceName: text(200),
  ...Interval.shape,
  /** How many bookings a recurring request made (1 for a single booking). */
  occurrences: z.int().check(z.minimum(1), z.maximum(366)),
});

export const BookingCancelledParams = z.object({
  ...BookingNoticeParams.shape,
  /** The share refunded, 0–100. */
  refundPercent: z.int().check(z.minimum(0), z.maximum(100)),
});

export const OrderPaidParams = z.object({
  /** The number the member knows the order by (never its id). */
  orderNumber: text(40),
  total: Money,
});

/** The space issued a credit note against one of the member's invoices (`invoice.credited`). */
export const InvoiceCreditedParams = z.object({
  /** The numbers the member knows both documents by (never their ids). */
  creditNoteNumber: text(40),
  invoiceNumber: text(40),
  /** What it takes off the invoice, tax included (positive). */
  amount: Money,
  /** The invoice was paid: the amount goes back to the member (else the invoice asks less). */
  refunded: z.boolean(),
});

export const CreditsExpiringParams = z.object({credits: Credits, expiresAt: Instant});

export const EntriesLeftParams = z.object({
  used: z.int().check(z.minimum(0)),
  total: z.int().check(z.minimum(0)),
});

export const MembershipParams = z.object({
  planName: text(200),
  /** The day it starts (`membership.starting`) or ended (`membership.ended`). */
  day: CalendarDay,
});

/** A visitor the front desk greeted (`visitor.arrived`). */
export const VisitorArrivedParams = z.object({visitorId: Id, visitorName: text(120)});

/** A parcel the front desk received (`delivery.arrived`). */
export const DeliveryArrivedParams = z.object({
  deliveryId: Id,
  carrier: text(120),
  location: Label,
});

/** A community event a notification is about: its title and times (the space's offset). */
export const EventNoticeParams = z.object({
  eventId: Id,
  title: EventTitle,
  ...Interval.shape,
});

/** The seats were gone: the member waits, `waitlistPosition` 1 being next in line. */
export const EventWaitlistedParams = z.object({
  ...EventNoticeParams.shape,
  waitlistPosition: z.int().check(z.minimum(1)),
});

/** A seat opened: it is held for the member until `offerExpiresAt`. */
export const EventOfferedParams = z.object({
  ...EventNoticeParams.shape,
  registrationId: Id,
  offerExpiresAt: Instant,
});

/** The day before: where it happens. */
export const EventReminderParams = z.object({...EventNoticeParams.shape, placeName: Name});

export const EventCancelledParams = z.object({
  ...EventNoticeParams.shape,
  /** The share of the ticket refunded, 0–100; null when nothing was paid (free, or waiting). */
  refundPercent: z.nullable(z.int().check(z.minimum(0), z.maximum(100))),
});

/** A help request the space answered, resolved or closed. */
export const RequestNoticeParams = z.object({requestId: Id, number: z.int()});

const base = {
  id: Id,
  /** English text written by the server: what a client shows for a kind it does not know. */
  title: Label,
  body: LongText,
  createdAt: Instant,
  readAt: z.nullable(Instant),
};

/**
 * The kinds a client can render in its own language, each with its typed `params`, in the
 * contract's order. `announcement` is written by the space (its `title`/`body`, no params).
 */
const PARAMS_BY_KIND = {
  'booking.confirmed': BookingNoticeParams,
  'booking.requested': BookingNoticeParams,
  'booking.approved': BookingNoticeParams,
  'booking.declined': BookingNoticeParams,
  'booking.cancelled': BookingCancelledParams,
  'order.paid': OrderPaidParams,
  'invoice.credited': InvoiceCreditedParams,
  'credits.expiring': CreditsExpiringParams,
  'entries.left': EntriesLeftParams,
  'membership.starting': MembershipParams,
  'membership.ended': MembershipParams,
  // A member's own plan moves: `day` is when it starts, changes or ends.
  'membership.joined': MembershipParams,
  'membership.requested': MembershipParams,
  'membership.approved': MembershipParams,
  'membership.changing': MembershipParams,
  'membership.cancelling': MembershipParams,
  'visitor.arrived': VisitorArrivedParams,
  'delivery.arrived': DeliveryArrivedParams,
  // The request's `body` is its subject, in the member's own words.
  'request.answered': RequestNoticeParams,
  'request.resolved': RequestNoticeParams,
  'request.closed': RequestNoticeParams,
  // The member's own registrations for the space's events.
  'event.registered': EventNoticeParams,
  'event.waitlisted': EventWaitlistedParams,
  'event.offered': EventOfferedParams,
  'event.reminder': EventReminderParams,
  'event.cancelled': EventCancelledParams,
  announcement: z.object({}),
};

export type NotificationKind = keyof typeof PARAMS_BY_KIND;
/** Every kind {@link KnownNotification} lists. */
export const NOTIFICATION_KINDS = Object.keys(PARAMS_BY_KIND) as readonly NotificationKind[];

const ofKind = <K extends NotificationKind>(kind: K) =>
  z.object({...base, kind: z.literal(kind), params: PARAMS_BY_KIND[kind]});
/** One schema per kind, so that a kind's `params` have their own type. */
type OfKind = {[K in NotificationKind]: ReturnType<typeof ofKind<K>>}[NotificationKind];

/** The notifications a client can render in its own language, one `kind` each. */
export const KnownNotification = z.discriminatedUnion(
  'kind',
  NOTIFICATION_KINDS.map(ofKind) as [OfKind, ...OfKind[]],
);
export type KnownNotification = z.infer<typeof KnownNotification>;

/**
 * A kind this contract does not list yet (a newer server): clients show its `title`/`body`.
 * Listed after the known kinds, so a known kind is always read with its typed params.
 */
export const OtherNotification = z.object({
  ...base,
  // A known kind whose params do not match is an error, not an unknown kind.
  kind: z.string().check(
    z.maxLength(60),
    z.refine(
      (kind) => !(NOTIFICATION_KINDS as readonly string[]).includes(kind),
      'Params do not match the kind.',
    ),
  ),
  params: z.record(text(60), z.unknown()),
});

/** A notification for the member; tell kinds apart with {@link NOTIFICATION_KINDS}. */
export const Notification = z.union([KnownNotification, OtherNotification]);
export type Notification = z.infer<typeof Notification>;
