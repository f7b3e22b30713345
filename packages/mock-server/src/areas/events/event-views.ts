/** Events and registrations as the contract shows them: seats and waitlist derived from rows. */
import type {Event, Registration} from '@portico/sdk/contract';
import {SEAT_HOLDING, seatsLeft, type EventSeats} from '@portico/sdk/domain';
import {problem} from '../../problem.js';
import type {Reader} from '../../state/lookups.js';
import type {EventRow, MemberRow, RegistrationRow, SpaceRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';

/** An event of the space that goes ahead, or 404. */
export function eventOf(reader: Reader, space: SpaceRow, eventId: string): EventRow {
  const event = reader.get<EventRow>(TABLES.events, eventId);
  if (!event || event.spaceId !== space.id || event.cancelled)
    throw problem('not_found', `There is no event ${eventId}.`);
  return event;
}

/** Every registration of an event in arrival order. */
export function registrationsOf(reader: Reader, eventId: string): RegistrationRow[] {
  return reader
    .all<RegistrationRow>(TABLES.eventRegistrations)
    .filter((row) => row.eventId === eventId)
    .sort((a, b) => a.seq - b.seq);
}

export const waitlistOf = (rows: readonly RegistrationRow[]) =>
  rows.filter((row) => row.status === 'waitlisted');

export function seatsOf(
  event: Pick<EventRow, 'capacity'>,
  rows: readonly RegistrationRow[],
): EventSeats {
  return {
    capacity: event.capacity,
    taken: rows.filter((row) => SEAT_HOLDING.has(row.status)).reduce((n, row) => n + row.seats, 0),
    waitlistLength: waitlistOf(rows).length,
  };
}

export function toRegistration(
  row: RegistrationRow,
  rows: readonly RegistrationRow[],
): Registration {
  const {
    spaceId: _s,
    memberId: _m,
    seq: _q,
    debits: _d,
    paymentId: _p,
    remindedAt: _r,
    visitor: _v,
    ...view
  } = row;
  const position = waitlistOf(rows).findIndex((other) => other.id === row.id);
  return {...view, waitlistPosition: position < 0 ? null : position + 1};
}

/** The member's latest registration of the event, if any. */
export function latestOf(
  rows: readonly RegistrationRow[],
  member: MemberRow,
): RegistrationRow | undefined {
  return rows.filter((row) => row.memberId === member.id).at(-1);
}

export function toEvent(
  reader: Reader,
  event: EventRow,
  /** The member reading it; null for a visitor (no registration of theirs is shown). */
  member: MemberRow | null,
  rows = registrationsOf(reader, event.id),
): Event {
  const {spaceId: _s, startMs: _a, endMs: _b, cancelled: _c, ...view} = event;
  const seats = seatsOf(event, rows);
  const mine = member && latestOf(rows, member);
  return {
    ...view,
    seatsLeft: seatsLeft(seats),
    waitlistLength: seats.waitlistLength,
    myRegistration: mine ? toRegistration(mine, rows) : null,
  };
}
