import {MINUTE_MS} from './calendar-math.js';
import {formatInstant, parseInstant} from './zoned-time.js';

/** A span of time as the API writes it: ISO instants with an offset, end exclusive. */
export interface Interval {
  start: string;
  end: string;
}

/** A span of time in epoch milliseconds, end exclusive; what the domain computes with. */
export interface EpochInterval {
  start: number;
  end: number;
}

/** Parses an {@link Interval} to epoch ms. */
export function parseInterval(interval: Interval): EpochInterval {
  return {start: parseInstant(interval.start), end: parseInstant(interval.end)};
}

/** Formats an {@link EpochInterval} with the offsets of `timeZone`. */
export function formatInterval(interval: EpochInterval, timeZone: string): Interval {
  return {
    start: formatInstant(interval.start, timeZone),
    end: formatInstant(interval.end, timeZone),
  };
}

/** Elapsed minutes between start and end (a 02:00–04:00 booking on a spring-forward night is 60). */
export function durationMinutes(interval: Interval): number {
  const {start, end} = parseInterval(interval);
  return (end - start) / MINUTE_MS;
}

/** Sorts intervals and joins those that overlap or touch; empty ones are dropped. */
export function mergeIntervals(intervals: readonly EpochInterval[]): EpochInterval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const merged: EpochInterval[] = [];
  for (const interval of sorted) {
    const last = merged.at(-1);
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({start: interval.start, end: interval.end});
  }
  return merged;
}

/** The parts of `from` not covered by any of `remove`, merged and sorted. */
export function subtractIntervals(
  from: readonly EpochInterval[],
  remove: readonly EpochInterval[],
): EpochInterval[] {
  const cuts = mergeIntervals(remove);
  const result: EpochInterval[] = [];
  for (const interval of mergeIntervals(from)) {
    let cursor = interval.start;
    for (const cut of cuts) {
      if (cut.end <= cursor) continue;
      if (cut.start >= interval.end) break;
      if (cut.start > cursor) result.push({start: cursor, end: cut.start});
      cursor = Math.max(cursor, cut.end);
    }
    if (cursor < interval.end) result.push({start: cursor, end: interval.end});
  }
  return result;
}
