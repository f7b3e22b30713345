import type {EpochInterval} from './intervals.js';
import {mergeIntervals} from './intervals.js';
import type {Weekday} from './zoned-time.js';
import {weekdayOf, zonedDateTimeToInstant} from './zoned-time.js';

/** One opening span of a day in wall-clock `HH:MM`; `close` may be `24:00`. */
export interface OpeningSpan {
  open: string;
  close: string;
}

/** Opening spans per weekday; an empty list means closed that day. */
export type WeeklyHours = Record<Weekday, readonly OpeningSpan[]>;

/** A day the space is closed: the day itself, or a closure record such as `{day, reason}`. */
export type ClosedDay = string | {readonly day: string};

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
