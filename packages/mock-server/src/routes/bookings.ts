import type {BookingCost, BookingRequest, Interval, Money} from '@portico/sdk/contract';
import {
  addMoney,
  bookingCredits,
  bookingPrice,
  cancellationRefund,
  durationMinutes,
  expandRecurrence,
  formatInstant,
  freeCancellationUntil,
  overlapsBusy,
  parseInstant,
  spendCredits,
  validateBookingWindow,
} from '@portico/sdk/domain';
import {invalidField, problem} from '../problem.js';
import type {Transaction} from '../state/db.js';
import {nextId} from '../state/ids.js';
import {ledgerBooking, writeLedgerEntry, writeOffExpiredCredits} from '../state/ledger.js';
import type {Reader} from '../state/queries.js';
import {
  creditTotal,
  instant,
  memberBuckets,
  ofMember,
  ownRow,
  paginate,
  resourceOf,
} from '../state/queries.js';
import type {
  BookingRow,
  CreditBucketRow,
  MemberRow,
  PaymentRow,
  ResourceRow,
  SpaceRow,
} from '../state/rows.js';
import {TABLES} from '../state/rows.js';
import {toBooking} from '../state/views.js';
import {defineHandlers} from './context.js';
import {requireTerms} from './guards.js';
import {requestInstant} from './input.js';
import {bookingParams, describeSlot, notify} from './notify.js';

/** Credits refunded into a bucket that has expired meanwhile come back as a grant valid this long. */
const REFUND_GRANT_DAYS = 30;
const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

interface Occurrence extends Interval {
  readonly cost: BookingCost;
}

interface BookingPlan {
  readonly resource: ResourceRow;
  readonly occurrences: readonly Occurrence[];
  readonly cost: BookingCost;
}

/**
 * Checks a booking request against every rule (recurrence, hours, grid, duration, notice,
 * advance limit, other bookings with their buffer) and prices it. All or nothing: the first
 * occurrence that fails fails the request, and the problem names it. Reads only.
 */
function planBooking(
  reader: Reader,
  space: SpaceRow,
  body: BookingRequest,
  now: number,
): BookingPlan {
  const resource = resourceOf(reader, space.id, body.resourceId);
  if (!resource) throw invalidField('body.resourceId', `Unknown resource ${body.resourceId}`);
  const {timeZone} = space;
  const start = formatInstant(requestInstant(body.start, 'body.start'), timeZone);
  const end = formatInstant(requestInstant(body.end, 'body.end'), timeZone);
  let intervals: Interval[] = [{start, end}];
  if (body.recurrence) {
    const expansion = expandRecurrence({start, end, recurrence: body.recurrence, timeZone});
    if (!expansion.ok) throw problem(expansion.code, expansion.detail);
    intervals = expansion.occurrences;
  }
  // Only bookings near the requested times can clash (the domain re-parses every one it gets).
  const bufferMs = resource.rules.bufferMinutes * MINUTE_MS;
  const from = Math.min(...intervals.map((o) => parseInstant(o.start))) - bufferMs;
  const to = Math.max(...intervals.map((o) => parseInstant(o.end))) + bufferMs;
  const busy = reader
    .all<BookingRow>(TABLES.bookings)
    .filter(
      (b) =>
        b.resourceId === resource.id &&
        b.status !== 'cancelled' &&
        b.startMs < to &&
        b.endMs > from,
    )
    .map((b) => ({start: b.start, end: b.end}));
  const nowIso = formatInstant(now, timeZone);
  const hours = resource.openingHours ?? space.openingHours;
  const label = (i: number, o: Interval) =>
    intervals.length > 1 ? `Occurrence ${i + 1} of ${intervals.length} (${o.start}): ` : '';
  const occurrences = intervals.map((o, i): Occurrence => {
    const issue = validateBookingWindow({
      ...o,
      hours,
      closures: space.closures,
      timeZone,
      rules: resource.rules,
      now: nowIso,
    });
    if (issue) throw problem(issue.code, label(i, o) + issue.detail);
    if (overlapsBusy(o.start, o.end, busy, resource.rules.bufferMinutes)) {
      const buffer = resource.rules.bufferMinutes;
      const detail =
        buffer > 0
          ? `${resource.name} is taken then (bookings keep ${buffer} minutes apart).`
          : `${resource.name} is taken then.`;
      throw problem('slot_unavailable', label(i, o) + detail);
    }
    // The occurrences themselves are busy time for the ones after them.
    busy.push(o);
    return {...o, cost: costOf(resource, durationMinutes(o))};
  });
  const cost = occurrences.reduce<BookingCost>(
    (sum, o) => ({
      credits: sum.credits + o.cost.credits,
      money:
        sum.money && o.cost.money ? addMoney(sum.money, o.cost.money) : (sum.money ?? o.cost.money),
    }),
    {credits: 0, money: null},
  );
  return {resource, occurrences, cost};
}

/** Credits when the resource has a credit rate; money only for resources paid with money. */
function costOf(resource: ResourceRow, minutes: number): BookingCost {
  if (resource.creditsPerHour !== null)
    return {credits: bookingCredits(resource.creditsPerHour, minutes), money: null};
  const money: Money | null = resource.pricePerHour
    ? bookingPrice(resource.pricePerHour, minutes)
    : null;
  return {credits: 0, money};
}

export const bookingsHandlers = defineHandlers({
  listBookings: ({db, member, space, query}) => {
    const from = query.from === undefined ? -Infinity : requestInstant(query.from, 'query.from');
    const to = query.to === undefined ? Infinity : requestInstant(query.to, 'query.to');
    const rows = ofMember<BookingRow>(db, TABLES.bookings, member)
      .filter(
        (b) =>
          b.endMs > from &&
          b.startMs < to &&
          (query.status === undefined || b.status === query.status),
      )
      .sort((a, b) => a.startMs - b.startMs || a.id.localeCompare(b.id, 'en', {numeric: true}));
    const {page, nextCursor} = paginate(rows, query);
    return {
      items: page.map((b) => toBooking(b, resourceOf(db, space.id, b.resourceId), space)),
      nextCursor,
    };
  },

  quoteBooking: ({db, member, space, body, now}) => {
    writeOffExpiredCredits(db, member, now);
    const plan = planBooking(db, space, body, now);
    const nowIso = formatInstant(now, space.timeZone);
    const creditsAvailable = creditTotal(db, member, nowIso);
    const buckets = memberBuckets(db, member);
    // The same spending order createBooking uses, so the quote names the credits it will take.
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
  },

  // Everything from the rule checks to the last write happens in one synchronous
  // transaction: two members racing for a slot are serialized here, and the loser sees the
  // winner's booking as busy (409) before any credit is taken.
  createBooking: ({db, member, space, body, now, transaction}) => {
    writeOffExpiredCredits(db, member, now);
    return transaction((tx) => {
      requireTerms(member, space);
      const plan = planBooking(tx, space, body, now);
      const nowIso = instant(space, now);
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
        let debits: BookingRow['debits'] = [];
        if (o.cost.credits > 0) {
          const spend = spendCredits(buckets, o.cost.credits, nowIso);
          if (!spend.ok)
            throw new Error(
              '[Portico] Failed to spend credits that were just counted as available.',
            );
          debits = spend.spent;
          buckets = spend.remaining;
          balance -= o.cost.credits;
          writeLedgerEntry(tx, member, {
            at: nowIso,
            delta: -o.cost.credits,
            reason: 'booking',
            description: `${resource.name}, ${describeSlot(space, o.start, o.end)}`,
            bookingId: id,
            orderId: null,
            booking: {resourceName: resource.name, start: o.start, end: o.end},
            order: null,
          });
        }
        let paymentId: string | null = null;
        if (o.cost.money) {
          paymentId = nextId(tx, 'pay');
          tx.put<PaymentRow>(TABLES.payments, {
            id: paymentId,
            spaceId: space.id,
            memberId: member.id,
            membershipId: null,
            orderId: null,
            bookingId: id,
            amount: o.cost.money,
            status: 'pending',
            description: `${resource.name}, ${describeSlot(space, o.start, o.end)}`,
            createdAt: nowIso,
            paidAt: null,
          });
        }
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
      notify(tx, space, member, now, {
        kind: status === 'pending_approval' ? 'booking.requested' : 'booking.confirmed',
        params: bookingParams(first, resource, rows.length),
        title:
          status === 'pending_approval' ? `${resource.name} requested` : `${resource.name} booked`,
        body:
          status === 'pending_approval'
            ? `${when}. The team will confirm your request.`
            : `${when}. See you there!`,
      });
      return {
        bookings: rows.map((b) => toBooking(b, resource, space)),
        cost: plan.cost,
        creditsRemaining: balance,
      };
    });
  },

  cancelBooking: ({db, member, space, params, now, transaction}) => {
    writeOffExpiredCredits(db, member, now);
    return transaction((tx) => {
      const booking = ownRow<BookingRow>(tx, TABLES.bookings, params.bookingId, member, 'booking');
      if (booking.status === 'cancelled')
        throw problem('already_cancelled', 'This booking is already cancelled.');
      const nowIso = instant(space, now);
      const outcome = cancellationRefund({
        start: booking.start,
        now: nowIso,
        policy: space.cancellationPolicy,
        paid: booking.cost,
        timeZone: space.timeZone,
      });
      if (!outcome.allowed)
        throw problem(
          'already_started',
          'This booking has started; it can no longer be cancelled.',
        );
      const resource = resourceOf(tx, space.id, booking.resourceId);
      const what = `${resource?.name ?? 'Booking'}, ${describeSlot(space, booking.start, booking.end)}`;
      if (outcome.credits > 0) {
        refundCredits(tx, space, member, booking, outcome.credits, now);
        writeLedgerEntry(tx, member, {
          at: nowIso,
          delta: outcome.credits,
          reason: 'refund',
          description: `${outcome.percent}% refund: ${what}`,
          bookingId: booking.id,
          orderId: null,
          booking: ledgerBooking(booking, resource),
          order: null,
        });
      }
      const payment = booking.paymentId
        ? tx.get<PaymentRow>(TABLES.payments, booking.paymentId)
        : undefined;
      if (payment && outcome.money) {
        const kept = payment.amount.amount - outcome.money.amount;
        // A pending payment shrinks to the late fee; a full refund leaves nothing to pay.
        tx.put<PaymentRow>(
          TABLES.payments,
          kept <= 0
            ? {...payment, status: 'refunded'}
            : {...payment, amount: {...payment.amount, amount: kept}},
        );
      }
      const refund = {percent: outcome.percent, credits: outcome.credits, money: outcome.money};
      const cancelled = tx.put<BookingRow>(TABLES.bookings, {
        ...booking,
        status: 'cancelled',
        cancelledAt: nowIso,
        refund,
      });
      notify(tx, space, member, now, {
        kind: 'booking.cancelled',
        params: {...bookingParams(booking, resource), refundPercent: outcome.percent},
        title: `${resource?.name ?? 'Booking'} cancelled`,
        body:
          outcome.percent === 100
            ? `${what}. Fully refunded.`
            : `${what}. Late cancellation: ${outcome.percent}% refunded.`,
      });
      return {booking: toBooking(cancelled, resource, space), refund};
    });
  },
});

/**
 * Puts refunded credits back where they came from, the longest-lasting bucket first, so they
 * keep their expiry; what a bucket expired meanwhile cannot take comes back as a new grant.
 */
export function refundCredits(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  booking: BookingRow,
  credits: number,
  now: number,
): void {
  let left = credits;
  for (const debit of [...booking.debits].reverse()) {
    if (left === 0) break;
    const bucket = tx.get<CreditBucketRow>(TABLES.creditBuckets, debit.bucketId);
    if (!bucket || (bucket.expiresAt !== null && Date.parse(bucket.expiresAt) <= now)) continue;
    const give = Math.min(left, debit.amount);
    tx.put<CreditBucketRow>(TABLES.creditBuckets, {...bucket, amount: bucket.amount + give});
    left -= give;
  }
  if (left > 0) {
    tx.put<CreditBucketRow>(TABLES.creditBuckets, {
      id: nextId(tx, 'cb'),
      spaceId: space.id,
      memberId: member.id,
      amount: left,
      source: 'grant',
      grantedAt: instant(space, now),
      expiresAt: instant(space, now + REFUND_GRANT_DAYS * DAY_MS),
    });
  }
}
