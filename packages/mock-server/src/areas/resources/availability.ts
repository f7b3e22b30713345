import type {Availability, ResourceAvailability, Routes} from '@portico/sdk/contract';
import {
  addDays,
  bookableRanges,
  calendarDayOf,
  MINUTE_MS,
  parseInstant,
  resourceHours,
  zonedDateTimeToInstant,
} from '@portico/sdk/domain';
import {JsonText} from '../../dispatcher/prepared.js';
import {invalidField, problem} from '../../problem.js';
import type {Db} from '../../state/db.js';
import {instant, sortedInSpace} from '../../state/lookups.js';
import type {BookingRow, ResourceRow, SpaceRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import type {RouteContext} from '../shared/context.js';
import {requestInstant} from '../shared/input.js';
import {availabilityMemo} from './availability-memo.js';
import {eventRoomTimes} from '../events/event-rooms.js';

/** The longest window availability answers in one request. */
export const MAX_AVAILABILITY_DAYS = 31;
const DAY_MS = 24 * 60 * 60 * 1000;

type AvailabilityQuery = RouteContext<Routes['getAvailability']>['query'];
type Span = Pick<BookingRow, 'start' | 'end' | 'startMs' | 'endMs'>;

/**
 * Free and busy intervals of the space's resources between `from` and `to`: the domain's
 * bookable ranges (opening hours, closures, grid, notice, advance limit) minus bookings with
 * their buffers; busy says when, never who. Answers from {@link availabilityMemo} when it can,
 * as the JSON text it remembered.
 */
export function availability(
  db: Db,
  space: SpaceRow,
  query: AvailabilityQuery,
  now: number,
): Availability | JsonText {
  // Keyed by the query's text: a text remembered was valid, so a hit needs no parsing.
  const key = `${space.id} ${query.from} ${query.to} ${query.resourceIds ?? ''}`;
  const hit = availabilityMemo.get(db, key, now);
  if (hit !== undefined) return hit;
  const from = requestInstant(query.from, 'query.from');
  const to = requestInstant(query.to, 'query.to');
  if (to <= from) throw problem('invalid_time_range', '`to` must be after `from`.');
  if (to - from > MAX_AVAILABILITY_DAYS * DAY_MS) {
    throw problem('invalid_time_range', `Ask for at most ${MAX_AVAILABILITY_DAYS} days at a time.`);
  }
  let resources = sortedInSpace<ResourceRow>(db, TABLES.resources, space.id);
  if (query.resourceIds !== undefined) {
    const wanted = query.resourceIds.split(',');
    const unknown = wanted.filter((id) => !resources.some((r) => r.id === id));
    if (unknown.length > 0)
      throw invalidField('query.resourceIds', `Unknown resource ${unknown.join(', ')}`);
    resources = resources.filter((r) => wanted.includes(r.id));
  }
  // One pass over the bookings, grouped per resource; the widest buffer decides what counts.
  const margin = Math.max(0, ...resources.map((r) => r.rules.bufferMinutes)) * MINUTE_MS;
  const busyByResource = new Map<string, BookingRow[]>();
  for (const booking of db.all<BookingRow>(TABLES.bookings)) {
    if (booking.spaceId !== space.id || booking.status === 'cancelled') continue;
    if (booking.endMs <= from - margin || booking.startMs >= to + margin) continue;
    let list = busyByResource.get(booking.resourceId);
    if (!list) busyByResource.set(booking.resourceId, (list = []));
    list.push(booking);
  }
  const fromIso = instant(space, from);
  const toIso = instant(space, to);
  const nowIso = instant(space, now);
  // The answer changes at the next midnight (the advance limit moves) ...
  let validUntil =
    zonedDateTimeToInstant(
      addDays(calendarDayOf(now, space.timeZone), 1),
      '00:00',
      space.timeZone,
    ) - 1;
  const items = resources.map((resource): ResourceAvailability => {
    // Bookings and the events held in the room, in time order.
    const rows = [
      ...(busyByResource.get(resource.id) ?? []),
      ...eventRoomTimes(db, space.id, resource.id, from - margin, to + margin).map((e) => ({
        ...e,
        startMs: parseInstant(e.start),
        endMs: parseInstant(e.end),
      })),
    ].sort((a, b) => a.startMs - b.startMs);
    const busy = rows.map((b) => ({start: b.start, end: b.end}));
    const free = bookableRanges({
      from: fromIso,
      to: toIso,
      hours: resourceHours(resource, space),
      closures: space.closures,
      timeZone: space.timeZone,
      rules: resource.rules,
      busy,
      now: nowIso,
    });
    // ... or when its first free range starts inside the minimum notice.
    const first = free[0];
    if (first)
      validUntil = Math.min(
        validUntil,
        parseInstant(first.start) - resource.rules.minimumNoticeMinutes * MINUTE_MS,
      );
    // Busy intervals say when, never who; only those that touch the window are shown.
    return {
      resourceId: resource.id,
      free,
      busy: busy.filter((_, i) => (rows[i] as Span).endMs > from && (rows[i] as Span).startMs < to),
    };
  });
  const body: Availability = {from: fromIso, to: toIso, resources: items};
  // Remembered as JSON, so a repeated query is a lookup and a write. This first answer is
  // the object, for the dispatcher to check against the contract (in tests) and serialize.
  availabilityMemo.set(db, key, {
    computedAt: now,
    validUntil,
    json: new JsonText(JSON.stringify(body)),
  });
  return body;
}
