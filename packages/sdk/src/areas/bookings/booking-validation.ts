import type {BookingRules} from './booking-rules.js';
import {assertBookingRules, earliestBookableStart, lastBookableDay} from './booking-rules.js';
import type {EpochInterval, Interval} from '../../domain/intervals.js';
import {mergeIntervals, parseInterval} from '../../domain/intervals.js';
import type {ClosedDay, WeeklyHours} from '../../domain/opening-hours.js';
import {openIntervalsOn} from '../../domain/opening-hours.js';
import {MINUTE_MS} from '../../domain/calendar-math.js';
import {addDays, calendarDayOf, parseInstant} from '../../domain/zoned-time.js';

/** Why a requested booking time is refused; the codes are the API's problem codes. */
export interface BookingWindowIssue {
  code:
    | 'invalid_time_range'
    | 'too_late'
    | 'too_far_in_advance'
    | 'outside_opening_hours'
    | 'duration_out_of_range';
  /** An English sentence for logs and the problem's `detail`. */
  detail: string;
}

export interface BookingWindowInput {
  start: string;
  end: string;
  hours: WeeklyHours;
  /** @default [] */
  closures?: readonly ClosedDay[];
  timeZone: string;
  rules: BookingRules;
  now: string;
}

/**
 * Checks a requested booking time against the resource's hours and rules (not against other
 * bookings: see {@link overlapsBusy}). Returns the first issue, checked in this order:
 * `invalid_time_range` (end not after start), `too_late` (in the past or inside the minimum
 * notice), `too_far_in_advance`, `outside_opening_hours` (not within one stretch of opening
 * hours), `invalid_time_range` (start or end off the slot grid that starts at opening time),
 * `duration_out_of_range`. Returns null when the time is acceptable.
 */
export function validateBookingWindow(input: BookingWindowInput): BookingWindowIssue | null {
  const {hours, closures = [], timeZone, rules} = input;
  assertBookingRules(rules);
  const start = parseInstant(input.start);
  const end = parseInstant(input.end);
  const now = parseInstant(input.now);
  if (end <= start) {
    return {code: 'invalid_time_range', detail: 'The end must be after the start.'};
  }
  if (start < earliestBookableStart(now, rules)) {
    const detail =
      start < now
        ? 'That time has already passed.'
        : `Bookings need at least ${rules.minimumNoticeMinutes} minutes' notice.`;
    return {code: 'too_late', detail};
  }
  const startDay = calendarDayOf(start, timeZone);
  if (startDay > lastBookableDay(calendarDayOf(now, timeZone), rules)) {
    const detail = `Bookings can be made at most ${rules.advanceDays} days ahead.`;
    return {code: 'too_far_in_advance', detail};
  }
  const startDayOpen = openIntervalsOn(startDay, hours, timeZone, closures);
  const open = [...startDayOpen];
  const endDay = calendarDayOf(end - 1, timeZone);
  for (let day = addDays(startDay, 1); day <= endDay; day = addDays(day, 1)) {
    open.push(...openIntervalsOn(day, hours, timeZone, closures));
  }
  if (!mergeIntervals(open).some((o) => o.start <= start && end <= o.end)) {
    return {code: 'outside_opening_hours', detail: 'The resource is not open for that whole time.'};
  }
  // The grid restarts at each opening time of the start's day.
  const span = startDayOpen.find((o) => o.start <= start && start < o.end) as EpochInterval;
  const slotMs = rules.slotMinutes * MINUTE_MS;
  if ((start - span.start) % slotMs !== 0 || (end - start) % slotMs !== 0) {
    const detail = `Bookings start and end on the ${rules.slotMinutes}-minute grid from opening time.`;
    return {code: 'invalid_time_range', detail};
  }
  const minutes = (end - start) / MINUTE_MS;
  if (minutes < rules.minMinutes || minutes > rules.maxMinutes) {
    const detail = `Bookings last from ${rules.minMinutes} to ${rules.maxMinutes} minutes.`;
    return {code: 'duration_out_of_range', detail};
  }
  return null;
}

/**
 * Whether `[start, end)` comes within `bufferMinutes` of any busy interval; touching the
 * buffer's edge is not an overlap.
 */
export function overlapsBusy(
  start: string,
  end: string,
  busy: readonly Interval[],
  bufferMinutes: number,
): boolean {
  const from = parseInstant(start);
  const to = parseInstant(end);
  const bufferMs = bufferMinutes * MINUTE_MS;
  return busy.some((interval) => {
    const b = parseInterval(interval);
    return b.start - bufferMs < to && from < b.end + bufferMs;
  });
}
