import {
  addDays,
  calendarDayOf,
  formatInstant,
  weekdayOf,
  zonedDateTimeToInstant,
  type Weekday,
} from '@portico/sdk/domain';

const PARIS = 'Europe/Paris';

/**
 * The next `weekday` at `time` in Paris (the demo space's zone) from the page's clock. A test
 * that needs the space open or closed (check-in follows its hours) starts the mock server
 * there, so it does not depend on when it runs, and the sessions it signs stay valid for the
 * page.
 * @example createHandlers({scenario: 'demo', now: nextInParis('wed', '09:10')})
 */
export function nextInParis(weekday: Weekday, time: string): string {
  const now = Date.now();
  let day = calendarDayOf(now, PARIS);
  while (weekdayOf(day) !== weekday || zonedDateTimeToInstant(day, time, PARIS) < now)
    day = addDays(day, 1);
  return formatInstant(zonedDateTimeToInstant(day, time, PARIS), PARIS);
}
