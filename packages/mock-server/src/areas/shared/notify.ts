import type {KnownNotification} from '@portico/sdk/contract';
import type {Transaction} from '../../state/db.js';
import {nextId} from '../../state/ids.js';
import {instant} from '../../state/lookups.js';
import type {
  BookingRow,
  MemberRow,
  NotificationRow,
  ResourceRow,
  SpaceRow,
} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';

type Distribute<T> = T extends unknown ? Omit<T, 'id' | 'createdAt' | 'readAt'> : never;

/**
 * What a notification says: its `kind` with typed `params`, which elements render in the
 * page's language, and an English `title`/`body` for clients that do not know the kind.
 */
export type Notice = Distribute<KnownNotification>;

/**
 * A billing notice, a kind the contract does not list yet: clients that do not know it show
 * its `title`/`body` (the contract's `OtherNotification`).
 */
export type UnlistedNotice = {
  kind: `invoice.${string}`;
  params: Record<string, string | number>;
  title: string;
  body: string;
};

/** Adds a notification for a member (realtime sends `notification.created` from the commit). */
export function notify(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  now: number,
  notice: Notice | UnlistedNotice,
): void {
  tx.put<NotificationRow>(TABLES.notifications, {
    id: nextId(tx, 'ntf'),
    spaceId: space.id,
    memberId: member.id,
    ...notice,
    createdAt: instant(space, now),
    readAt: null,
  });
}

/** The params of a notification about a booking (or the first of a series). */
export function bookingParams(
  booking: Pick<BookingRow, 'start' | 'end'>,
  resource: Pick<ResourceRow, 'name'> | undefined,
  occurrences = 1,
) {
  return {
    resourceName: resource?.name ?? 'Removed resource',
    start: booking.start,
    end: booking.end,
    occurrences,
  };
}

/** `Tue 3 Mar, 10:00–11:00` in the space's time zone, for notification texts. */
export function describeSlot(space: SpaceRow, start: string, end: string): string {
  const day = new Intl.DateTimeFormat('en-GB', {
    timeZone: space.timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  });
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone: space.timeZone,
    hour: '2-digit',
    minute: '2-digit',
  });
  return `${day.format(Date.parse(start))}, ${time.format(Date.parse(start))}–${time.format(Date.parse(end))}`;
}

/** `Sat 14 Mar` for a calendar day of the space, for notification texts. */
export function describeDay(space: SpaceRow, day: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(Date.parse(`${day}T12:00:00Z`));
}
