import * as z from 'zod/mini';
import {
  CalendarDay,
  Credits,
  Id,
  Instant,
  Label,
  LongText,
  Money,
  text,
} from '../../contract/primitives.js';

/** A booking a notification is about: the room and its times (the first, for a series). */
export const BookingNoticeParams = z.object({
  resourceName: text(200),
  start: Instant,
  end: Instant,
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

const base = {
  id: Id,
  /** English text written by the server: what a client shows for a kind it does not know. */
  title: Label,
  body: LongText,
  createdAt: Instant,
  readAt: z.nullable(Instant),
};

/**
 * The notifications a client can render in its own language, one `kind` each with typed
 * `params`. `announcement` is written by the space (its `title`/`body`, no params).
 */
export const KnownNotification = z.discriminatedUnion('kind', [
  z.object({...base, kind: z.literal('booking.confirmed'), params: BookingNoticeParams}),
  z.object({...base, kind: z.literal('booking.requested'), params: BookingNoticeParams}),
  z.object({...base, kind: z.literal('booking.approved'), params: BookingNoticeParams}),
  z.object({...base, kind: z.literal('booking.declined'), params: BookingNoticeParams}),
  z.object({...base, kind: z.literal('booking.cancelled'), params: BookingCancelledParams}),
  z.object({...base, kind: z.literal('order.paid'), params: OrderPaidParams}),
  z.object({...base, kind: z.literal('credits.expiring'), params: CreditsExpiringParams}),
  z.object({...base, kind: z.literal('entries.left'), params: EntriesLeftParams}),
  z.object({...base, kind: z.literal('membership.starting'), params: MembershipParams}),
  z.object({...base, kind: z.literal('membership.ended'), params: MembershipParams}),
  // A member's own plan moves: `day` is when it starts, changes or ends.
  z.object({...base, kind: z.literal('membership.joined'), params: MembershipParams}),
  z.object({...base, kind: z.literal('membership.requested'), params: MembershipParams}),
  z.object({...base, kind: z.literal('membership.approved'), params: MembershipParams}),
  z.object({...base, kind: z.literal('membership.changing'), params: MembershipParams}),
  z.object({...base, kind: z.literal('membership.cancelling'), params: MembershipParams}),
  z.object({...base, kind: z.literal('announcement'), params: z.object({})}),
]);
export type KnownNotification = z.infer<typeof KnownNotification>;

export type NotificationKind = KnownNotification['kind'];
/** Every kind {@link KnownNotification} lists (`satisfies`: the compiler keeps them in step). */
const KINDS = {
  'booking.confirmed': true,
  'booking.requested': true,
  'booking.approved': true,
  'booking.declined': true,
  'booking.cancelled': true,
  'order.paid': true,
  'credits.expiring': true,
  'entries.left': true,
  'membership.starting': true,
  'membership.ended': true,
  'membership.joined': true,
  'membership.requested': true,
  'membership.approved': true,
  'membership.changing': true,
  'membership.cancelling': true,
  announcement: true,
} satisfies Record<NotificationKind, true>;
export const NOTIFICATION_KINDS = Object.keys(KINDS) as readonly NotificationKind[];

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
