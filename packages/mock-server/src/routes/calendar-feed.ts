import {calendarFeedFile, routePath, type CalendarFeed} from '@portico/sdk/contract';
import {calendarIcs, formatInstant} from '@portico/sdk/domain';
import {problem} from '../problem.js';
import {randomToken, sameToken} from '../state/ids.js';
import {ofMember, resourceOf} from '../state/queries.js';
import type {BookingRow, CalendarFeedRow, MemberRow, SpaceRow} from '../state/rows.js';
import {TABLES} from '../state/rows.js';
import type {Transaction} from '../state/db.js';
import {toBooking} from '../state/views.js';
import {defineHandlers} from './context.js';

/** The feed lists bookings that ended at most this long ago, and every later one. */
const RECENT_MS = 30 * 86_400_000;
/** At most this many events in one feed, soonest first. */
const MAX_EVENTS = 500;

const feedOf = (row: CalendarFeedRow, space: SpaceRow, request: Request): CalendarFeed => ({
  url: new URL(routePath(calendarFeedFile, space.slug, {secret: row.secret}), request.url).href,
  createdAt: row.createdAt,
});

function newFeed(tx: Transaction, member: MemberRow, now: number, space: SpaceRow) {
  return tx.put<CalendarFeedRow>(TABLES.calendarFeeds, {
    id: member.id,
    spaceId: member.spaceId,
    memberId: member.id,
    secret: randomToken(''),
    createdAt: formatInstant(now, space.timeZone),
  });
}

export const calendarFeedHandlers = defineHandlers({
  getCalendarFeed: ({member, space, now, request, transaction}) =>
    transaction((tx) => {
      const row =
        tx.get<CalendarFeedRow>(TABLES.calendarFeeds, member.id) ?? newFeed(tx, member, now, space);
      return feedOf(row, space, request);
    }),

  resetCalendarFeed: ({member, space, now, request, transaction}) =>
    transaction((tx) => feedOf(newFeed(tx, member, now, space), space, request)),

  calendarFeedFile: ({db, space, params, now}) => {
    // Every feed of the space is compared, each in constant time, so the answer's timing
    // does not depend on how close a guess came to a real secret.
    let feed: CalendarFeedRow | undefined;
    for (const row of db.all<CalendarFeedRow>(TABLES.calendarFeeds)) {
      if (sameToken(row.secret, params.secret) && row.spaceId === space.id) feed = row;
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
    const text = calendarIcs({
      bookings,
      timeZone: space.timeZone,
      location: `${space.name}, ${space.address}`,
      now: formatInstant(now, space.timeZone),
      name: space.name,
    });
    return new Response(text, {
      status: 200,
      headers: {
        'content-type': 'text/calendar; charset=utf-8',
        // The secret is in the URL: no shared cache may keep it or the member's bookings.
        'cache-control': 'private, no-store',
        'referrer-policy': 'no-referrer',
      },
    });
  },
});
