import {
  addDays,
  bookingCredits,
  bookingPrice,
  calendarDayOf,
  formatInstant,
  MINUTE_MS,
  openIntervalsOn,
  resourceHours,
  spendCredits,
  zonedDateTimeToInstant,
} from '@portico/sdk/domain';
import {ledgerBooking} from '../state/ledger.js';
import {orderNumber} from '../state/order-number.js';
import type {SeedBuilder} from './seed-builder.js';
import type {Notice} from '../areas/shared/notify.js';
import type {
  BookingRow,
  CheckInRow,
  CreditBucketRow,
  LedgerRow,
  MemberRow,
  MembershipRow,
  NotificationRow,
  OrderRow,
  PaymentRow,
  ResourceRow,
  SpaceRow,
} from '../state/rows.js';
import {BLANK_PROFILE, TABLES} from '../state/rows.js';

const DAY_MS = 24 * 60 * MINUTE_MS;

/** The profile fields a seeded member may leave out. */
type Blank = keyof typeof BLANK_PROFILE;

export interface SeedBooking {
  resource: ResourceRow;
  member: MemberRow;
  day: number;
  start: string;
  end: string;
  /** When it was made, in days before its day (default 3). */
  bookedDaysBefore?: number;
  note?: string;
  cancelled?: {daysBefore: number; percent: number};
  /** Charge the member's seeded buckets and write ledger entries (default true). */
  charge?: boolean;
}

/** Seeds one space: days relative to today in the space's time zone, and credit bookkeeping. */
export class SpaceSeed {
  readonly b: SeedBuilder;
  readonly space: SpaceRow;
  readonly today: string;

  constructor(b: SeedBuilder, space: SpaceRow) {
    this.b = b;
    this.space = space;
    this.today = calendarDayOf(b.now, space.timeZone);
    b.add(TABLES.spaces, space);
  }

  day(offset: number): string {
    return addDays(this.today, offset);
  }

  ms(offset: number, time: string): number {
    return zonedDateTimeToInstant(this.day(offset), time, this.space.timeZone);
  }

  at(offset: number, time: string): string {
    return formatInstant(this.ms(offset, time), this.space.timeZone);
  }

  /** An instant `minutes` before now. */
  ago(minutes: number): string {
    return formatInstant(this.b.now - minutes * MINUTE_MS, this.space.timeZone);
  }

  /** Whether `resource` is open for the whole of `start`–`end` on day `offset`. */
  isOpen(resource: ResourceRow, offset: number, start: string, end: string): boolean {
    const from = this.ms(offset, start);
    const to = this.ms(offset, end);
    const hours = resourceHours(resource, this.space);
    return openIntervalsOn(this.day(offset), hours, this.space.timeZone, this.space.closures).some(
      (o) => o.start <= from && to <= o.end,
    );
  }

  /** The first day offset from `offset` (stepping by `step`) on which the block is open. */
  openDay(resource: ResourceRow, offset: number, start: string, end: string, step: 1 | -1): number {
    for (let d = offset; Math.abs(d - offset) < 14; d += step)
      if (this.isOpen(resource, d, start, end)) return d;
    throw new Error(
      `[Portico] Failed to seed: ${resource.id} is never open ${start}–${end} near day ${offset}.`,
    );
  }

  /** Whether a new booking would come within the buffer of an existing one. */
  isFree(resource: ResourceRow, from: number, to: number): boolean {
    const buffer = resource.rules.bufferMinutes * MINUTE_MS;
    return !this.b
      .rows<BookingRow>(TABLES.bookings)
      .some(
        (b) =>
          b.resourceId === resource.id &&
          b.status !== 'cancelled' &&
          b.startMs - buffer < to &&
          from < b.endMs + buffer,
      );
  }

  /** A member; the profile fields not given are blank. */
  member(row: Omit<MemberRow, 'spaceId' | Blank> & Partial<Pick<MemberRow, Blank>>): MemberRow {
    return this.b.add<MemberRow>(TABLES.members, {
      ...BLANK_PROFILE,
      ...row,
      spaceId: this.space.id,
    });
  }

  membership(
    row: Omit<
      MembershipRow,
      'spaceId' | 'id' | 'awaiting' | 'orderId' | 'cancellation' | 'follows'
    > &
      Partial<Pick<MembershipRow, 'awaiting'>>,
  ): MembershipRow {
    return this.b.add<MembershipRow>(TABLES.memberships, {
      id: this.b.id('ms'),
      spaceId: this.space.id,
      awaiting: null,
      orderId: null,
      cancellation: null,
      follows: null,
      ...row,
    });
  }

  /**
   * An active membership over the days `from`..`to` (offsets from today), paid at 08:00 on
   * its first day, when its period's credits were granted; they expire as the next day starts.
   */
  paidMembership(
    member: MemberRow,
    row: {
      planId: string;
      /** The payment's description, and the credits' (`<plan>: N credits`) unless `grantNote`. */
      planName: string;
      price: PaymentRow['amount'];
      credits: number;
      from: number;
      to: number;
      createdAt: string;
      /** When the payment went through, if not at once. */
      paidAt?: string;
      grantNote?: string;
    },
  ): {membership: MembershipRow; bucket: CreditBucketRow} {
    const start = this.at(row.from, '08:00');
    const membership = this.membership({
      memberId: member.id,
      planId: row.planId,
      status: 'active',
      validFrom: this.day(row.from),
      validUntil: this.day(row.to),
      createdAt: row.createdAt,
    });
    this.payment({
      memberId: member.id,
      membershipId: membership.id,
      amount: row.price,
      status: 'paid',
      description: row.planName,
      createdAt: start,
      paidAt: row.paidAt ?? start,
    });
    const bucket = this.grant(
      member,
      {
        amount: row.credits,
        source: 'membership',
        at: start,
        expiresAt: this.at(row.to + 1, '00:00'),
      },
      'membership',
      row.grantNote ?? `${row.planName}: ${row.credits} credits`,
    );
    return {membership, bucket};
  }

  payment(
    row: Omit<PaymentRow, 'spaceId' | 'id' | 'orderId' | 'bookingId' | 'membershipId'> &
      Partial<Pick<PaymentRow, 'orderId' | 'bookingId' | 'membershipId'>>,
  ): PaymentRow {
    return this.b.add<PaymentRow>(TABLES.payments, {
      id: this.b.id('pay'),
      spaceId: this.space.id,
      orderId: null,
      bookingId: null,
      membershipId: null,
      ...row,
    });
  }

  notification(member: MemberRow, minutesAgo: number, row: Notice & {read?: boolean}): void {
    const createdAt = this.ago(minutesAgo);
    const {read, ...rest} = row;
    this.b.add<NotificationRow>(TABLES.notifications, {
      id: this.b.id('ntf'),
      spaceId: this.space.id,
      memberId: member.id,
      ...rest,
      createdAt,
      readAt: read ? this.ago(Math.max(0, minutesAgo - 30)) : null,
    });
  }

  checkIn(member: MemberRow, membership: MembershipRow, offset: number, time: string): void {
    this.b.add<CheckInRow>(TABLES.checkIns, {
      id: this.b.id('chk'),
      spaceId: this.space.id,
      memberId: member.id,
      membershipId: membership.id,
      day: this.day(offset),
      at: this.at(offset, time),
    });
  }

  // ---- credits: call in chronological order, like the real thing happened

  #ledger(
    member: MemberRow,
    at: string,
    delta: number,
    reason: LedgerRow['reason'],
    description: string,
    refs: Partial<Pick<LedgerRow, 'bookingId' | 'orderId' | 'booking' | 'order'>> = {},
  ): void {
    this.b.movement({
      spaceId: this.space.id,
      memberId: member.id,
      at,
      delta,
      reason,
      description,
      bookingId: refs.bookingId ?? null,
      orderId: refs.orderId ?? null,
      booking: refs.booking ?? null,
      order: refs.order ?? null,
    });
  }

  grant(
    member: MemberRow,
    bucket: {
      amount: number;
      source: CreditBucketRow['source'];
      at: string;
      expiresAt: string | null;
    },
    reason: LedgerRow['reason'],
    description: string,
    orderId?: string,
  ): CreditBucketRow {
    const row = this.b.add<CreditBucketRow>(TABLES.creditBuckets, {
      id: this.b.id('cb'),
      spaceId: this.space.id,
      memberId: member.id,
      amount: bucket.amount,
      source: bucket.source,
      grantedAt: bucket.at,
      expiresAt: bucket.expiresAt,
    });
    this.#ledger(
      member,
      bucket.at,
      bucket.amount,
      reason,
      description,
      orderId ? {orderId, order: {number: orderNumber(orderId)}} : {},
    );
    return row;
  }

  /** Writes off what is left in a bucket when it expires. */
  expire(member: MemberRow, bucket: CreditBucketRow): void {
    const current = this.b
      .rows<CreditBucketRow>(TABLES.creditBuckets)
      .find((c) => c.id === bucket.id);
    if (!current || current.amount === 0 || current.expiresAt === null) return;
    const left = current.amount;
    this.b.replace<CreditBucketRow>(TABLES.creditBuckets, {...current, amount: 0});
    this.#ledger(member, current.expiresAt, -left, 'expiry', `${left} credits expired`);
  }

  booking(seed: SeedBooking): BookingRow {
    const {resource, member, day} = seed;
    const tz = this.space.timeZone;
    const startMs = this.ms(day, seed.start);
    const endMs = this.ms(day, seed.end);
    const minutes = (endMs - startMs) / MINUTE_MS;
    const createdMs = Math.min(
      this.b.now - MINUTE_MS,
      startMs - (seed.bookedDaysBefore ?? 3) * DAY_MS,
    );
    const createdAt = formatInstant(createdMs, tz);
    const cost =
      resource.creditsPerHour !== null
        ? {credits: bookingCredits(resource.creditsPerHour, minutes), money: null}
        : {
            credits: 0,
            money: resource.pricePerHour && bookingPrice(resource.pricePerHour, minutes),
          };
    const id = this.b.id('bk');
    let debits: BookingRow['debits'] = [];
    const description = `${resource.name}, ${this.day(day)} ${seed.start}–${seed.end}`;
    if (cost.credits > 0 && seed.charge !== false) {
      const buckets = this.b
        .rows<CreditBucketRow>(TABLES.creditBuckets)
        .filter((c) => c.memberId === member.id);
      const spend = spendCredits(buckets, cost.credits, createdAt);
      if (!spend.ok)
        throw new Error(
          `[Portico] Failed to seed ${id}: ${member.email} has ${spend.available} credits, not ${cost.credits}.`,
        );
      for (const bucket of spend.remaining) this.b.replace(TABLES.creditBuckets, bucket);
      debits = spend.spent;
      this.#ledger(member, createdAt, -cost.credits, 'booking', description, {
        bookingId: id,
        booking: ledgerBooking(
          {start: formatInstant(startMs, tz), end: formatInstant(endMs, tz)},
          resource,
        ),
      });
    }
    let paymentId: string | null = null;
    if (cost.money) {
      paymentId = this.payment({
        memberId: member.id,
        bookingId: id,
        amount: cost.money,
        status: endMs < this.b.now ? 'paid' : 'pending',
        description,
        createdAt,
        paidAt: endMs < this.b.now ? formatInstant(endMs, tz) : null,
      }).id;
    }
    let status: BookingRow['status'] =
      resource.rules.requiresApproval && startMs > this.b.now ? 'pending_approval' : 'confirmed';
    let cancelledAt: string | null = null;
    let refund: BookingRow['refund'] = null;
    if (seed.cancelled) {
      const {percent} = seed.cancelled;
      status = 'cancelled';
      const cancelledMs = startMs - seed.cancelled.daysBefore * DAY_MS;
      if (cancelledMs <= createdMs || cancelledMs > this.b.now)
        throw new Error(
          `[Portico] Failed to seed ${id}: it is cancelled before it was booked, or in the future.`,
        );
      cancelledAt = formatInstant(cancelledMs, tz);
      refund = {
        percent,
        credits: Math.floor((cost.credits * percent) / 100),
        money: cost.money && {
          amount: Math.floor((cost.money.amount * percent) / 100),
          currency: cost.money.currency,
        },
      };
      if (refund.credits > 0 && debits.length > 0) {
        let left = refund.credits;
        for (const debit of [...debits].reverse()) {
          const bucket = this.b
            .rows<CreditBucketRow>(TABLES.creditBuckets)
            .find((c) => c.id === debit.bucketId);
          if (!bucket || left === 0) continue;
          const give = Math.min(left, debit.amount);
          this.b.replace(TABLES.creditBuckets, {...bucket, amount: bucket.amount + give});
          left -= give;
        }
        this.#ledger(
          member,
          cancelledAt,
          refund.credits,
          'refund',
          `${percent}% refund: ${description}`,
          {
            bookingId: id,
            booking: ledgerBooking(
              {start: formatInstant(startMs, tz), end: formatInstant(endMs, tz)},
              resource,
            ),
          },
        );
      }
    }
    return this.b.add<BookingRow>(TABLES.bookings, {
      id,
      spaceId: this.space.id,
      memberId: member.id,
      resourceId: resource.id,
      start: formatInstant(startMs, tz),
      end: formatInstant(endMs, tz),
      startMs,
      endMs,
      status,
      note: seed.note ?? null,
      cost,
      seriesId: null,
      createdAt,
      cancelledAt,
      refund,
      debits,
      paymentId,
    });
  }

  order(
    member: MemberRow,
    row: Omit<OrderRow, 'id' | 'spaceId' | 'memberId' | 'discountCodeId' | 'paysMembershipId'> & {
      discountCodeId?: string | null;
    },
  ): OrderRow {
    return this.b.add<OrderRow>(TABLES.orders, {
      id: this.b.id('ord'),
      spaceId: this.space.id,
      memberId: member.id,
      discountCodeId: null,
      paysMembershipId: null,
      ...row,
    });
  }
}
