import type {Interval} from '../../domain/intervals.js';
import {multiplyMoney} from '../../domain/money.js';
import type {BookingCost} from '../bookings/schemas.js';
import type {EventPrice, RegistrationStatus} from './schemas.js';

/** What the rules below need of an event: its room, times, seats and whether it goes ahead. */
export interface EventSeats {
  readonly capacity: number | null;
  /** Seats registered members and held offers take. */
  readonly taken: number;
  /** Members already waiting: a newcomer never jumps the line. */
  readonly waitlistLength: number;
}

/** Statuses that hold seats: a registration, and an offer until it lapses. */
export const SEAT_HOLDING: ReadonlySet<RegistrationStatus> = new Set(['registered', 'offered']);

/** Seats still free, or null when the event has no limit. */
export function seatsLeft({capacity, taken}: EventSeats): number | null {
  return capacity === null ? null : Math.max(0, capacity - taken);
}

/**
 * Whether `seats` more seats are registered or waitlisted: registered only while they all fit
 * and nobody is waiting before them, so the waitlist is served in arrival order.
 */
export function registrationOutcome(event: EventSeats, seats: number): 'registered' | 'waitlisted' {
  const left = seatsLeft(event);
  return left === null || (event.waitlistLength === 0 && seats <= left)
    ? 'registered'
    : 'waitlisted';
}

/**
 * Which of the waitlist (in arrival order) get a seat offered when `free` seats open: the first
 * in line while their seats fit; one who needs more than is free keeps their place and stops
 * the line (never skipped for someone who came later).
 */
export function waitlistOffers<T extends {readonly seats: number}>(
  waitlist: readonly T[],
  free: number | null,
): T[] {
  const offers: T[] = [];
  let left = free ?? Infinity;
  for (const entry of waitlist) {
    if (entry.seats > left) break;
    offers.push(entry);
    left -= entry.seats;
  }
  return offers;
}

/** What `seats` seats cost at `price` (per seat). */
export function ticketCost(price: EventPrice, seats: number): BookingCost {
  if (price.kind === 'credits') return {credits: price.credits * seats, money: null};
  if (price.kind === 'money') return {credits: 0, money: multiplyMoney(price.money, seats)};
  return {credits: 0, money: null};
}

/**
 * The one rule for rooms and events: an event held in a room (`resourceId`) makes that room
 * busy from its start to its end, unless it is cancelled. Availability and booking both use it,
 * so a slot the calendar shows free can always be booked.
 */
export function eventRoomBusy(
  events: readonly {
    readonly resourceId: string | null;
    readonly start: string;
    readonly end: string;
    readonly cancelled: boolean;
  }[],
  resourceId: string,
): Interval[] {
  return events
    .filter((event) => event.resourceId === resourceId && !event.cancelled)
    .map(({start, end}) => ({start, end}));
}
