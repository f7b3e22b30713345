import type {Money} from '../../domain/money.js';
import {HOUR_MS} from '../../domain/calendar-math.js';
import {formatInstant, parseInstant} from '../../domain/zoned-time.js';
import type {CancellationPolicy} from '../space/schemas.js';

export type {CancellationPolicy};

export interface CancellationInput {
  /** The booking's start. */
  start: string;
  now: string;
  policy: CancellationPolicy;
  /** What the booking cost. */
  paid: {credits: number; money: Money | null};
  /** The space's time zone, for the offset of `freeUntil`. */
  timeZone: string;
}

export type CancellationRefund =
  | {allowed: false; reason: 'already_started'}
  | {
      allowed: true;
      /** 100 until `freeUntil`, then the policy's late share. */
      percent: number;
      credits: number;
      money: Money | null;
      /** Until when (inclusive) cancelling refunds everything. */
      freeUntil: string;
    };

/** Until when cancelling a booking starting at `start` is free, with the space's offset. */
export function freeCancellationUntil(
  start: string,
  policy: CancellationPolicy,
  timeZone: string,
): string {
  return formatInstant(parseInstant(start) - policy.freeUntilHoursBefore * HOUR_MS, timeZone);
}

/**
 * What cancelling at `now` gives back: everything until `freeUntilHoursBefore` hours before
 * the start (that instant included), then `lateRefundPercent`, rounded down in the space's
 * favour (credits and minor units); a booking that has started (start ≤ now) cannot be cancelled.
 */
export function cancellationRefund(input: CancellationInput): CancellationRefund {
  const {policy, paid, timeZone} = input;
  const start = parseInstant(input.start);
  const now = parseInstant(input.now);
  if (start <= now) return {allowed: false, reason: 'already_started'};
  const freeUntil = start - policy.freeUntilHoursBefore * HOUR_MS;
  const percent = now <= freeUntil ? 100 : policy.lateRefundPercent;
  if (!Number.isInteger(percent) || percent < 0 || percent > 100) {
    throw new RangeError(`Failed to refund: ${percent}% is not a whole percentage 0–100.`);
  }
  // Integer products: the division is exact whenever the share is whole, so floor is safe.
  const share = (amount: number) => Math.floor((amount * percent) / 100);
  return {
    allowed: true,
    percent,
    credits: share(paid.credits),
    money: paid.money && {amount: share(paid.money.amount), currency: paid.money.currency},
    freeUntil: formatInstant(freeUntil, timeZone),
  };
}
