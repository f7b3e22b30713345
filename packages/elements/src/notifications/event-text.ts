import type {KnownNotification} from '@portico/sdk';
import {formatDateTime, formatPercent, formatTimeRange, msg} from '../i18n/index.js';

type EventNotification = Extract<KnownNotification, {kind: `event.${string}`}>;

/**
 * What a notification about one of the member's event registrations says in `locale`: the
 * event's title as the space wrote it, its times in the space's `timeZone`.
 */
export function eventText(
  item: EventNotification,
  locale: string,
  timeZone: string | undefined,
): {title: string; body: string} {
  const {title, start, end} = item.params;
  const when = formatTimeRange(locale, start, end, timeZone);
  switch (item.kind) {
    case 'event.registered':
      return {
        title: msg(locale, 'notifications.eventRegistered.title', {title}),
        body: msg(locale, 'notifications.eventRegistered.body', {when}),
      };
    case 'event.waitlisted':
      return {
        title: msg(locale, 'notifications.eventWaitlisted.title', {title}),
        body: msg(locale, 'notifications.eventWaitlisted.body', {
          when,
          position: item.params.waitlistPosition,
        }),
      };
    case 'event.offered':
      return {
        title: msg(locale, 'notifications.eventOffered.title', {title}),
        body: msg(locale, 'notifications.eventOffered.body', {
          date: formatDateTime(locale, item.params.offerExpiresAt, timeZone),
        }),
      };
    case 'event.reminder':
      return {
        title: msg(locale, 'notifications.eventReminder.title', {title}),
        body: msg(locale, 'notifications.eventReminder.body', {when, place: item.params.placeName}),
      };
    case 'event.cancelled': {
      const {refundPercent} = item.params;
      return {
        title: msg(locale, 'notifications.eventCancelled.title', {title}),
        body:
          refundPercent === null
            ? msg(locale, 'notifications.eventCancelled.released', {when})
            : refundPercent === 100
              ? msg(locale, 'notifications.eventCancelled.refunded', {when})
              : msg(locale, 'notifications.eventCancelled.late', {
                  when,
                  percent: formatPercent(locale, refundPercent),
                }),
      };
    }
  }
}
