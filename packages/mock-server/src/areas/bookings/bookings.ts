/**
 * Quoting and making bookings: the same plan (rules and price) and the same spending order,
 * so a quote names exactly the credits the booking then takes.
 */
import type {BookingCreated, BookingQuote, BookingRequest} from '@portico/sdk/contract';
import {freeCancellationUntil, parseInstant, spendCredits} from '@portico/sdk/domain';
import {problem} from '../../problem.js';
import type {Transaction} from '../../state/db.js';
import {nextId} from '../../state/ids.js';
import {writeLedgerEntry} from '../../state/ledger.js';
import type {Reader} from '../../state/lookups.js';
import {creditTotal, instant, memberBuckets} from '../../state/lookups.js';
import type {BookingRow, CreditBucketRow, MemberRow, SpaceRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {toBooking} from '../../state/views.js';
import {expireCredits} from '../credits/expiry.js';
import {requireTerms} from '../shared/guards.js';
import {bookingParams, describeSlot, notify} from '../shared/notify.js';
import {recordPayment} from '../shared/payments.js';
import type {Occurrence} from './booking-plan.js';
import {planBooking} from './booking-plan.js';

/** What a booking would cost and which credits it would take; changes nothing. */
export function quoteBooking(
  reader: Reader,
  space: SpaceRow,
  member: MemberRow,
  body: BookingRequest,
  now: number,
): BookingQuote {
  const plan = planBooking(reader, space, member, body, now);
  const nowIso = instant(space, now);
  const creditsAvailable = creditTotal(reader, member, nowIso);
  const buckets = memberBuckets(reader, member);
  // The same spending order bookResource uses, so the quote names the credits it will take.
  const spend = spendCredits(buckets, plan.cost.credits, nowIso);
  const creditsUsed = spend.ok
    ? spend.spent.map(({bucketId, amount}) => {
        const bucket = buckets.find((b) => b.id === bucketId) as CreditBucketRow;
        return {bucketId, source: bucket.source, amount, expiresAt: bucket.expiresAt};
      })
    : [];
  const first = plan.occurrences[0] as Occurrence;
  return {
    occurrences: plan.occurrences.map(({start, end}) => ({start, end})),
    cost: plan.cost,
    creditsAvailable,
    creditsUsed,
    affordable: plan.cost.credits <= creditsAvailable,
    freeCancellationUntil: freeCancellationUntil(
      first.start,
      space.cancellationPolicy,
      space.timeZone,
    ),
    lateRefundPercent: space.cancellationPolicy.lateRefundPercent,
    requiresApproval: plan.resource.rules.requiresApproval,
  };
}

/**
 * Books every occurrence of a request, or none: checks the rules against what `tx` sees,
 * takes the credits (soonest to expire first, with a ledger entry each), records a pending
 * payment for a resource paid with money, and notifies the member. Run inside one synchronous
 * transaction, two members racing for a slot are serialized here, and the loser sees the
 * winner's booking as busy (409) before any credit is taken.
 */
export function bookResource(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  body: BookingRequest,
  now: number,
): BookingCreated {
  requireTerms(member, space);
  const plan = planBooking(tx, space, member, body, now);
  const nowIso = instant(space, now);
  expireCredits(tx, member, now);
  let buckets = memberBuckets(tx, member);
  const check = spendCredits(buckets, plan.cost.credits, nowIso);
  if (!check.ok) {
    const missing = plan.cost.credits - check.available;
    throw problem(
      'insufficient_credits',
      `This booking costs ${plan.cost.credits} credits and you have ${check.available}: ${missing} missing. Buy a credit pack or pick a shorter time.`,
    );
  }
  let balance = creditTotal(tx, member, nowIso);
  const seriesId = plan.occurrences.length > 1 ? nextId(tx, 'ser') : null;
  const {resource} = plan;
  const status = resource.rules.requiresApproval ? 'pending_approval' : 'confirmed';
  const rows = plan.occurrences.map((o) => {
    const id = nextId(tx, 'bk');
    const what = `${resource.name}, ${describeSlot(space, o.start, o.end)}`;
    let debits: BookingRow['debits'] = [];
    if (o.cost.credits > 0) {
      const spend = spendCredits(buckets, o.cost.credits, nowIso);
      if (!spend.ok)
        throw new Error('[Portico] Failed to spend credits that were just counted as available.');
      debits = spend.spent;
      buckets = spend.remaining;
      balance -= o.cost.credits;
      writeLedgerEntry(tx, member, {
        at: nowIso,
        delta: -o.cost.credits,
        reason: 'booking',
        description: what,
        bookingId: id,
        orderId: null,
        booking: {resourceName: resource.name, start: o.start, end: o.end},
        order: null,
      });
    }
    const paymentId = o.cost.money
      ? recordPayment(
          tx,
          space,
          member,
          {amount: o.cost.money, status: 'pending', description: what, bookingId: id},
          now,
        )
      : null;
    return tx.put<BookingRow>(TABLES.bookings, {
      id,
      spaceId: space.id,
      memberId: member.id,
      resourceId: resource.id,
      start: o.start,
      end: o.end,
      startMs: parseInstant(o.start),
      endMs: parseInstant(o.end),
      status,
      note: body.note ?? null,
      cost: o.cost,
      seriesId,
      createdAt: nowIso,
      cancelledAt: null,
      refund: null,
      debits,
      paymentId,
    });
  });
  for (const bucket of buckets) {
    if (bucket.amount !== tx.get<CreditBucketRow>(TABLES.creditBuckets, bucket.id)?.amount)
      tx.put(TABLES.creditBuckets, bucket);
  }
  const first = rows[0] as BookingRow;
  const when =
    rows.length > 1
      ? `${rows.length} times from ${describeSlot(space, first.start, first.end)}`
      : describeSlot(space, first.start, first.end);
  const requested = status === 'pending_approval';
  notify(tx, space, member, now, {
    kind: requested ? 'booking.requested' : 'booking.confirmed',
    params: bookingParams(first, resource, rows.length),
    title: requested ? `${resource.name} requested` : `${resource.name} booked`,
    body: requested ? `${when}. The team will confirm your request.` : `${when}. See you there!`,
  });
  return {
    bookings: rows.map((b) => toBooking(b, resource, space)),
    cost: plan.cost,
    creditsRemaining: balance,
  };
}
