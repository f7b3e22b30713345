/**
 * The operator's side of bookings that need approval (the dev routes), so the flow can be
 * shown and tested. Writing the booking row sends `booking.changed` and
 * `availability.changed`; the notification sends `notification.created` (realtime derives
 * events from every commit).
 */
import type {Booking} from '@portico/sdk/contract';
import {problem} from '../../problem.js';
import type {Transaction} from '../../state/db.js';
import {resourceOf} from '../../state/queries.js';
import type {BookingRow, MemberRow, SpaceRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {toBooking} from '../../state/views.js';
import {bookingParams, notify} from '../shared/notify.js';
import {cancelAndRefund, describeBooking} from './cancellation.js';

/** A booking of the space that is not cancelled, with its member, for the operator's decisions. */
function operatorBooking(tx: Transaction, space: SpaceRow, id: string) {
  const booking = tx.get<BookingRow>(TABLES.bookings, id);
  const member = booking && tx.get<MemberRow>(TABLES.members, booking.memberId);
  if (!booking || !member || booking.spaceId !== space.id) {
    throw problem('not_found', `There is no booking ${id}.`);
  }
  if (booking.status === 'cancelled') {
    throw problem('already_cancelled', 'This booking is already cancelled.');
  }
  const resource = resourceOf(tx, space.id, booking.resourceId);
  return {booking, member, resource, what: describeBooking(space, booking, resource)};
}

/** Confirms a booking waiting for approval (a confirmed one stays as it is). */
export function approveBooking(
  tx: Transaction,
  space: SpaceRow,
  bookingId: string,
  now: number,
): Booking {
  const {booking, member, resource, what} = operatorBooking(tx, space, bookingId);
  if (booking.status === 'confirmed') return toBooking(booking, resource, space);
  const approved = tx.put<BookingRow>(TABLES.bookings, {...booking, status: 'confirmed'});
  notify(tx, space, member, now, {
    kind: 'booking.approved',
    params: bookingParams(booking, resource),
    title: `${resource?.name ?? 'Booking'} confirmed`,
    body: `${what}. The team approved your request.`,
  });
  return toBooking(approved, resource, space);
}

/** Declines a booking: cancelled with a full refund, whatever the policy says. */
export function declineBooking(
  tx: Transaction,
  space: SpaceRow,
  bookingId: string,
  now: number,
): Booking {
  const {booking, member, resource, what} = operatorBooking(tx, space, bookingId);
  const refund = {percent: 100, credits: booking.cost.credits, money: booking.cost.money};
  const description = `Declined, fully refunded: ${what}`;
  const declined = cancelAndRefund(tx, space, member, booking, refund, description, now);
  notify(tx, space, member, now, {
    kind: 'booking.declined',
    params: bookingParams(booking, resource),
    title: `${resource?.name ?? 'Booking'} declined`,
    body: `${what}. The team could not accept your request; it is fully refunded.`,
  });
  return toBooking(declined, resource, space);
}
