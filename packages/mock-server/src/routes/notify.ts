import type {Transaction} from '../state/db.js';
import {nextId} from '../state/ids.js';
import {instant} from '../state/queries.js';
import type {MemberRow, NotificationRow, SpaceRow} from '../state/rows.js';
import {TABLES} from '../state/rows.js';

/** Adds a notification for a member (realtime sends `notification.created` from the commit). */
export function notify(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  now: number,
  notification: Pick<NotificationRow, 'kind' | 'title' | 'body'>,
): void {
  tx.put<NotificationRow>(TABLES.notifications, {
    id: nextId(tx, 'ntf'),
    spaceId: space.id,
    memberId: member.id,
    ...notification,
    createdAt: instant(space, now),
    readAt: null,
  });
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
