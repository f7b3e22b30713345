import type {BookingRules} from '../bookings/booking-rules.js';
import {
  assertBookingRules,
  earliestBookableStart,
  lastBookableDay,
} from '../bookings/booking-rules.js';
import type {EpochInterval, Interval} from '../../domain/intervals.js';
import {
  formatInterval,
  mergeIntervals,
  parseInterval,
  subtractIntervals,
} from '../../domain/intervals.js';
import type {ClosedDay, WeeklyHours} from '../../domain/opening-hours.js';
import {openIntervalsOn} from '../../domain/opening-hours.js';
import {MINUTE_MS} from '../../domain/calendar-math.js';
import {
  addDays,
  calendarDayOf,
  parseInstant,
  zonedDateTimeToInstant,
} from '../../domain/zoned-time.js';

/** One calendar day of the space, or a range of instants `[from, to)`. */
export type AvailabilityWindow =
  {day: string; from?: never; to?: never} | {from: string; to: string; day?: never};

/** A resource's hours and bookings over a window. */
export type AvailabilityInput = AvailabilityWindow & {
  hours: WeeklyHours;
  /** Days the space is closed. @default [] */
  closures?: readonly ClosedDay[];
  /** The space's IANA time zone, e.g. `Europe/Paris`. */
  timeZone: string;
  /** Existing bookings of the resource. */
  busy: readonly Interval[];
};

/** {@link AvailabilityInput} plus what decides bookability. */
export type SlotQuery = AvailabilityInput & {
  rules: BookingRules;
  /** The current instant; the domain never reads the clock. */
  now: string;
};

interface ResolvedWindow {
  days: string[];
  from: number;
  to: number;
}

function resolveWindow(window: AvailabilityWindow, timeZone: string): ResolvedWindow {
  if (window.day !== undefined) {
    return {
      days: [window.day],
      from: zonedDateTimeToInstant(window.day, '00:00', timeZone),
      to: zonedDateTimeToInstant(window.day, '24:00', timeZone),
    };
  }
  const from = parseInstant(window.from);
  const to = parseInstant(window.to);
  if (to < from) throw new RangeError('Failed to compute availability: `to` is before `from`.');
  const days: string[] = [];
  if (to === from) return {days, from, to};
  // Every opening span lies within its own day's [00:00, 24:00], so these days cover [from, to).
  const lastDay = calendarDayOf(to - 1, timeZone);
  for (let day = calendarDayOf(from, timeZone); day <= lastDay; day = addDays(day, 1)) {
    days.push(day);
  }
  return {days, from, to};
}

/**
 * The bookable slots of a resource in a window, sorted. Candidates start at each opening
 * time and step by `slotMinutes` (a slot lasts `slotMinutes`; a booking joins consecutive
 * slots, and its duration limits are checked by `validateBookingWindow`). A slot is kept when
 * it lies within opening hours and the window, keeps `bufferMinutes` clear of every busy
 * interval, starts at least `minimumNoticeMinutes` after `now`, and its day is at most
 * `advanceDays` after today in the space.
 * @example computeSlots({day: '2026-03-29', hours, timeZone: 'Europe/Paris', rules, busy: [], now})
 * @see {@link bookableRanges} for the same time as merged ranges, as availability lists it.
 */
export function computeSlots(query: SlotQuery): Interval[] {
  return bookableSlotsMs(query).map((slot) => formatInterval(slot, query.timeZone));
}

/**
 * The bookable time of a resource in a window as merged ranges, sorted: the slots of
 * {@link computeSlots} with back-to-back ones joined. This is the `free` list of availability:
 * opening hours minus busy intervals widened by the buffer, minus the minimum notice and
 * whatever lies past the advance limit, aligned to the slot grid. Every range is a whole
 * number of slots, and {@link slotsWithin} splits the ranges back into exactly those slots.
 * @example bookableRanges({from, to, hours, timeZone: 'Europe/Paris', rules, busy, now})
 */
export function bookableRanges(query: SlotQuery): Interval[] {
  const ranges: EpochInterval[] = [];
  for (const slot of bookableSlotsMs(query)) {
    const last = ranges.at(-1);
    if (last && last.end === slot.start) last.end = slot.end;
    else ranges.push({start: slot.start, end: slot.end});
  }
  return ranges.map((range) => formatInterval(range, query.timeZone));
}

/**
 * Splits free ranges (availability's `free`, from {@link bookableRanges}) into the slots a
 * calendar shows: `slotMinutes` each, stepping from the start of every range; a tail shorter
 * than a slot is dropped. Written with the offsets of `timeZone` (the space's), the result is
 * exactly what {@link computeSlots} gives for the same resource and window.
 * @example slotsWithin(availability.resources[0].free, resource.rules.slotMinutes, space.timeZone)
 */
export function slotsWithin(
  free: readonly Interval[],
  slotMinutes: number,
  timeZone: string,
): Interval[] {
  return epochSlotsWithin(free.map(parseInterval), slotMinutes).map((slot) =>
    formatInterval(slot, timeZone),
  );
}

/**
 * {@link slotsWithin} in epoch ms, before any formatting: what a calendar compares cells
 * with (a week of fifty resources is 8,400 slots, each written and read back otherwise).
 * @example epochSlotsWithin(free.map(parseInterval), resource.rules.slotMinutes)
 */
export function epochSlotsWithin(
  free: readonly EpochInterval[],
  slotMinutes: number,
): EpochInterval[] {
  if (!Number.isInteger(slotMinutes) || slotMinutes <= 0)
    throw new RangeError('Failed to split free ranges: `slotMinutes` must be a whole number > 0.');
  const slotMs = slotMinutes * MINUTE_MS;
  const slots: EpochInterval[] = [];
  for (const {start, end} of free) {
    for (let at = start; at + slotMs <= end; at += slotMs)
      slots.push({start: at, end: at + slotMs});
  }
  return slots;
}

/** The slots of {@link computeSlots} in epoch ms, before any formatting. */
function bookableSlotsMs(query: SlotQuery): EpochInterval[] {
  const {hours, closures = [], timeZone, rules} = query;
  assertBookingRules(rules);
  const window = resolveWindow(query, timeZone);
  const now = parseInstant(query.now);
  const earliest = earliestBookableStart(now, rules);
  const lastDay = lastBookableDay(calendarDayOf(now, timeZone), rules);
  const slotMs = rules.slotMinutes * MINUTE_MS;
  const bufferMs = rules.bufferMinutes * MINUTE_MS;
  const blocked = mergeIntervals(
    query.busy.map(parseInterval).map((b) => ({start: b.start - bufferMs, end: b.end + bufferMs})),
  );

  const slots: EpochInterval[] = [];
  let next = 0; // first blocked interval that may still overlap; slots only move forward
  for (const day of window.days) {
    if (day > lastDay) break;
    for (const open of openIntervalsOn(day, hours, timeZone, closures)) {
      for (let start = open.start; start + slotMs <= open.end; start += slotMs) {
        const end = start + slotMs;
        if (start < earliest || start < window.from || end > window.to) continue;
        while (next < blocked.length && (blocked[next] as EpochInterval).end <= start) next++;
        const blocker = blocked[next];
        if (blocker && blocker.start < end) continue;
        slots.push({start, end});
      }
    }
  }
  return slots;
}

/**
 * When a resource is open and not booked in a window: opening hours minus busy intervals,
 * merged (a resource open around the clock gives one interval across midnight). Buffers,
 * notice and the advance limit do not apply, nor the slot grid: what availability lists as
 * `free` is {@link bookableRanges}.
 */
export function freeIntervals(input: AvailabilityInput): Interval[] {
  const {hours, closures = [], timeZone} = input;
  const window = resolveWindow(input, timeZone);
  const open = window.days.flatMap((day) => openIntervalsOn(day, hours, timeZone, closures));
  const outside = [
    {start: -Infinity, end: window.from},
    {start: window.to, end: Infinity},
  ];
  const busy = [...input.busy.map(parseInterval), ...outside];
  return subtractIntervals(open, busy).map((interval) => formatInterval(interval, timeZone));
}
