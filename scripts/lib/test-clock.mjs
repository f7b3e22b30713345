// The one instant every browser test and end-to-end journey starts at, whatever the day, the
// hour or the machine's time zone: CI runs on Sundays (the demo space is closed), at night
// (after 20:00 nothing is left to book) and across DST changes. Pages and mock servers start
// their clocks here and let time run on, so timers, "booked 2 s ago" and expiries still work.
//
// A Wednesday morning in March: the space is open all day, the next two days are weekdays, no
// public holiday or DST change falls within a week in Paris.
export const TEST_NOW = '2026-03-11T09:10:00+01:00';

/** The zone test browsers run in (not the space's: the calendar's zone label shows). */
export const TEST_TIME_ZONE = 'UTC';

/**
 * Source of a classic script that makes the page's `Date` start at `iso` and run on from
 * there (`Date.now()`, `new Date()`, `Date()`); timers stay real. Install it before any module
 * runs: as the test page's first script, or with Playwright's `addInitScript`. Unlike
 * Playwright's `clock.install()`, it leaves timers alone and works the same in every engine.
 */
export function pinnedClockScript(iso = TEST_NOW) {
  const target = Date.parse(iso);
  if (Number.isNaN(target)) throw new TypeError(`pinnedClockScript: not an instant: ${iso}`);
  return `(() => {
  const RealDate = Date;
  const offset = ${target} - RealDate.now();
  const now = () => RealDate.now() + offset;
  globalThis.Date = new Proxy(RealDate, {
    construct: (target, args, newTarget) =>
      Reflect.construct(target, args.length ? args : [now()], newTarget),
    apply: () => new RealDate(now()).toString(),
    get: (target, key, receiver) => (key === 'now' ? now : Reflect.get(target, key, receiver)),
  });
})();`;
}
