import type {BillingPeriod} from './plan.js';
import {addDays, daysBetween} from '../../domain/zoned-time.js';

/** `day` plus whole months, the day of month clamped (31 Jan + 1 month = 28 Feb). */
function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(date, last)).padStart(2, '0')}`;
}

/** The last day of a billing period that starts on `from` (a month from 5 Mar ends 4 Apr). */
export function periodEnd(from: string, period: BillingPeriod): string {
  if (period === 'day') return from;
  if (period === 'week') return addDays(from, 6);
  return addDays(addMonths(from, period === 'month' ? 1 : 12), -1);
}

/**
 * The day a plan change takes effect: the next period's first day (the day after
 * `validUntil`); an open-ended membership changes tomorrow.
 */
export function planChangeDay(validUntil: string | null, today: string): string {
  return addDays(validUntil ?? today, 1);
}

export interface CancellationInput {
  /** Last day of the current period; null for an open-ended membership. */
  readonly validUntil: string | null;
  readonly period: BillingPeriod;
  /** Today in the space's zone. */
  readonly today: string;
  /** The space's notice: the membership runs at least this many days after today. */
  readonly noticeDays: number;
}

/**
 * The last day a cancelled membership includes: the end of the first period that ends at
 * least `noticeDays` after today (so a notice longer than what is left of this period runs
 * into the next one); an open-ended membership ends once the notice is over.
 */
export function cancellationEndsOn({validUntil, period, today, noticeDays}: CancellationInput) {
  if (validUntil === null) return addDays(today, noticeDays);
  let end = validUntil;
  // Bounded: each turn moves `end` on by at least a day, and notice is at most a year.
  while (daysBetween(today, end) < noticeDays) end = periodEnd(addDays(end, 1), period);
  return end;
}
