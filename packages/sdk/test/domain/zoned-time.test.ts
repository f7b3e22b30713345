import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
  addDays,
  calendarDayOf,
  daysBetween,
  formatInstant,
  instantToZonedParts,
  isRepeatedWallTime,
  parseInstant,
  wallTimeOf,
  weekdayOf,
  zonedDateTimeToInstant,
} from '../../src/domain/index.js';
import type {Random} from '../helpers/random.js';
import {forAll} from '../helpers/random.js';

const PARIS = 'Europe/Paris';
const NEW_YORK = 'America/New_York';

const wallClock = (day: string, time: string, zone: string) =>
  formatInstant(zonedDateTimeToInstant(day, time, zone), zone);

test('zonedDateTimeToInstant uses winter and summer offsets in Paris and New York', () => {
  assert.equal(wallClock('2026-01-15', '09:00', PARIS), '2026-01-15T09:00:00+01:00');
  assert.equal(wallClock('2026-07-15', '09:00', PARIS), '2026-07-15T09:00:00+02:00');
  assert.equal(wallClock('2026-01-15', '09:00', NEW_YORK), '2026-01-15T09:00:00-05:00');
  assert.equal(wallClock('2026-07-15', '09:00', NEW_YORK), '2026-07-15T09:00:00-04:00');
});

test('a wall time skipped by spring-forward resolves forward by the gap', () => {
  assert.equal(wallClock('2026-03-29', '02:30', PARIS), '2026-03-29T03:30:00+02:00');
  assert.equal(wallClock('2026-03-08', '02:30', NEW_YORK), '2026-03-08T03:30:00-04:00');
  // The instants either side of the gap are unaffected.
  assert.equal(wallClock('2026-03-29', '01:59', PARIS), '2026-03-29T01:59:00+01:00');
  assert.equal(wallClock('2026-03-29', '03:00', PARIS), '2026-03-29T03:00:00+02:00');
});

test('a wall time repeated by fall-back resolves to the earlier instant', () => {
  assert.equal(wallClock('2026-10-25', '02:30', PARIS), '2026-10-25T02:30:00+02:00');
  assert.equal(wallClock('2026-11-01', '01:30', NEW_YORK), '2026-11-01T01:30:00-04:00');
  assert.equal(wallClock('2026-10-25', '03:00', PARIS), '2026-10-25T03:00:00+01:00');
});

test('24:00 is the next midnight, so DST days last 23 and 25 hours', () => {
  const hours = (day: string, zone: string) =>
    (zonedDateTimeToInstant(day, '24:00', zone) - zonedDateTimeToInstant(day, '00:00', zone)) /
    3_600_000;
  assert.equal(wallClock('2026-03-29', '24:00', PARIS), '2026-03-30T00:00:00+02:00');
  assert.equal(hours('2026-03-29', PARIS), 23);
  assert.equal(hours('2026-10-25', PARIS), 25);
  assert.equal(hours('2026-03-08', NEW_YORK), 23);
  assert.equal(hours('2026-11-01', NEW_YORK), 25);
  assert.equal(hours('2026-06-01', PARIS), 24);
});

test('formatInstant tells the two passes of a repeated hour apart by their offset', () => {
  assert.equal(formatInstant(Date.UTC(2026, 9, 25, 0, 30), PARIS), '2026-10-25T02:30:00+02:00');
  assert.equal(formatInstant(Date.UTC(2026, 9, 25, 1, 30), PARIS), '2026-10-25T02:30:00+01:00');
  assert.equal(formatInstant(Date.UTC(2026, 10, 1, 5, 30), NEW_YORK), '2026-11-01T01:30:00-04:00');
  assert.equal(formatInstant(Date.UTC(2026, 10, 1, 6, 30), NEW_YORK), '2026-11-01T01:30:00-05:00');
});

test('formatInstant writes half-hour offsets, UTC and milliseconds', () => {
  assert.equal(
    formatInstant(Date.UTC(2026, 0, 1, 12), 'Asia/Kolkata'),
    '2026-01-01T17:30:00+05:30',
  );
  assert.equal(formatInstant(Date.UTC(2026, 0, 1, 12), 'UTC'), '2026-01-01T12:00:00+00:00');
  assert.equal(
    formatInstant(Date.UTC(2026, 0, 1, 12, 0, 0, 250), 'UTC'),
    '2026-01-01T12:00:00.250+00:00',
  );
});

test('calendarDayOf answers the day in the space, not in UTC', () => {
  const lateSaturdayUtc = parseInstant('2026-03-28T23:30:00Z');
  assert.equal(calendarDayOf(lateSaturdayUtc, PARIS), '2026-03-29');
  assert.equal(calendarDayOf(lateSaturdayUtc, NEW_YORK), '2026-03-28');
  assert.equal(calendarDayOf(parseInstant('2026-01-01T04:59:59Z'), NEW_YORK), '2025-12-31');
});

test('instantToZonedParts reads the wall clock and the offset', () => {
  assert.deepEqual(instantToZonedParts(parseInstant('2026-11-01T06:30:05.5Z'), NEW_YORK), {
    year: 2026,
    month: 11,
    day: 1,
    hour: 1,
    minute: 30,
    second: 5,
    millisecond: 500,
    offsetMinutes: -300,
  });
  assert.equal(wallTimeOf(parseInstant('2026-07-01T07:15:00Z'), PARIS), '09:15:00');
});

test('calendar arithmetic crosses months, years and leap days', () => {
  assert.equal(addDays('2026-03-29', 1), '2026-03-30');
  assert.equal(addDays('2026-12-31', 1), '2027-01-01');
  assert.equal(addDays('2028-03-01', -1), '2028-02-29');
  assert.equal(daysBetween('2026-03-01', '2026-04-01'), 31);
  assert.equal(daysBetween('2026-04-01', '2026-03-01'), -31);
  assert.equal(weekdayOf('2026-03-29'), 'sun');
  assert.equal(weekdayOf('2026-03-30'), 'mon');
  assert.equal(weekdayOf('2026-11-06'), 'fri');
});

test('malformed days, times, instants and zones are rejected', () => {
  assert.throws(() => zonedDateTimeToInstant('2026-02-30', '09:00', PARIS), RangeError);
  assert.throws(() => zonedDateTimeToInstant('2026-2-3', '09:00', PARIS), RangeError);
  assert.throws(() => zonedDateTimeToInstant('2026-03-01', '25:00', PARIS), RangeError);
  assert.throws(() => zonedDateTimeToInstant('2026-03-01', '24:30', PARIS), RangeError);
  assert.throws(() => zonedDateTimeToInstant('2026-03-01', '9:00', PARIS), RangeError);
  assert.throws(() => zonedDateTimeToInstant('2026-03-01', '09:00', 'Mars/Olympus'), RangeError);
  assert.throws(() => parseInstant('2026-03-01T09:00:00'), RangeError);
  assert.throws(() => parseInstant('March 1, 2026'), RangeError);
  assert.throws(() => addDays('2026-03-01', 0.5), RangeError);
  assert.equal(parseInstant('2026-03-01T09:00+01:00'), Date.UTC(2026, 2, 1, 8));
});

const ZONES = [PARIS, NEW_YORK, 'Australia/Lord_Howe', 'America/Santiago', 'Asia/Kathmandu', 'UTC'];
const YEAR_2026 = Date.UTC(2026, 0, 1);
const YEAR_MS = 365 * 86_400_000;
/** Approximate 2026 transitions; cases land within three hours of them half of the time. */
const TRANSITIONS: Array<[zone: string, iso: string]> = [
  [PARIS, '2026-03-29T01:00:00Z'],
  [PARIS, '2026-10-25T01:00:00Z'],
  [NEW_YORK, '2026-03-08T07:00:00Z'],
  [NEW_YORK, '2026-11-01T06:00:00Z'],
  ['Australia/Lord_Howe', '2026-04-04T15:00:00Z'],
  ['Australia/Lord_Howe', '2026-10-03T15:30:00Z'],
  ['America/Santiago', '2026-04-05T03:00:00Z'],
  ['America/Santiago', '2026-09-06T04:00:00Z'],
];

function zoneAndInstant(random: Random): {zone: string; ms: number} {
  if (random.chance(0.5)) {
    const [zone, iso] = random.pick(TRANSITIONS);
    return {zone, ms: parseInstant(iso) + random.int(-180, 180) * 60_000};
  }
  return {zone: random.pick(ZONES), ms: YEAR_2026 + random.int(0, YEAR_MS / 60_000) * 60_000};
}

test('property: the cached offsets agree with Intl for random instants in many zones', () => {
  forAll({seed: 2026, runs: 600}, zoneAndInstant, ({zone, ms}) => {
    const reference = new Intl.DateTimeFormat('sv-SE', {
      timeZone: zone,
      dateStyle: 'short',
      timeStyle: 'medium',
    }).format(ms); // 'YYYY-MM-DD HH:MM:SS'
    const formatted = formatInstant(ms, zone);
    assert.equal(formatted.slice(0, 19), reference.replace(' ', 'T'));
    assert.equal(parseInstant(formatted), ms);
  });
});

test('property: a wall time read back from an instant maps to that instant (or the earlier pass)', () => {
  forAll({seed: 7, runs: 600}, zoneAndInstant, ({zone, ms}) => {
    const back = zonedDateTimeToInstant(calendarDayOf(ms, zone), wallTimeOf(ms, zone), zone);
    if (back !== ms) {
      // Only the second pass of a repeated hour maps to its first pass, which reads the same.
      assert.ok(back < ms && ms - back <= 3_600_000);
      assert.equal(formatInstant(back, zone).slice(0, 19), formatInstant(ms, zone).slice(0, 19));
    }
  });
});

test('property: calendar arithmetic agrees with Date over four centuries', () => {
  forAll(
    {seed: 400, runs: 500},
    (random) => ({
      ms: Date.UTC(1900, 0, 1) + random.int(0, 182_000) * 86_400_000,
      n: random.int(-800, 800),
    }),
    ({ms, n}) => {
      const day = new Date(ms).toISOString().slice(0, 10);
      const expected = new Date(ms + n * 86_400_000).toISOString().slice(0, 10);
      assert.equal(addDays(day, n), expected);
      assert.equal(daysBetween(day, expected), n);
      assert.equal(
        weekdayOf(day),
        ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][new Date(ms).getUTCDay()],
      );
      assert.equal(
        formatInstant(ms + 3_723_004, 'UTC'),
        new Date(ms + 3_723_004).toISOString().replace('Z', '+00:00'),
      );
    },
  );
});

test('parseInstant reads offsets, Z and fractions, and refuses impossible dates', () => {
  assert.equal(parseInstant('2026-03-29T09:00:00+02:00'), Date.UTC(2026, 2, 29, 7));
  assert.equal(
    parseInstant('2026-03-29T09:00:00.250-04:30'),
    Date.UTC(2026, 2, 29, 13, 30, 0, 250),
  );
  assert.equal(parseInstant('2026-03-29T09:00:00.123456789Z'), Date.UTC(2026, 2, 29, 9, 0, 0, 123));
  assert.equal(parseInstant('2028-02-29T00:00Z'), Date.UTC(2028, 1, 29));
  for (const bad of [
    '2026-02-29T09:00:00Z',
    '2026-13-01T09:00:00Z',
    '2026-03-29T24:00:00Z',
    '2026-03-29T09:60:00Z',
    '2026-03-29T09:00:00+24:00',
    '2026-03-29T09:00:00.Z',
    '2026-03-29 09:00:00Z',
    '2026-03-29T09:00:00+02:00 ',
  ]) {
    assert.throws(() => parseInstant(bad), RangeError, bad);
  }
});

test('property: parseInstant agrees with Date.parse on ISO instants', () => {
  forAll(
    {seed: 31, runs: 500},
    (random) => {
      const ms =
        Date.UTC(1990, 0, 1) + random.int(0, 60 * 365 * 24 * 60) * 60_000 + random.int(0, 59_999);
      const offset = random.int(-14 * 4, 14 * 4) * 15;
      const local = new Date(ms + offset * 60_000).toISOString().slice(0, 23);
      const sign = offset < 0 ? '-' : '+';
      const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
      const mm = String(Math.abs(offset) % 60).padStart(2, '0');
      return `${local}${offset === 0 && random.chance(0.5) ? 'Z' : `${sign}${hh}:${mm}`}`;
    },
    (iso) => assert.equal(parseInstant(iso), Date.parse(iso)),
  );
});

test('isRepeatedWallTime is true exactly in the hour a fall-back repeats', () => {
  const at = (iso: string, zone = PARIS) => isRepeatedWallTime(Date.parse(iso), zone);
  // Paris 2026-10-25: 03:00 CEST (01:00Z) becomes 02:00 CET, so 02:00–02:59 happen twice.
  assert.equal(at('2026-10-24T23:59:00Z'), false); // 01:59 CEST
  assert.equal(at('2026-10-25T00:00:00Z'), true); // 02:00 CEST
  assert.equal(at('2026-10-25T00:15:00Z'), true); // 02:15 CEST
  assert.equal(at('2026-10-25T01:15:00Z'), true); // 02:15 CET
  assert.equal(at('2026-10-25T01:59:00Z'), true); // 02:59 CET
  assert.equal(at('2026-10-25T02:00:00Z'), false); // 03:00 CET
  // Spring forward skips an hour and repeats none.
  assert.equal(at('2026-03-29T00:59:00Z'), false);
  assert.equal(at('2026-03-29T01:00:00Z'), false);
  // Lord Howe falls back half an hour: 01:30–01:59 repeat (2026-04-05, 02:00 +11 → 01:30 +10:30).
  assert.equal(at('2026-04-04T14:45:00Z', 'Australia/Lord_Howe'), true); // 01:45 +11:00
  assert.equal(at('2026-04-04T15:15:00Z', 'Australia/Lord_Howe'), true); // 01:45 +10:30
  assert.equal(at('2026-04-04T15:30:00Z', 'Australia/Lord_Howe'), false); // 02:00 +10:30
  assert.equal(at('2026-10-25T00:15:00Z', 'Asia/Tokyo'), false);
});
