import {BOOKING_LIMITS, type Recurrence} from './schemas.js';
import type {Interval} from '../../domain/intervals.js';
import {
  addDays,
  calendarDayOf,
  daysBetween,
  formatInstant,
  parseInstant,
  wallTimeOf,
  zonedDateTimeToInstant,
} from '../../domain/zoned-time.js';

/** The most occurrences one recurring booking may have, the first included. */
export const MAX_OCCURRENCES = BOOKING_LIMITS.occurrences;

export type {Recurrence};

export interface RecurrenceInput {
  /** The first occurrence. */
  start: string;
  end: string;
  recurrence: Recurrence;
  timeZone: string;
}

export type RecurrenceExpansion =
  | {ok: true; occurrences: Interval[]}
  | {ok: false; code: 'recurrence_too_long' | 'invalid_time_range'; detail: string};

/**
 * Every occurrence of a recurring booking, the first included. Each keeps the first one's
 * wall-clock start and end in the space (a weekly 09:00–10:00 stays 09:00–10:00 across DST),
 * so elapsed durations may differ when an occurrence spans a transition.
 * More than {@link MAX_OCCURRENCES} is `recurrence_too_long`, an `until` before the first day
 * `invalid_time_range`. Recurring bookings are all or nothing, so callers check every occurrence.
 * @throws {RangeError} when the recurrence gives both or neither of `count` and `until`, or a
 * `count`/`interval` below 1 (the contract rejects these before they get here).
 */
export function expandRecurrence(input: RecurrenceInput): RecurrenceExpansion {
  const {recurrence, timeZone} = input;
  const {count, until, interval = 1} = recurrence;
  if ((count === undefined) === (until === undefined)) {
    throw new RangeError('Failed to expand a recurrence: give exactly one of count or until.');
  }
  if (!Number.isInteger(interval) || interval < 1 || (count !== undefined && !(count >= 1))) {
    throw new RangeError('Failed to expand a recurrence: count and interval must be ≥ 1.');
  }
  const start = parseInstant(input.start);
  const end = parseInstant(input.end);
  if (end <= start) {
    return {ok: false, code: 'invalid_time_range', detail: 'The end must be after the start.'};
  }
  const stepDays = (recurrence.frequency === 'weekly' ? 7 : 1) * interval;
  const firstDay = calendarDayOf(start, timeZone);
  let total: number;
  if (count !== undefined) {
    total = count;
  } else {
    const span = daysBetween(firstDay, until as string);
    if (span < 0) {
      const detail = `The recurrence ends (${until}) before its first day (${firstDay}).`;
      return {ok: false, code: 'invalid_time_range', detail};
    }
    total = Math.floor(span / stepDays) + 1;
  }
  if (total > MAX_OCCURRENCES) {
    const detail = `A recurring booking has at most ${MAX_OCCURRENCES} occurrences, not ${total}.`;
    return {ok: false, code: 'recurrence_too_long', detail};
  }

  const startTime = wallTimeOf(start, timeZone);
  const endTime = wallTimeOf(end, timeZone);
  const endDayOffset = daysBetween(firstDay, calendarDayOf(end, timeZone));
  // The first occurrence is exactly as asked, even the second pass of a repeated hour.
  const occurrences: Interval[] = [
    {start: formatInstant(start, timeZone), end: formatInstant(end, timeZone)},
  ];
  for (let k = 1; k < total; k++) {
    const day = addDays(firstDay, k * stepDays);
    const from = zonedDateTimeToInstant(day, startTime, timeZone);
    let to = zonedDateTimeToInstant(addDays(day, endDayOffset), endTime, timeZone);
    // Only when a spring-forward gap swallows both ends; keep the elapsed length then.
    if (to <= from) to = from + (end - start);
    occurrences.push({start: formatInstant(from, timeZone), end: formatInstant(to, timeZone)});
  }
  return {ok: true, occurrences};
}
