import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {AvailabilityWindow, Interval, SlotQuery, WeeklyHours} from '../../src/domain/index.js';
import {
  addDays,
  bookableRanges,
  calendarDayOf,
  computeSlots,
  daysBetween,
  epochSlotsWithin,
  freeIntervals,
  openIntervalsOn,
  overlapsBusy,
  parseInstant,
  parseInterval,
  slotsWithin,
  validateBookingWindow,
} from '../../src/domain/index.js';
import {everyDay, rules} from '../helpers/domain.js';
import {forAll} from '../helpers/random.js';

const PARIS = 'Europe/Paris';
const NEW_YORK = 'America/New_York';
const LONG_AGO = '2026-01-01T00:00:00Z';
const starts = (slots: Interval[]) => slots.map((slot) => slot.start);

/** What a test states of a query; the rest is {@link slotQuery}'s. */
type Given = AvailabilityWindow & Pick<SlotQuery, 'hours'> & Partial<SlotQuery>;
/** A query in Paris on the hourly rules, with nothing booked and `now` long before. */
const slotQuery = (given: Given): SlotQuery =>
  ({timeZone: PARIS, rules: rules(), busy: [], now: LONG_AGO, ...given}) as SlotQuery;
const slotsOf = (given: Given) => computeSlots(slotQuery(given));

const roundTheClock = (day: string, timeZone: string) =>
  slotsOf({day, hours: everyDay(['00:00', '24:00']), timeZone});

test('a resource open round the clock has 23 hourly slots on spring-forward day in Paris', () => {
  const slots = roundTheClock('2026-03-29', PARIS);
  assert.equal(slots.length, 23);
  assert.deepEqual(starts(slots).slice(0, 3), [
    '2026-03-29T00:00:00+01:00',
    '2026-03-29T01:00:00+01:00',
    '2026-03-29T03:00:00+02:00',
  ]);
  assert.equal(slots.at(-1)?.end, '2026-03-30T00:00:00+02:00');
});

test('a resource open round the clock has 25 hourly slots on fall-back day in Paris', () => {
  const slots = roundTheClock('2026-10-25', PARIS);
  assert.equal(slots.length, 25);
  assert.deepEqual(starts(slots).slice(2, 4), [
    '2026-10-25T02:00:00+02:00',
    '2026-10-25T02:00:00+01:00',
  ]);
  assert.equal(slots.at(-1)?.end, '2026-10-26T00:00:00+01:00');
});

test('New York has 23 and 25 hourly slots on its own DST days, 24 on the Paris ones', () => {
  assert.equal(roundTheClock('2026-03-08', NEW_YORK).length, 23);
  assert.equal(roundTheClock('2026-11-01', NEW_YORK).length, 25);
  assert.equal(roundTheClock('2026-03-29', NEW_YORK).length, 24);
  assert.deepEqual(starts(roundTheClock('2026-11-01', NEW_YORK)).slice(1, 3), [
    '2026-11-01T01:00:00-04:00',
    '2026-11-01T01:00:00-05:00',
  ]);
});

const morning = {day: '2026-06-10', hours: everyDay(['09:00', '12:00'])};

/** [what a test shows, its query, the starts of the slots it gets]. */
const STARTS: Array<[name: string, given: Given, starts: string[]]> = [
  [
    'office hours on a DST day keep their wall-clock times',
    {
      day: '2026-03-08',
      hours: everyDay(['09:00', '12:00']),
      timeZone: NEW_YORK,
    },
    ['2026-03-08T09:00:00-04:00', '2026-03-08T10:00:00-04:00', '2026-03-08T11:00:00-04:00'],
  ],
  [
    'slots keep the buffer clear around a booking, and touching the buffer is fine',
    {
      ...morning,
      rules: rules({slotMinutes: 30, minMinutes: 30, bufferMinutes: 15}),
      busy: [{start: '2026-06-10T10:00:00+02:00', end: '2026-06-10T10:30:00+02:00'}],
    },
    ['2026-06-10T09:00:00+02:00', '2026-06-10T11:00:00+02:00', '2026-06-10T11:30:00+02:00'],
  ],
  [
    'busy intervals written in UTC block the same local slots',
    {
      ...morning,
      busy: [{start: '2026-06-10T08:00:00Z', end: '2026-06-10T09:00:00Z'}],
    },
    ['2026-06-10T09:00:00+02:00', '2026-06-10T11:00:00+02:00'],
  ],
  [
    'slots start at least the minimum notice after now',
    {
      ...morning,
      rules: rules({slotMinutes: 30, minMinutes: 30, minimumNoticeMinutes: 60}),
      now: '2026-06-10T09:10:00+02:00',
    },
    ['2026-06-10T10:30:00+02:00', '2026-06-10T11:00:00+02:00', '2026-06-10T11:30:00+02:00'],
  ],
  [
    'slots stop at the advance limit counted in days of the space',
    {
      from: '2026-06-08T00:00:00+02:00',
      to: '2026-06-15T00:00:00+02:00',
      hours: everyDay(['09:00', '10:00']),
      rules: rules({advanceDays: 2}),
      // Still Sunday 7 June in UTC, already Monday 8 June in Paris.
      now: '2026-06-07T22:30:00Z',
    },
    ['2026-06-08T09:00:00+02:00', '2026-06-09T09:00:00+02:00', '2026-06-10T09:00:00+02:00'],
  ],
  [
    'a range keeps only the slots that lie inside it',
    {
      from: '2026-06-10T10:30:00+02:00',
      to: '2026-06-10T12:00:00+02:00',
      hours: everyDay(['09:00', '12:00']),
    },
    ['2026-06-10T11:00:00+02:00'],
  ],
];

for (const [name, given, expected] of STARTS)
  test(name, () => assert.deepEqual(starts(slotsOf(given)), expected));

test('slots never straddle a lunch break and end by closing time', () => {
  const slots = slotsOf({
    day: '2026-06-10',
    hours: everyDay(['09:00', '12:00'], ['13:00', '17:00']),
    rules: rules({slotMinutes: 90, minMinutes: 90}),
  });
  assert.deepEqual(slots, [
    {start: '2026-06-10T09:00:00+02:00', end: '2026-06-10T10:30:00+02:00'},
    {start: '2026-06-10T10:30:00+02:00', end: '2026-06-10T12:00:00+02:00'},
    {start: '2026-06-10T13:00:00+02:00', end: '2026-06-10T14:30:00+02:00'},
    {start: '2026-06-10T14:30:00+02:00', end: '2026-06-10T16:00:00+02:00'},
  ]);
});

test('closed weekdays and closure days have no slots', () => {
  const weekdaysOnly: WeeklyHours = {...everyDay(['09:00', '10:00']), sat: [], sun: []};
  const week = slotsOf({
    from: '2026-06-08T00:00:00+02:00',
    to: '2026-06-15T00:00:00+02:00',
    hours: weekdaysOnly,
    closures: ['2026-06-09', {day: '2026-06-11'}],
  });
  assert.deepEqual(
    week.map((slot) => slot.start.slice(0, 10)),
    ['2026-06-08', '2026-06-10', '2026-06-12'],
  );
});

test('freeIntervals is opening hours minus bookings, merged across midnight', () => {
  const free = freeIntervals({
    from: '2026-06-10T00:00:00+02:00',
    to: '2026-06-12T00:00:00+02:00',
    hours: everyDay(['00:00', '24:00']),
    timeZone: PARIS,
    busy: [
      {start: '2026-06-10T10:00:00+02:00', end: '2026-06-10T11:00:00+02:00'},
      {start: '2026-06-11T10:30:00+02:00', end: '2026-06-11T12:00:00+02:00'},
    ],
  });
  assert.deepEqual(free, [
    {start: '2026-06-10T00:00:00+02:00', end: '2026-06-10T10:00:00+02:00'},
    {start: '2026-06-10T11:00:00+02:00', end: '2026-06-11T10:30:00+02:00'},
    {start: '2026-06-11T12:00:00+02:00', end: '2026-06-12T00:00:00+02:00'},
  ]);
});

test('freeIntervals on the fall-back day in New York covers 25 hours', () => {
  const [free] = freeIntervals({
    day: '2026-11-01',
    hours: everyDay(['00:00', '24:00']),
    timeZone: NEW_YORK,
    busy: [],
  });
  assert.deepEqual(free, {start: '2026-11-01T00:00:00-04:00', end: '2026-11-02T00:00:00-05:00'});
});

const DAYS = ['2026-03-27', '2026-03-08', '2026-10-24', '2026-10-31', '2026-06-10'];
const TIMES = ['00:00', '01:30', '02:00', '02:30', '06:00', '08:00', '09:15', '12:00', '13:00'];

test('property: slots lie in opening hours, clear busy+buffer, respect notice and advance, and are all the grid allows', () => {
  forAll(
    {seed: 42, runs: 300},
    (random) => {
      const timeZone = random.pick([PARIS, NEW_YORK]);
      const firstDay = random.pick(DAYS);
      const slotMinutes = random.pick([15, 30, 45, 60, 90]);
      const open = random.pick(TIMES);
      const close = random.pick(['12:00', '17:30', '20:00', '24:00']);
      const hours = everyDay([open, close]);
      const busy = Array.from({length: random.int(0, 6)}, () => {
        const start =
          parseInstant(`${addDays(firstDay, random.int(0, 3))}T00:00:00Z`) +
          random.int(0, 96) * 900_000;
        return {
          start: new Date(start).toISOString(),
          end: new Date(start + random.int(1, 12) * 900_000).toISOString(),
        };
      });
      const query: SlotQuery = {
        from: `${firstDay}T00:00:00Z`,
        to: `${addDays(firstDay, 3)}T00:00:00Z`,
        hours,
        closures: random.chance(0.3) ? [addDays(firstDay, 1)] : [],
        timeZone,
        rules: rules({
          slotMinutes,
          minMinutes: slotMinutes,
          maxMinutes: slotMinutes * 4,
          bufferMinutes: random.pick([0, 10, 15, 30]),
          advanceDays: random.int(0, 3),
          minimumNoticeMinutes: random.pick([0, 30, 120, 600]),
        }),
        busy,
        now: new Date(
          parseInstant(`${firstDay}T00:00:00Z`) + random.int(-24, 48) * 1_800_000,
        ).toISOString(),
      };
      return query;
    },
    (query) => {
      const slots = computeSlots(query);
      const {rules: r, timeZone, busy, now} = query;
      const today = calendarDayOf(parseInstant(now), timeZone);
      let previousEnd = -Infinity;
      for (const slot of slots) {
        const start = parseInstant(slot.start);
        const end = parseInstant(slot.end);
        assert.equal(end - start, r.slotMinutes * 60_000);
        assert.ok(start >= previousEnd, 'slots are sorted and do not overlap');
        previousEnd = end;
        assert.ok(!overlapsBusy(slot.start, slot.end, busy, r.bufferMinutes));
        assert.ok(start >= parseInstant(now) + r.minimumNoticeMinutes * 60_000);
        const day = calendarDayOf(start, timeZone);
        assert.ok(daysBetween(today, day) <= r.advanceDays);
        const opening = openIntervalsOn(day, query.hours, timeZone, query.closures);
        assert.ok(opening.some((o) => o.start <= start && end <= o.end));
        assert.equal(validateBookingWindow({...query, start: slot.start, end: slot.end}), null);
      }
      // Completeness: every grid position that validation and the busy check accept is offered.
      const offered = new Set(slots.map((slot) => parseInstant(slot.start)));
      const from = parseInstant(query.from as string);
      const to = parseInstant(query.to as string);
      for (
        let day = calendarDayOf(from, timeZone);
        day <= calendarDayOf(to - 1, timeZone);
        day = addDays(day, 1)
      ) {
        for (const o of openIntervalsOn(day, query.hours, timeZone, query.closures)) {
          for (let t = o.start; t + r.slotMinutes * 60_000 <= o.end; t += r.slotMinutes * 60_000) {
            const end = t + r.slotMinutes * 60_000;
            if (t < from || end > to) continue;
            const candidate = {start: new Date(t).toISOString(), end: new Date(end).toISOString()};
            const acceptable =
              validateBookingWindow({...query, ...candidate}) === null &&
              !overlapsBusy(candidate.start, candidate.end, busy, r.bufferMinutes);
            assert.equal(offered.has(t), acceptable, `slot at ${candidate.start}`);
          }
        }
      }
    },
  );
});

test('bookableRanges joins back-to-back slots, across midnight too, and leaves a buffer gap', () => {
  const query = slotQuery({
    from: '2026-06-10T00:00:00+02:00',
    to: '2026-06-12T00:00:00+02:00',
    hours: everyDay(['00:00', '24:00']),
    rules: rules({bufferMinutes: 15}),
    busy: [{start: '2026-06-10T10:00:00+02:00', end: '2026-06-10T11:00:00+02:00'}],
  });
  const free = bookableRanges(query);
  assert.deepEqual(free, [
    {start: '2026-06-10T00:00:00+02:00', end: '2026-06-10T09:00:00+02:00'},
    {start: '2026-06-10T12:00:00+02:00', end: '2026-06-12T00:00:00+02:00'},
  ]);
  assert.deepEqual(slotsWithin(free, 60, PARIS), computeSlots(query));
  // The same slots in epoch ms, for a calendar that compares them with cells.
  assert.deepEqual(
    epochSlotsWithin(free.map(parseInterval), 60),
    computeSlots(query).map(parseInterval),
  );
  assert.throws(() => epochSlotsWithin([], 0), /`slotMinutes` must be a whole number > 0/);
});

test('bookableRanges break where the grid restarts: a 90-minute grid on a 23-hour day', () => {
  const query = slotQuery({
    from: '2026-03-29T00:00:00+01:00',
    to: '2026-03-31T00:00:00+02:00',
    hours: everyDay(['00:00', '24:00']),
    rules: rules({slotMinutes: 90, minMinutes: 90}),
  });
  // 23 hours hold 15 slots (22:30 of elapsed time), then the next day's grid starts at midnight.
  const free = bookableRanges(query);
  assert.deepEqual(free, [
    {start: '2026-03-29T00:00:00+01:00', end: '2026-03-29T23:30:00+02:00'},
    {start: '2026-03-30T00:00:00+02:00', end: '2026-03-31T00:00:00+02:00'},
  ]);
  assert.deepEqual(slotsWithin(free, 90, PARIS), computeSlots(query));
});

test('slotsWithin drops a tail shorter than a slot and refuses a grid that is not whole minutes', () => {
  const free = [{start: '2026-06-10T09:00:00+02:00', end: '2026-06-10T10:45:00+02:00'}];
  assert.deepEqual(starts(slotsWithin(free, 30, PARIS)), [
    '2026-06-10T09:00:00+02:00',
    '2026-06-10T09:30:00+02:00',
    '2026-06-10T10:00:00+02:00',
  ]);
  assert.deepEqual(slotsWithin(free, 30, 'UTC')[0], {
    start: '2026-06-10T07:00:00+00:00',
    end: '2026-06-10T07:30:00+00:00',
  });
  assert.throws(() => slotsWithin(free, 0, PARIS), RangeError);
  assert.throws(() => slotsWithin(free, 7.5, PARIS), RangeError);
});

test('property: free ranges are merged, on the grid, and split back into exactly the slots of computeSlots', () => {
  const SPANS: Array<Array<[string, string]>> = [
    [['00:00', '24:00']],
    [
      ['08:00', '12:00'],
      ['13:00', '20:00'],
    ],
    [['06:30', '24:00']],
    [
      ['00:00', '02:30'],
      ['09:15', '17:45'],
    ],
    [['01:30', '03:30']],
  ];
  forAll(
    {seed: 7, runs: 300},
    (random) => {
      const timeZone = random.pick([PARIS, NEW_YORK, 'UTC', 'Australia/Lord_Howe']);
      const firstDay = random.pick(DAYS);
      const slotMinutes = random.pick([15, 30, 45, 60, 90, 120]);
      const days = random.int(1, 5);
      const from = parseInstant(`${firstDay}T00:00:00Z`) + random.int(-12, 12) * 900_000;
      const busy = Array.from({length: random.int(0, 8)}, () => {
        const start = from + random.int(0, days * 96) * 900_000;
        return {
          start: new Date(start).toISOString(),
          end: new Date(start + random.int(1, 16) * 900_000).toISOString(),
        };
      });
      const query: SlotQuery = {
        from: new Date(from).toISOString(),
        to: new Date(from + days * 86_400_000 + random.int(-8, 8) * 900_000).toISOString(),
        hours: everyDay(...random.pick(SPANS)),
        closures: random.chance(0.3) ? [addDays(firstDay, random.int(0, days))] : [],
        timeZone,
        rules: rules({
          slotMinutes,
          minMinutes: slotMinutes,
          bufferMinutes: random.pick([0, 10, 15, 30, 60]),
          advanceDays: random.int(0, 6),
          minimumNoticeMinutes: random.pick([0, 30, 120, 600]),
        }),
        busy,
        now: new Date(from + random.int(-24, 72) * 1_800_000).toISOString(),
      };
      return query;
    },
    (query) => {
      const free = bookableRanges(query);
      const slotMs = query.rules.slotMinutes * 60_000;
      let previousEnd = -Infinity;
      for (const range of free) {
        const start = parseInstant(range.start);
        const end = parseInstant(range.end);
        assert.ok(start > previousEnd, 'ranges are sorted, disjoint and not touching');
        assert.ok(end > start && (end - start) % slotMs === 0, 'a whole number of slots');
        previousEnd = end;
      }
      assert.deepEqual(
        slotsWithin(free, query.rules.slotMinutes, query.timeZone),
        computeSlots(query),
      );
    },
  );
});
