import type {OpeningSpan, WeeklyHours} from '../areas/space/schemas.js';
import type {EpochInterval} from './intervals.js';
import {mergeIntervals} from './intervals.js';
import {weekdayOf, zonedDateTimeToInstant} from './zoned-time.js';

export type {OpeningSpan, WeeklyHours};

/** A day the space is closed: the day itself, or a closure record such as `{day, reason}`. */
export type ClosedDay = string | {readonly day: string};

/** A resource's own opening hours, or the space's when it has none: the one rule for it. */
export function resourceHours<H>(
  resource: {readonly openingHours: H | null},
  space: {readonly openingHours: H},
): H {
  return resource.openingHours ?? space.openingHours;
}

/** Whether `day` is one of the closed days. */
export function isClosedOn(day: string, closures: readonly ClosedDay[]): boolean {
  return closures.some((closure) => (typeof closure === 'string' ? closure : closure.day) === day);
}

/**
 * The instants a resource is open on one calendar day of the space, sorted and merged.
 * A span whose close is not after its open (after DST resolution) opens nothing;
 * spans never run past midnight (write `24:00` and open the next day at `00:00`).
 */
export function openIntervalsOn(
  day: string,
  hours: WeeklyHours,
  timeZone: string,
  closures: readonly ClosedDay[] = [],
): EpochInterval[] {
  if (isClosedOn(day, closures)) return [];
  const spans = hours[weekdayOf(day)].map((span) => ({
    start: zonedDateTimeToInstant(day, span.open, timeZone),
    end: zonedDateTimeToInstant(day, span.close, timeZone),
  }));
  return mergeIntervals(spans);
}
