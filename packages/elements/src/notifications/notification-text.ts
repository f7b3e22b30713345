import type {KnownNotification, Notification} from '@portico/sdk';
import {formatMoney} from '@portico/sdk/domain';
import {
  formatCalendarDay,
  formatDateTime,
  formatPercent,
  formatTimeRange,
  msg,
} from '../i18n/index.js';
import type {PlainMessageKey} from '../i18n/index.js';
import {eventText} from './event-text.js';

/** What a notification says, in the page's language. */
export interface NotificationText {
  /** The label of its kind: `Booking`, `Payment`, … */
  kind: string;
  title: string;
  body: string;
}

/**
 * The kinds this element writes itself (a record, so a kind added to the contract is a
 * compile error here until it is written). Any other kind (a newer server) shows the
 * server's English `title` and `body`, as sent.
 */
const KNOWN: Record<KnownNotification['kind'], true> = {
  'booking.confirmed': true,
  'booking.requested': true,
  'booking.approved': true,
  'booking.declined': true,
  'booking.cancelled': true,
  'order.paid': true,
  'invoice.credited': true,
  'credits.expiring': true,
  'entries.left': true,
  'membership.starting': true,
  'membership.ended': true,
  'membership.joined': true,
  'membership.requested': true,
  'membership.approved': true,
  'membership.changing': true,
  'membership.cancelling': true,
  'visitor.arrived': true,
  'delivery.arrived': true,
  'request.answered': true,
  'request.resolved': true,
  'request.closed': true,
  'event.registered': true,
  'event.waitlisted': true,
  'event.offered': true,
  'event.reminder': true,
  'event.cancelled': true,
  announcement: true,
};

const isKnown = (item: Notification): item is KnownNotification => Object.hasOwn(KNOWN, item.kind);

/** The label of a kind's family (`booking.*` → Booking). */
const KIND_LABELS: Record<string, PlainMessageKey> = {
  booking: 'notifications.kind.booking',
  order: 'notifications.kind.payment',
  invoice: 'notifications.kind.billing',
  credits: 'notifications.kind.membership',
  entries: 'notifications.kind.membership',
  membership: 'notifications.kind.membership',
  announcement: 'notifications.kind.announcement',
  visitor: 'notifications.kind.frontDesk',
  delivery: 'notifications.kind.frontDesk',
  request: 'notifications.kind.help',
  event: 'notifications.kind.event',
};

/** The message key of each membership kind (`notifications.<key>.title` and `.body`). */
const MEMBERSHIP_KEYS = {
  'membership.starting': 'membershipStarting',
  'membership.ended': 'membershipEnded',
  'membership.joined': 'membershipJoined',
  'membership.requested': 'membershipRequested',
  'membership.approved': 'membershipApproved',
  'membership.changing': 'membershipChanging',
  'membership.cancelling': 'membershipCancelling',
} as const;

/**
 * A notification's text for `locale`, with its dates in the space's `timeZone` and its
 * amounts formatted by Intl. The space's own announcements keep their words.
 */
export function notificationText(
  item: Notification,
  locale: string,
  timeZone: string | undefined,
): NotificationText {
  const family = item.kind.split('.')[0] ?? '';
  const kind = msg(locale, KIND_LABELS[family] ?? 'notifications.kind.other');
  if (!isKnown(item)) return {kind, title: item.title, body: item.body};
  switch (item.kind) {
    case 'announcement':
      return {kind, title: item.title, body: item.body};
    case 'order.paid': {
      const {orderNumber, total} = item.params;
      return {
        kind,
        title: msg(locale, 'notifications.orderPaid.title'),
        body: msg(locale, 'notifications.orderPaid.body', {
          number: orderNumber,
          total: formatMoney(total, locale),
        }),
      };
    }
    case 'invoice.credited': {
      const {creditNoteNumber, invoiceNumber, amount, refunded} = item.params;
      return {
        kind,
        title: msg(locale, 'notifications.invoiceCredited.title', {number: creditNoteNumber}),
        body: msg(
          locale,
          refunded
            ? 'notifications.invoiceCredited.refunded'
            : 'notifications.invoiceCredited.reduced',
          {invoice: invoiceNumber, amount: formatMoney(amount, locale)},
        ),
      };
    }
    case 'credits.expiring': {
      const {credits, expiresAt} = item.params;
      return {
        kind,
        title: msg(locale, 'notifications.creditsExpiring.title', {count: credits}),
        body: msg(locale, 'notifications.creditsExpiring.body', {
          date: formatDateTime(locale, expiresAt, timeZone),
        }),
      };
    }
    case 'entries.left': {
      const {used, total} = item.params;
      return {
        kind,
        title: msg(locale, 'notifications.entriesLeft.title', {count: Math.max(0, total - used)}),
        body: msg(locale, 'notifications.entriesLeft.body', {used, total}),
      };
    }
    case 'membership.starting':
    case 'membership.ended':
    case 'membership.joined':
    case 'membership.requested':
    case 'membership.approved':
    case 'membership.changing':
    case 'membership.cancelling': {
      const params = {plan: item.params.planName, day: formatCalendarDay(locale, item.params.day)};
      const key = MEMBERSHIP_KEYS[item.kind];
      return {
        kind,
        title: msg(locale, `notifications.${key}.title`, params),
        body: msg(locale, `notifications.${key}.body`, params),
      };
    }
    case 'visitor.arrived': {
      const name = item.params.visitorName;
      return {
        kind,
        title: msg(locale, 'notifications.visitorArrived.title', {name}),
        body: msg(locale, 'notifications.visitorArrived.body', {name}),
      };
    }
    case 'delivery.arrived': {
      const {carrier, location} = item.params;
      return {
        kind,
        title: msg(locale, 'notifications.deliveryArrived.title', {carrier}),
        body: msg(locale, 'notifications.deliveryArrived.body', {location}),
      };
    }
    case 'request.answered':
    case 'request.resolved':
    case 'request.closed': {
      const key = REQUEST_KEYS[item.kind];
      // The body is the request's subject, in the member's own words.
      return {
        kind,
        title: msg(locale, `notifications.${key}.title`, {number: String(item.params.number)}),
        body: item.body,
      };
    }
    case 'event.registered':
    case 'event.waitlisted':
    case 'event.offered':
    case 'event.reminder':
    case 'event.cancelled':
      return {kind, ...eventText(item, locale, timeZone)};
    case 'booking.cancelled': {
      const {resourceName: room, start, end, refundPercent} = item.params;
      const when = formatTimeRange(locale, start, end, timeZone);
      const percent = formatPercent(locale, refundPercent);
      return {
        kind,
        title: msg(locale, 'notifications.bookingCancelled.title', {room}),
        body:
          refundPercent === 100
            ? msg(locale, 'notifications.bookingCancelled.refunded', {when})
            : msg(locale, 'notifications.bookingCancelled.late', {when, percent}),
      };
    }
    default: {
      const {resourceName: room, start, end, occurrences} = item.params;
      const when = formatTimeRange(locale, start, end, timeZone);
      const key = BOOKING_KEYS[item.kind];
      return {
        kind,
        title: msg(locale, `notifications.${key}.title`, {room}),
        body: msg(locale, `notifications.${key}.body`, {count: occurrences, when}),
      };
    }
  }
}

const REQUEST_KEYS = {
  'request.answered': 'requestAnswered',
  'request.resolved': 'requestResolved',
  'request.closed': 'requestClosed',
} as const;

const BOOKING_KEYS = {
  'booking.confirmed': 'bookingConfirmed',
  'booking.requested': 'bookingRequested',
  'booking.approved': 'bookingApproved',
  'booking.declined': 'bookingDeclined',
} as const;
