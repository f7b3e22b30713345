import type {Refund} from '@portico/sdk/contract';
import {cancellationRefund} from '@portico/sdk/domain';
import {problem} from '../../problem.js';
import type {Transaction} from '../../state/db.js';
import {ledgerBooking, writeLedgerEntry} from '../../state/ledger.js';
import {instant, ownRow, resourceOf} from '../../state/lookups.js';
import type {BookingRow, MemberRow, ResourceRow, SpaceRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {expireCredits} from '../credits/expiry.js';
import {refundCredits} from '../credits/refunds.js';
import {bookingParams, describeSlot, notify} from '../shared/notify.js';
import {refundPayment} from '../shared/payments.js';

/** `L'Atelier, Tue 3 Mar, 10:00–11:00`: how texts about a booking name it. */
export function describeBooking(
  space: SpaceRow,
  booking: BookingRow,
  resource: ResourceRow | undefined,
): string {
  return `${resource?.name ?? 'Booking'}, ${describeSlot(space, booking.start, booking.end)}`;
}

/**
 * Cancels a booking and gives `refund` back: expired credits are written off first (so the
 * ledger stays in time order), the credits return to their buckets with a `refund` ledger
 * entry saying `description`, and a pending payment shrinks by the money refunded (to
 * nothing: refunded). The member's cancellation and the operator's decline both end here.
 */
export function cancelAndRefund(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  booking: BookingRow,
  refund: Refund,
  description: string,
  now: number,
): BookingRow {
  const nowIso = instant(space, now);
  expireCredits(tx, member, now);
  if (refund.credits > 0) {
    refundCredits(tx, space, member, booking, refund.credits, now);
    writeLedgerEntry(tx, member, {
      at: nowIso,
      delta: refund.credits,
      reason: 'refund',
      description,
      bookingId: booking.id,
      orderId: null,
      booking: ledgerBooking(booking, resourceOf(tx, space.id, booking.resourceId)),
      order: null,
    });
  }
  refundPayment(tx, booking.paymentId, refund.money);
  return tx.put<BookingRow>(TABLES.bookings, {
    ...booking,
    status: 'cancelled',
    cancelledAt: nowIso,
    refund,
  });
}

/**
 * The member cancels their own booking (someone else's answers 404): refunded by the space's
 * policy, never once it has started.
 */
export function cancelOwnBooking(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  bookingId: string,
  now: number,
): {booking: BookingRow; resource: ResourceRow | undefined; refund: Refund} {
  const booking = ownRow<BookingRow>(tx, TABLES.bookings, bookingId, member, 'booking');
  if (booking.status === 'cancelled')
    throw problem('already_cancelled', 'This booking is already cancelled.');
  const outcome = cancellationRefund({
    start: booking.start,
    now: instant(space, now),
    policy: space.cancellationPolicy,
    paid: booking.cost,
    timeZone: space.timeZone,
  });
  if (!outcome.allowed)
    throw problem('already_started', 'This booking has started; it can no longer be cancelled.');
  const resource = resourceOf(tx, space.id, booking.resourceId);
  const what = describeBooking(space, booking, resource);
  const refund = {percent: outcome.percent, credits: outcome.credits, money: outcome.money};
  const description = `${outcome.percent}% refund: ${what}`;
  const cancelled = cancelAndRefund(tx, space, member, booking, refund, description, now);
  notify(tx, space, member, now, {
    kind: 'booking.cancelled',
    params: {...bookingParams(booking, resource), refundPercent: outcome.percent},
    title: `${resource?.name ?? 'Booking'} cancelled`,
    body:
      outcome.percent === 100
        ? `${what}. Fully refunded.`
        : `${what}. Late cancellation: ${outcome.percent}% refunded.`,
  });
  return {booking: cancelled, resource, refund};
}
