/**
 * UTC offsets of IANA time zones from `Intl.DateTimeFormat`, memoized. Internal; the public
 * API is `zoned-time.ts`.
 */

import {DAY_MS, HOUR_MS, MAX_CACHED_ENTRIES, MINUTE_MS, daysFromCivil} from './calendar-math.js';

// Creating an Intl.DateTimeFormat costs ~50 µs and formatting ~7 µs, while the server
// computes a week of slots for every resource per request: keep one formatter per zone
// and remember offsets per UTC hour, so the hot path is a Map lookup.
const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCaches = new Map<string, Map<number, number>>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's offset at `ms` in whole minutes, straight from Intl (slow). */
function intlOffsetMinutes(ms: number, timeZone: string): number {
  const fields = {year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0};
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    if (part.type in fields) fields[part.type as keyof typeof fields] = Number(part.value);
  }
  const wallMs =
    daysFromCivil(fields.year, fields.month, fields.day) * DAY_MS +
    ((fields.hour * 60 + fields.minute) * 60 + fields.second) * 1000;
  // Historic local-mean-time offsets have seconds; rounding keeps formatted instants exact.
  return Math.round((wallMs - Math.floor(ms / 1000) * 1000) / MINUTE_MS);
}

/** The zone's offset at `ms` in minutes (cached per UTC hour that has no transition). */
export function offsetMinutesAt(ms: number, timeZone: string): number {
  let cache = offsetCaches.get(timeZone);
  if (!cache) {
    cache = new Map();
    offsetCaches.set(timeZone, cache);
  }
  const hour = Math.floor(ms / HOUR_MS);
  const cached = cache.get(hour);
  if (cached !== undefined && !Number.isNaN(cached)) return cached;
  if (cached === undefined) {
    const first = intlOffsetMinutes(hour * HOUR_MS, timeZone);
    const last = intlOffsetMinutes(hour * HOUR_MS + HOUR_MS - 1, timeZone);
    if (cache.size >= MAX_CACHED_ENTRIES) cache.clear();
    // NaN marks an hour with a transition inside: those are looked up exactly every time.
    cache.set(hour, first === last ? first : NaN);
    if (first === last) return first;
  }
  return intlOffsetMinutes(ms, timeZone);
}
