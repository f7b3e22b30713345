/**
 * The operator's side of bookings that need approval (the dev routes), so the flow can be
 * shown and tested. Writing the booking row sends `booking.changed` and
 * `availability.changed`; the notification sends `notification.created` (realtime derives
 * events from every commit).
 */
import type {Booking} from '@portico/sdk/contract';
import {problem} from '../../problem.js';
import type {Transaction} from '../../state/db.js';
import {resourceOf} from '../../state/lookups.js';
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

/** What the member is told about the operator's decision. */
const DECISIONS = {
  approve: {kind: 'booking.approved', verb: 'confirmed', body: 'The team approved your request.'},
  decline: {
    kind: 'booking.declined',
    verb: 'declined',
    body: 'The team could not accept your request; it is fully refunded.',
  },
} as const;

/**
 * The operator approves a booking (a confirmed one stays as it is) or declines it: cancelled
 * with a full refund, whatever the policy says. The member is notified either way.
 */
export function decideBooking(
  tx: Transaction,
  space: SpaceRow,
  bookingId: string,
  decision: keyof typeof DECISIONS,
  now: number,
): Booking {
  const {booking, member, resource, what} = operatorBooking(tx, space, bookingId);
  if (decision === 'approve' && booking.status === 'confirmed')
    return toBooking(booking, resource, space);
  const decided =
    decision === 'approve'
      ? tx.put<BookingRow>(TABLES.bookings, {...booking, status: 'confirmed'})
      : cancelAndRefund(
          tx,
          space,
          member,
          booking,
          {percent: 100, credits: booking.cost.credits, money: booking.cost.money},
          `Declined, fully refunded: ${what}`,
          now,
        );
  const {kind, verb, body} = DECISIONS[decision];
  notify(tx, space, member, now, {
    kind,
    params: bookingParams(booking, resource),
    title: `${resource?.name ?? 'Booking'} ${verb}`,
    body: `${what}. ${body}`,
  });
  return toBooking(decided, resource, space);
}
