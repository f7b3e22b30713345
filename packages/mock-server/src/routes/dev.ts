import {problem} from '../problem.js';
import type {Transaction} from '../state/db.js';
import {expireCredits, ledgerBooking, writeLedgerEntry} from '../state/ledger.js';
import {instant, inSpace, newestFirst, planOf, resourceOf, today} from '../state/queries.js';
import type {
  BookingRow,
  MailRow,
  MemberRow,
  MembershipRow,
  PaymentRow,
  SpaceRow,
} from '../state/rows.js';
import {TABLES} from '../state/rows.js';
import {toBooking} from '../state/views.js';
import {refundCredits} from './bookings.js';
import {defineHandlers} from './context.js';
import {membershipView, orderForPlan, startMembership} from './membership-rules.js';
import {bookingParams, describeSlot, notify} from './notify.js';

/** A booking of the space and its member, for the operator's decisions. */
function bookingOf(tx: Transaction, space: SpaceRow, id: string) {
  const booking = tx.get<BookingRow>(TABLES.bookings, id);
  const member = booking && tx.get<MemberRow>(TABLES.members, booking.memberId);
  if (!booking || !member || booking.spaceId !== space.id) {
    throw problem('not_found', `There is no booking ${id}.`);
  }
  if (booking.status === 'cancelled') {
    throw problem('already_cancelled', 'This booking is already cancelled.');
  }
  const resource = resourceOf(tx, space.id, booking.resourceId);
  const what = `${resource?.name ?? 'Booking'}, ${describeSlot(space, booking.start, booking.end)}`;
  return {booking, member, resource, what};
}

export const devHandlers = defineHandlers({
  devApproveMembership: ({space, params, now, transaction}) =>
    transaction((tx) => {
      const membership = tx.get<MembershipRow>(TABLES.memberships, params.membershipId);
      const member = membership && tx.get<MemberRow>(TABLES.members, membership.memberId);
      if (!membership || !member || membership.spaceId !== space.id)
        throw problem('not_found', `There is no membership ${params.membershipId}.`);
      const day = today(space, now);
      // Approving twice, or a membership that does not wait for it, changes nothing.
      if (membership.status !== 'pending' || membership.awaiting !== 'approval')
        return membershipView(tx, member, membership, day);
      const plan = planOf(tx, membership.planId);
      if (plan.price.amount > 0) orderForPlan(tx, space, member, membership, plan, now);
      else {
        // Not the member's request: write off what expired first, so the ledger stays in order.
        expireCredits(tx, member, now);
        startMembership(tx, space, member, membership, day, now);
      }
      notify(tx, space, member, now, {
        kind: 'membership.approved',
        params: {planName: plan.name, day},
        title: `${plan.name} approved`,
        body:
          plan.price.amount > 0
            ? 'The team approved your membership: it starts once the order is paid.'
            : 'The team approved your membership: welcome!',
      });
      const approved = tx.get<MembershipRow>(TABLES.memberships, membership.id) ?? membership;
      return membershipView(tx, member, approved, day);
    }),

  devMailbox: ({db, space, query}) => {
    const to = query.email.trim().toLowerCase();
    const mails = newestFirst(
      inSpace<MailRow>(db, TABLES.mails, space.id).filter((m) => m.to === to),
      'sentAt',
    );
    return {
      messages: mails.map(({to, subject, text, code, sentAt}) => ({
        to,
        subject,
        text,
        code,
        sentAt,
      })),
    };
  },

  devSetClock: ({body, clock, space, transaction}) => {
    clock.set(body.now);
    const now = clock.now();
    // Credits the jump made expire are written off now, so open pages hear credits.changed.
    transaction((tx) => {
      for (const member of inSpace<MemberRow>(tx, TABLES.members, space.id))
        expireCredits(tx, member, now);
    });
    return {now: instant(space, now)};
  },

  devSetLatency: ({body, setLatency}) => {
    setLatency(body.ms === 0 ? null : body.ms);
    return {ms: body.ms};
  },

  devReset: ({body, reset, clock, space}) => {
    const scenario = reset(body.scenario);
    return {scenario, now: instant(space, clock.now())};
  },

  // The operator's side of approval, so the flow can be shown and tested. Writing the
  // booking row sends `booking.changed` and `availability.changed`; the notification sends
  // `notification.created` (realtime derives events from every commit).
  devApproveBooking: ({space, params, now, transaction}) =>
    transaction((tx) => {
      const {booking, member, resource, what} = bookingOf(tx, space, params.bookingId);
      if (booking.status === 'confirmed') return toBooking(booking, resource, space);
      const approved = tx.put<BookingRow>(TABLES.bookings, {...booking, status: 'confirmed'});
      notify(tx, space, member, now, {
        kind: 'booking.approved',
        params: bookingParams(booking, resource),
        title: `${resource?.name ?? 'Booking'} confirmed`,
        body: `${what}. The team approved your request.`,
      });
      return toBooking(approved, resource, space);
    }),

  devDeclineBooking: ({space, params, now, transaction}) =>
    transaction((tx) => {
      const {booking, member, resource, what} = bookingOf(tx, space, params.bookingId);
      const nowIso = instant(space, now);
      const refund = {percent: 100, credits: booking.cost.credits, money: booking.cost.money};
      // Not the member's request: write off what expired first, so the ledger stays in order.
      expireCredits(tx, member, now);
      if (refund.credits > 0) {
        refundCredits(tx, space, member, booking, refund.credits, now);
        writeLedgerEntry(tx, member, {
          at: nowIso,
          delta: refund.credits,
          reason: 'refund',
          description: `Declined, fully refunded: ${what}`,
          bookingId: booking.id,
          orderId: null,
          booking: ledgerBooking(booking, resource),
          order: null,
        });
      }
      const payment = booking.paymentId
        ? tx.get<PaymentRow>(TABLES.payments, booking.paymentId)
        : undefined;
      if (payment) tx.put<PaymentRow>(TABLES.payments, {...payment, status: 'refunded'});
      const declined = tx.put<BookingRow>(TABLES.bookings, {
        ...booking,
        status: 'cancelled',
        cancelledAt: nowIso,
        refund,
      });
      notify(tx, space, member, now, {
        kind: 'booking.declined',
        params: bookingParams(booking, resource),
        title: `${resource?.name ?? 'Booking'} declined`,
        body: `${what}. The team could not accept your request; it is fully refunded.`,
      });
      return toBooking(declined, resource, space);
    }),
});
