/**
 * Wall-clock time in a space's IANA time zone, without Temporal: offsets come from
 * `Intl.DateTimeFormat` and everything else is UTC arithmetic on epoch milliseconds.
 */

import {
  DAY_MS,
  MAX_CACHED_ENTRIES,
  MINUTE_MS,
  dayToUtcMs,
  formatOffset,
  readInstant,
  utcDateTimeString,
  utcDayString,
  wallTimeToMs,
} from './calendar-math.js';
import {offsetMinutesAt} from './zone-offsets.js';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The wall-clock reading of an instant in one time zone. */
export interface ZonedParts {
  year: number;
  /** 1–12 */
  month: number;
  /** Day of the month, 1–31. */
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Minutes ahead of UTC, e.g. 120 for `+02:00`. */
  offsetMinutes: number;
}

/**
 * Parses an ISO-8601 instant with an offset (`2026-03-29T09:00:00+02:00`, `…T09:00Z`,
 * `…T09:00:00.250+05:30`) to epoch ms; finer than milliseconds is dropped.
 * @throws {RangeError} when the text is not such an instant.
 */
export function parseInstant(iso: string): number {
  const ms = readInstant(iso);
  if (Number.isNaN(ms)) {
    throw new RangeError(`Expected an ISO-8601 instant with an offset, got "${iso}".`);
  }
  return ms;
}

/**
 * The instant at which the wall clock in `timeZone` reads `time` on `day`.
 * `24:00` is the next midnight. A time skipped by a spring-forward gap resolves forward by
 * the gap (02:30 → 03:30), and a time repeated by a fall-back resolves to the earlier instant.
 * @throws {RangeError} for a malformed day or time, or an unknown time zone.
 */
export function zonedDateTimeToInstant(day: string, time: string, timeZone: string): number {
  const wall = dayToUtcMs(day) + wallTimeToMs(time);
  // Assumes at most one transition within a day either side, true of every zone in use.
  const offsetBefore = offsetMinutesAt(wall - DAY_MS, timeZone) * MINUTE_MS;
  const offsetAfter = offsetMinutesAt(wall + DAY_MS, timeZone) * MINUTE_MS;
  if (offsetBefore === offsetAfter) return wall - offsetBefore;
  const early = wall - offsetBefore;
  const late = wall - offsetAfter;
  const earlyValid = offsetMinutesAt(early, timeZone) * MINUTE_MS === offsetBefore;
  const lateValid = offsetMinutesAt(late, timeZone) * MINUTE_MS === offsetAfter;
  if (earlyValid && lateValid) return Math.min(early, late);
  if (lateValid) return late;
  // Valid with the earlier offset, or in the gap: reading the wall time with the offset in
  // force before the transition lands exactly the gap's length later.
  return early;
}

/** The wall-clock reading of the instant `ms` in `timeZone`, with its UTC offset. */
export function instantToZonedParts(ms: number, timeZone: string): ZonedParts {
  const offsetMinutes = offsetMinutesAt(ms, timeZone);
  const wall = new Date(ms + offsetMinutes * MINUTE_MS);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    millisecond: wall.getUTCMilliseconds(),
    offsetMinutes,
  };
}

/**
 * Whether the wall-clock reading of the instant `ms` in `timeZone` also names another
 * instant: true in the hour a fall-back repeats (02:15 on Paris' last Sunday of October, both
 * times). A calendar file cannot say which of the two a local time means.
 */
export function isRepeatedWallTime(ms: number, timeZone: string): boolean {
  const own = offsetMinutesAt(ms, timeZone);
  const wall = ms + own * MINUTE_MS;
  // Assumes at most one transition within a day either side, as zonedDateTimeToInstant does.
  for (const other of [
    offsetMinutesAt(ms - DAY_MS, timeZone),
    offsetMinutesAt(ms + DAY_MS, timeZone),
  ]) {
    if (other !== own && offsetMinutesAt(wall - other * MINUTE_MS, timeZone) === other) return true;
  }
  return false;
}

/** The calendar day `YYYY-MM-DD` that the instant `ms` falls on in `timeZone`. */
export function calendarDayOf(ms: number, timeZone: string): string {
  return utcDayString(ms + offsetMinutesAt(ms, timeZone) * MINUTE_MS);
}

/** The wall-clock time `HH:MM:SS` of the instant `ms` in `timeZone`. */
export function wallTimeOf(ms: number, timeZone: string): string {
  return utcDateTimeString(ms + offsetMinutesAt(ms, timeZone) * MINUTE_MS).slice(11, 19);
}

/** The calendar day `n` days after `day` (before it when `n` is negative). */
export function addDays(day: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Expected a whole number of days, got ${n}.`);
  return utcDayString(dayToUtcMs(day) + n * DAY_MS);
}

/** The weekday of a calendar day, as the key used by opening hours. */
export function weekdayOf(day: string): Weekday {
  // 1970-01-01, day number 0, was a Thursday (index 3 from Monday).
  const dayNumber = dayToUtcMs(day) / DAY_MS;
  return WEEKDAYS[(((dayNumber + 3) % 7) + 7) % 7] as Weekday;
}

/** How many calendar days `to` is after `from` (negative when before). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayToUtcMs(to) - dayToUtcMs(from)) / DAY_MS);
}

/**
 * Formats the instant `ms` as ISO-8601 with the zone's offset at that instant,
 * e.g. `2026-03-29T09:00:00+02:00` (milliseconds only when there are some).
 */
export function formatInstant(ms: number, timeZone: string): string {
  // Slots fall on the same few thousand instants request after request.
  let cache = formattedCaches.get(timeZone);
  if (!cache) {
    cache = new Map();
    formattedCaches.set(timeZone, cache);
  }
  let formatted = cache.get(ms);
  if (formatted === undefined) {
    const offset = offsetMinutesAt(ms, timeZone);
    formatted = utcDateTimeString(ms + offset * MINUTE_MS) + formatOffset(offset);
    if (cache.size >= MAX_CACHED_ENTRIES) cache.clear();
    cache.set(ms, formatted);
  }
  return formatted;
}

const formattedCaches = new Map<string, Map<number, string>>();
