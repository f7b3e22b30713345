import type {BookingRules, OpeningSpan, Weekday} from '../../src/domain/index.js';

/** Opening hours with the same spans every day (mutable, so contract types accept them too). */
export function everyDay(
  ...spans: Array<[open: string, close: string]>
): Record<Weekday, OpeningSpan[]> {
  const day = spans.map(([open, close]) => ({open, close}));
  return {mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day};
}

/** Booking rules that allow anything on an hourly grid, overridden per test. */
export function rules(overrides: Partial<BookingRules> = {}): BookingRules {
  return {
    slotMinutes: 60,
    minMinutes: 60,
    maxMinutes: 24 * 60,
    bufferMinutes: 0,
    advanceDays: 365,
    minimumNoticeMinutes: 0,
    ...overrides,
  };
}
