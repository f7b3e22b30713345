/**
 * The member's calendar feed: a secret address (`/calendar/{secret}.ics`) that a calendar
 * app reads without an Authorization header, so the 43-character random secret is the
 * credential. Made on first use; a reset replaces the secret and the old address answers 404.
 */
import {calendarFeedFile, routePath, type CalendarFeed} from '@portico/sdk/contract';
import {calendarIcs, formatInstant} from '@portico/sdk/domain';
import {problem} from '../../problem.js';
import type {Db, Transaction} from '../../state/db.js';
import {randomToken, sameToken} from '../../state/ids.js';
import {ofMember, resourceOf} from '../../state/lookups.js';
import type {BookingRow, CalendarFeedRow, MemberRow, SpaceRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {toBooking} from '../../state/views.js';

/** The feed lists bookings that ended at most this long ago, and every later one. */
const RECENT_MS = 30 * 86_400_000;
/** At most this many events in one feed, soonest first. */
const MAX_EVENTS = 500;

/** The feed as the member sees it: its address (on the host the request came to). */
export const feedOf = (row: CalendarFeedRow, space: SpaceRow, request: Request): CalendarFeed => ({
  url: new URL(routePath(calendarFeedFile, space.slug, {secret: row.secret}), request.url).href,
  createdAt: row.createdAt,
});

/** A new secret for the member's feed (one feed per member: its id is the member's). */
export function newFeed(tx: Transaction, member: MemberRow, now: number, space: SpaceRow) {
  return tx.put<CalendarFeedRow>(TABLES.calendarFeeds, {
    id: member.id,
    spaceId: member.spaceId,
    memberId: member.id,
    secret: randomToken(''),
    createdAt: formatInstant(now, space.timeZone),
  });
}

/** The iCalendar text of the feed at `secret`: the member's bookings that are not cancelled. */
export function feedFile(db: Db, space: SpaceRow, secret: string, now: number): string {
  // Every feed of the space is compared, each in constant time, so the answer's timing
  // does not depend on how close a guess came to a real secret.
  let feed: CalendarFeedRow | undefined;
  for (const row of db.all<CalendarFeedRow>(TABLES.calendarFeeds)) {
    if (sameToken(row.secret, secret) && row.spaceId === space.id) feed = row;
  }
  const member = feed && db.get<MemberRow>(TABLES.members, feed.memberId);
  if (!member) {
    throw problem(
      'not_found',
      'There is no calendar feed at this address (it may have been reset).',
    );
  }
  const bookings = ofMember<BookingRow>(db, TABLES.bookings, member)
    .filter((b) => b.status !== 'cancelled' && b.endMs > now - RECENT_MS)
    .sort((a, b) => a.startMs - b.startMs || a.id.localeCompare(b.id, 'en', {numeric: true}))
    .slice(0, MAX_EVENTS)
    .map((b) => toBooking(b, resourceOf(db, space.id, b.resourceId), space));
  return calendarIcs({
    bookings,
    timeZone: space.timeZone,
    location: `${space.name}, ${space.address}`,
    now: formatInstant(now, space.timeZone),
    name: space.name,
  });
}
