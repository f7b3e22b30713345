/**
 * Public events for visitors (no account): the list, one event, and registering with a name
 * and email. A visitor's registration takes the same seats and waitlist as the members' (one
 * table, one arrival order), is only ever mailed to its visitor, and shows no one else's.
 */
import type {
  Event,
  PublicRegistration,
  PublicRegistrationCancelled,
  PublicRegistrationRequest,
} from '@portico/sdk/contract';
import {registrationOutcome} from '@portico/sdk/domain';
import {problem} from '../../problem.js';
import type {Transaction} from '../../state/db.js';
import {nextId, randomToken, sameToken} from '../../state/ids.js';
import type {Reader} from '../../state/lookups.js';
import {inSpace, instant, paginate} from '../../state/lookups.js';
import type {EventRow, RegistrationRow, SpaceRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {eventOf, registrationsOf, seatsOf, toEvent, waitlistOf} from './event-views.js';
import {spaceEvents} from './events.js';
import {
  OPEN,
  promoteWaitlist,
  putRegistration,
  requireOpen,
  seatsFor,
  sweepEvents,
} from './registrations.js';
import {UNPAID} from './ticket-payment.js';
import {mailVisitor} from './visitor-mail.js';

/** A public event of the space, or 404 (a members-only event is not there for visitors). */
function publicEventOf(reader: Reader, space: SpaceRow, eventId: string): EventRow {
  const event = eventOf(reader, space, eventId);
  if (event.audience !== 'public') throw problem('not_found', `There is no event ${eventId}.`);
  return event;
}

/** The public events still to end, soonest first. */
export function listPublicEvents(
  reader: Reader,
  space: SpaceRow,
  query: {cursor?: string | undefined; limit?: number | undefined},
  now: number,
): {items: Event[]; nextCursor: string | null} {
  const rows = spaceEvents(reader, space)
    .filter((event) => event.audience === 'public' && event.endMs > now)
    .sort((a, b) => a.startMs - b.startMs);
  const {page, nextCursor} = paginate(rows, query);
  return {items: page.map((event) => toEvent(reader, event, null)), nextCursor};
}

export const getPublicEvent = (reader: Reader, space: SpaceRow, eventId: string): Event =>
  toEvent(reader, publicEventOf(reader, space, eventId), null);

const emailKey = (email: string) => email.trim().toLowerCase();

export function registerForPublicEvent(
  tx: Transaction,
  space: SpaceRow,
  eventId: string,
  body: PublicRegistrationRequest,
  now: number,
): PublicRegistration {
  sweepEvents(tx, space, now);
  const event = publicEventOf(tx, space, eventId);
  requireOpen(event, now, 'Registration');
  if (event.price.kind !== 'free')
    throw problem(
      'sign_in_to_pay',
      'Tickets for this event are paid from a member account: sign in, or ask the space.',
    );
  const rows = registrationsOf(tx, event.id);
  const email = emailKey(body.email);
  if (rows.some((row) => row.visitor?.email === email && OPEN.has(row.status)))
    throw problem('already_registered', 'This email is already registered for this event.');
  const seats = seatsFor(event, body.guests);
  const outcome = registrationOutcome(seatsOf(event, rows), seats);
  const row = putRegistration(tx, space, rows, now, {
    id: nextId(tx, 'reg'),
    memberId: null,
    visitor: {name: body.name.trim(), email, cancelToken: randomToken('vc_')},
    eventId: event.id,
    status: outcome,
    seats,
    cost: {credits: 0, money: null},
    ...UNPAID,
  });
  mailVisitor(tx, space, row, event, outcome, now);
  const position = waitlistOf([...rows, row]).findIndex((other) => other.id === row.id);
  return {
    id: row.id,
    eventId: event.id,
    status: outcome,
    seats,
    waitlistPosition: position < 0 ? null : position + 1,
    createdAt: row.createdAt,
    cancelToken: row.visitor!.cancelToken,
  };
}

/**
 * A visitor cancels with the key their registration answered (and mailed): any other key is
 * 404, as for a registration that does not exist. Until the deadline, like members; the seats
 * go to the waitlist at once.
 */
export function cancelPublicRegistration(
  tx: Transaction,
  space: SpaceRow,
  token: string,
  now: number,
): PublicRegistrationCancelled {
  sweepEvents(tx, space, now);
  const row = inSpace<RegistrationRow>(tx, TABLES.eventRegistrations, space.id).find(
    (other) => other.visitor !== undefined && sameToken(other.visitor.cancelToken, token),
  );
  if (!row) throw problem('not_found', 'There is no registration with this key.');
  const event = eventOf(tx, space, row.eventId);
  if (!OPEN.has(row.status))
    throw problem('already_cancelled', `This registration is already ${row.status}.`);
  requireOpen(event, now, 'Cancelling');
  const cancelledAt = instant(space, now);
  const cancelled = tx.put<RegistrationRow>(TABLES.eventRegistrations, {
    ...row,
    status: 'cancelled',
    cancelledAt,
  });
  mailVisitor(tx, space, cancelled, event, 'cancelled', now);
  promoteWaitlist(tx, space, event, now);
  return {eventId: event.id, status: 'cancelled', cancelledAt};
}
