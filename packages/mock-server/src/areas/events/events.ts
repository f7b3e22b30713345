/** Listing events (filters, search, order), the member's own, categories and the .ics file. */
import type {Event, EventWhen, MyEvent, Routes} from '@portico/sdk/contract';
import {calendarIcs, calendarDayOf} from '@portico/sdk/domain';
import type {Reader} from '../../state/lookups.js';
import {compareIds, instant, ofMember, paginate} from '../../state/lookups.js';
import type {EventRow, MemberRow, RegistrationRow, SpaceRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import type {RouteContext} from '../shared/context.js';
import {eventOf, registrationsOf, toEvent, toRegistration} from './event-views.js';

type EventsQuery = RouteContext<Routes['listEvents']>['query'];

/** Upcoming until it ends (soonest first); past once it has ended (latest first). */
function inWhen(event: EventRow, when: EventWhen, now: number): boolean {
  return when === 'past' ? event.endMs <= now : event.endMs > now;
}

function byWhen(when: EventWhen) {
  return (a: EventRow, b: EventRow) =>
    (when === 'past' ? b.startMs - a.startMs : a.startMs - b.startMs) || compareIds(a.id, b.id);
}

const fold = (text: string) =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');

/** Every word of the search appears in the title, category, place or description. */
function matches(event: EventRow, q: string): boolean {
  const haystack = fold(
    [
      event.title,
      event.category,
      event.place.name,
      event.place.address ?? '',
      event.description,
    ].join(' '),
  );
  return fold(q)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

export function spaceEvents(reader: Reader, space: SpaceRow): EventRow[] {
  return reader.all<EventRow>(TABLES.events).filter((e) => e.spaceId === space.id && !e.cancelled);
}

export function listEvents(
  reader: Reader,
  space: SpaceRow,
  member: MemberRow,
  query: EventsQuery,
  now: number,
): {items: Event[]; nextCursor: string | null} {
  const when = query.when ?? 'upcoming';
  const day = (event: EventRow) => calendarDayOf(event.startMs, space.timeZone);
  const rows = spaceEvents(reader, space)
    .filter(
      (event) =>
        inWhen(event, when, now) &&
        (query.category === undefined || event.category === query.category) &&
        (query.from === undefined || day(event) >= query.from) &&
        (query.to === undefined || day(event) <= query.to) &&
        (query.q === undefined || matches(event, query.q)),
    )
    .sort(byWhen(when));
  const {page, nextCursor} = paginate(rows, query);
  return {items: page.map((event) => toEvent(reader, event, member)), nextCursor};
}

/** Categories in use, alphabetically. */
export function eventCategories(reader: Reader, space: SpaceRow): string[] {
  return [...new Set(spaceEvents(reader, space).map((event) => event.category))].sort((a, b) =>
    a.localeCompare(b, 'en'),
  );
}

/** The member's registrations with their events: upcoming (still open) or past. */
export function listMyEvents(
  reader: Reader,
  space: SpaceRow,
  member: MemberRow,
  query: {when?: EventWhen | undefined; cursor?: string | undefined; limit?: number | undefined},
  now: number,
): {items: MyEvent[]; nextCursor: string | null} {
  const when = query.when ?? 'upcoming';
  const events = new Map(spaceEvents(reader, space).map((event) => [event.id, event]));
  const rows = ofMember<RegistrationRow>(reader, TABLES.eventRegistrations, member).filter(
    (row) => {
      const event = events.get(row.eventId);
      if (!event || !inWhen(event, when, now)) return false;
      // Upcoming lists what the member still has; the past keeps what they attended.
      return when === 'past'
        ? row.status === 'registered'
        : ['registered', 'waitlisted', 'offered'].includes(row.status);
    },
  );
  const order = byWhen(when);
  rows.sort((a, b) => order(events.get(a.eventId)!, events.get(b.eventId)!));
  const {page, nextCursor} = paginate(rows, query);
  return {
    items: page.map((row) => myEvent(reader, events.get(row.eventId)!, row, member)),
    nextCursor,
  };
}

export function myEvent(
  reader: Reader,
  event: EventRow,
  row: RegistrationRow,
  member: MemberRow,
): MyEvent {
  const rows = registrationsOf(reader, event.id);
  return {event: toEvent(reader, event, member, rows), registration: toRegistration(row, rows)};
}

/** The event's `.ics`, written by the same writer as bookings' files and the feed. */
export function eventIcsFile(
  reader: Reader,
  space: SpaceRow,
  eventId: string,
  now: number,
): string {
  const event = eventOf(reader, space, eventId);
  const {place} = event;
  return calendarIcs({
    bookings: [
      {
        id: event.id,
        resourceName: event.title,
        start: event.start,
        end: event.end,
        note: event.description,
        status: 'confirmed',
      },
    ],
    timeZone: space.timeZone,
    location: [
      place.name,
      place.address ?? (place.resourceId ? `${space.name}, ${space.address}` : null),
    ]
      .filter(Boolean)
      .join(', '),
    now: instant(space, now),
  });
}
