/**
 * Registering for events: a seat while they last, then the waitlist in arrival order; a freed
 * seat is offered to the first in line, who holds it for the event's `offerHoldHours` to
 * confirm (and pay). Every write runs in one synchronous transaction, so 30 members racing for
 * 10 seats are serialized here: exactly 10 are registered, the other 20 wait in the order
 * their requests arrived.
 */
import type {
  ConfirmOfferRequest,
  Registration,
  RegistrationCancelled,
  RegistrationQuote,
  RegistrationRequest,
} from '@portico/sdk/contract';
import {
  HOUR_MS,
  addDays,
  calendarDayOf,
  cancellationRefund,
  freeCancellationUntil,
  parseInstant,
  registrationOutcome,
  spendCredits,
  ticketCost,
  waitlistOffers,
  seatsLeft,
} from '@portico/sdk/domain';
import {problem} from '../../problem.js';
import type {Transaction} from '../../state/db.js';
import {nextId} from '../../state/ids.js';
import type {Reader} from '../../state/lookups.js';
import {creditTotal, instant, memberBuckets, ownRow} from '../../state/lookups.js';
import type {EventRow, MemberRow, RegistrationRow, SpaceRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {describeSlot, notify} from '../shared/notify.js';
import {
  eventOf,
  latestOf,
  registrationsOf,
  seatsOf,
  toRegistration,
  waitlistOf,
} from './event-views.js';
import {UNPAID, chargeTicket, payWithFor, refundTicket, type Payment} from './ticket-payment.js';
import {mailVisitor} from './visitor-mail.js';

export const OPEN: ReadonlySet<RegistrationRow['status']> = new Set([
  'registered',
  'waitlisted',
  'offered',
]);

/** 422 once the deadline has passed (registering, and cancelling, close then). */
export function requireOpen(event: EventRow, now: number, action: string): void {
  if (now > parseInstant(event.registrationDeadline))
    throw problem(
      'registration_closed',
      `${action} closed at ${event.registrationDeadline}: ask the space's team.`,
    );
}

/** The seats a request asks for, within the event's guest allowance. */
export function seatsFor(event: EventRow, guests = 0): number {
  if (guests > event.maxGuests)
    throw problem(
      'too_many_guests',
      event.maxGuests === 0
        ? 'This event does not take guests.'
        : `Bring at most ${event.maxGuests} guests to this event.`,
    );
  return 1 + guests;
}

function requireNotRegistered(rows: readonly RegistrationRow[], member: MemberRow): void {
  const mine = latestOf(rows, member);
  if (mine && OPEN.has(mine.status))
    throw problem('already_registered', `You are already ${mine.status} for this event.`);
}

export function quoteRegistration(
  reader: Reader,
  space: SpaceRow,
  member: MemberRow,
  eventId: string,
  guests: number | undefined,
  now: number,
): RegistrationQuote {
  const event = eventOf(reader, space, eventId);
  requireOpen(event, now, 'Registration');
  const rows = registrationsOf(reader, event.id);
  requireNotRegistered(rows, member);
  const seats = seatsFor(event, guests);
  const cost = ticketCost(event.price, seats);
  const outcome = registrationOutcome(seatsOf(event, rows), seats);
  const nowIso = instant(space, now);
  const available = creditTotal(reader, member, nowIso);
  return {
    seats,
    cost,
    outcome,
    waitlistPosition: outcome === 'waitlisted' ? waitlistOf(rows).length + 1 : null,
    payWith: event.payWith,
    creditsAvailable: available,
    affordable: spendCredits(memberBuckets(reader, member), cost.credits, nowIso).ok,
    freeCancellationUntil: freeCancellationUntil(event.start, event.refundPolicy, space.timeZone),
    lateRefundPercent: event.refundPolicy.lateRefundPercent,
    registrationDeadline: event.registrationDeadline,
  };
}

export function register(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  eventId: string,
  body: RegistrationRequest,
  now: number,
): Registration {
  sweepEvents(tx, space, now);
  const event = eventOf(tx, space, eventId);
  requireOpen(event, now, 'Registration');
  const rows = registrationsOf(tx, event.id);
  requireNotRegistered(rows, member);
  const seats = seatsFor(event, body.guests);
  const cost = ticketCost(event.price, seats);
  const outcome = registrationOutcome(seatsOf(event, rows), seats);
  const id = nextId(tx, 'reg');
  // Waiting costs nothing; a member who might pay later learns now if the way is not allowed.
  const payment =
    outcome === 'registered'
      ? chargeTicket(tx, space, member, {event, registrationId: id, cost}, body, now)
      : (payWithFor(event, cost, body.payWith), UNPAID);
  const row = putRegistration(tx, space, rows, now, {
    id,
    memberId: member.id,
    eventId: event.id,
    status: outcome,
    seats,
    cost,
    ...payment,
  });
  const all = [...rows, row];
  if (outcome === 'registered') notifyRegistered(tx, space, member, event, now);
  else {
    const waitlistPosition = waitlistOf(all).length;
    notify(tx, space, member, now, {
      kind: 'event.waitlisted',
      params: {...eventParams(event), waitlistPosition},
      title: `${event.title}: waitlisted`,
      body: `${describeSlot(space, event.start, event.end)}. You are number ${waitlistPosition} on the waitlist; we'll tell you if a seat opens.`,
    });
  }
  return toRegistration(row, all);
}

type NewRegistration = Pick<
  RegistrationRow,
  'id' | 'memberId' | 'visitor' | 'eventId' | 'status' | 'seats' | 'cost'
> &
  Payment;

/** A new registration of an event, last in its arrival order (`rows`, the event's others). */
export function putRegistration(
  tx: Transaction,
  space: SpaceRow,
  rows: readonly RegistrationRow[],
  now: number,
  registration: NewRegistration,
): RegistrationRow {
  return tx.put<RegistrationRow>(TABLES.eventRegistrations, {
    spaceId: space.id,
    seq: (rows.at(-1)?.seq ?? 0) + 1,
    guests: registration.seats - 1,
    offerExpiresAt: null,
    refund: null,
    createdAt: instant(space, now),
    cancelledAt: null,
    remindedAt: null,
    ...registration,
  });
}

/** What every event notification names: the event, its title and times. */
const eventParams = (event: EventRow) => ({
  eventId: event.id,
  title: event.title,
  start: event.start,
  end: event.end,
});

function notifyRegistered(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  event: EventRow,
  now: number,
): void {
  notify(tx, space, member, now, {
    kind: 'event.registered',
    params: eventParams(event),
    title: `${event.title}: you're in`,
    body: `${describeSlot(space, event.start, event.end)}. See you there!`,
  });
}

/** A registration the member owns, with its event (404 for anyone else's). */
function ownRegistration(tx: Transaction, space: SpaceRow, member: MemberRow, id: string) {
  const row = ownRow<RegistrationRow>(tx, TABLES.eventRegistrations, id, member, 'registration');
  return {row, event: eventOf(tx, space, row.eventId)};
}

export function confirmOffer(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  registrationId: string,
  body: ConfirmOfferRequest,
  now: number,
): Registration {
  sweepEvents(tx, space, now);
  const {row, event} = ownRegistration(tx, space, member, registrationId);
  if (row.status === 'registered') return toRegistration(row, registrationsOf(tx, event.id));
  if (row.status !== 'offered')
    throw problem('offer_not_open', `This registration is ${row.status}: no seat is held for you.`);
  const payment = chargeTicket(
    tx,
    space,
    member,
    {event, registrationId, cost: row.cost},
    body,
    now,
  );
  const confirmed = tx.put<RegistrationRow>(TABLES.eventRegistrations, {
    ...row,
    ...payment,
    status: 'registered',
    offerExpiresAt: null,
  });
  notifyRegistered(tx, space, member, event, now);
  return toRegistration(confirmed, registrationsOf(tx, event.id));
}

export function cancelRegistration(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  registrationId: string,
  now: number,
): RegistrationCancelled {
  sweepEvents(tx, space, now);
  const {row, event} = ownRegistration(tx, space, member, registrationId);
  if (!OPEN.has(row.status))
    throw problem('already_cancelled', `This registration is already ${row.status}.`);
  requireOpen(event, now, 'Cancelling');
  const paid = row.paidWith === null ? {credits: 0, money: null} : row.cost;
  const outcome = cancellationRefund({
    start: event.start,
    now: instant(space, now),
    policy: event.refundPolicy,
    paid,
    timeZone: space.timeZone,
  });
  const refund = outcome.allowed
    ? {percent: outcome.percent, credits: outcome.credits, money: outcome.money}
    : {percent: 0, credits: 0, money: null};
  refundTicket(tx, space, member, row, event, refund, now);
  const cancelled = tx.put<RegistrationRow>(TABLES.eventRegistrations, {
    ...row,
    status: 'cancelled',
    offerExpiresAt: null,
    cancelledAt: instant(space, now),
    refund,
  });
  const when = describeSlot(space, event.start, event.end);
  const refundPercent = row.paidWith === null ? null : refund.percent;
  notify(tx, space, member, now, {
    kind: 'event.cancelled',
    params: {...eventParams(event), refundPercent},
    title: `${event.title}: cancelled`,
    body:
      refundPercent === null
        ? `${when}. Your place is released.`
        : refundPercent === 100
          ? `${when}. Fully refunded.`
          : `${when}. Late cancellation: ${refundPercent}% refunded.`,
  });
  promoteWaitlist(tx, space, event, now);
  return {registration: toRegistration(cancelled, registrationsOf(tx, event.id)), refund};
}

/**
 * Offers the seats that are free to the waitlist in arrival order: each offered member is told
 * (a notification, and realtime from the commit) and holds the seat until the offer lapses.
 */
export function promoteWaitlist(
  tx: Transaction,
  space: SpaceRow,
  event: EventRow,
  now: number,
): void {
  if (now >= event.startMs) return;
  const rows = registrationsOf(tx, event.id);
  const free = seatsLeft(seatsOf(event, rows));
  const until = Math.min(now + event.offerHoldHours * HOUR_MS, event.startMs);
  for (const row of waitlistOffers(waitlistOf(rows), free)) {
    if (row.memberId === null) {
      // A visitor (a free public event) has nothing to confirm: the seat is theirs, by mail.
      const seated = tx.put<RegistrationRow>(TABLES.eventRegistrations, {
        ...row,
        status: 'registered',
      });
      mailVisitor(tx, space, seated, event, 'promoted', now);
      continue;
    }
    const expires = instant(space, until);
    tx.put<RegistrationRow>(TABLES.eventRegistrations, {
      ...row,
      status: 'offered',
      offerExpiresAt: expires,
    });
    const member = tx.get<MemberRow>(TABLES.members, row.memberId);
    if (!member) continue;
    notify(tx, space, member, now, {
      kind: 'event.offered',
      params: {...eventParams(event), registrationId: row.id, offerExpiresAt: expires},
      title: `${event.title}: a seat is yours`,
      // `Tue 3 Mar, 10:00`: the slot text of an instant, without its end.
      body: `A seat opened up. Confirm it by ${describeSlot(space, expires, expires).replace(/–.*$/, '')}, or it goes to the next person in line.`,
    });
  }
}

/**
 * What time does to registrations, applied before every change and every read that shows
 * them: offers that lapsed go to the next in line, and registered members get a reminder the
 * day before their event. Writes only when something is due.
 */
export function sweepEvents(
  tx: Transaction,
  space: SpaceRow,
  now: number,
  {reminders = true}: {reminders?: boolean} = {},
): void {
  const due = tx
    .all<RegistrationRow>(TABLES.eventRegistrations)
    .filter(
      (row) =>
        row.spaceId === space.id &&
        ((row.status === 'offered' &&
          row.offerExpiresAt !== null &&
          parseInstant(row.offerExpiresAt) <= now) ||
          (reminders && row.status === 'registered' && row.remindedAt === null)),
    );
  const lapsed = new Set<string>();
  for (const row of due) {
    const event = tx.get<EventRow>(TABLES.events, row.eventId);
    if (!event || event.cancelled) continue;
    if (row.status === 'offered') {
      tx.put<RegistrationRow>(TABLES.eventRegistrations, {
        ...row,
        status: 'expired',
        offerExpiresAt: null,
      });
      lapsed.add(event.id);
    } else if (now < event.startMs && reminderDue(space, event, now)) {
      const member =
        row.memberId === null ? undefined : tx.get<MemberRow>(TABLES.members, row.memberId);
      const reminded = tx.put<RegistrationRow>(TABLES.eventRegistrations, {
        ...row,
        remindedAt: instant(space, now),
      });
      if (!member) mailVisitor(tx, space, reminded, event, 'reminder', now);
      else
        notify(tx, space, member, now, {
          kind: 'event.reminder',
          params: {...eventParams(event), placeName: event.place.name},
          title: `Tomorrow: ${event.title}`,
          body: `${describeSlot(space, event.start, event.end)}, ${event.place.name}.`,
        });
    }
  }
  for (const eventId of lapsed) {
    const event = tx.get<EventRow>(TABLES.events, eventId);
    if (event) promoteWaitlist(tx, space, event, now);
  }
}

/** The day before the event (in the space's calendar), or later: time for the reminder. */
function reminderDue(space: SpaceRow, event: EventRow, now: number): boolean {
  return (
    calendarDayOf(now, space.timeZone) >= addDays(calendarDayOf(event.startMs, space.timeZone), -1)
  );
}
