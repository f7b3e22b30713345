import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {RecurrenceInput} from '../../src/domain/index.js';
import {MAX_OCCURRENCES, expandRecurrence, wallTimeOf} from '../../src/domain/index.js';
import {forAll} from '../helpers/random.js';

const PARIS = 'Europe/Paris';
const NEW_YORK = 'America/New_York';
const mondayMeeting = {
  start: '2026-03-23T09:00:00+01:00',
  end: '2026-03-23T10:00:00+01:00',
  timeZone: PARIS,
};
const starts = (input: RecurrenceInput) => {
  const result = expandRecurrence(input);
  assert.ok(result.ok, JSON.stringify(result));
  return result.occurrences.map((o) => o.start);
};

test('a weekly 09:00 booking stays at 09:00 in Paris across spring-forward', () => {
  const result = expandRecurrence({...mondayMeeting, recurrence: {frequency: 'weekly', count: 3}});
  assert.deepEqual(result, {
    ok: true,
    occurrences: [
      {start: '2026-03-23T09:00:00+01:00', end: '2026-03-23T10:00:00+01:00'},
      {start: '2026-03-30T09:00:00+02:00', end: '2026-03-30T10:00:00+02:00'},
      {start: '2026-04-06T09:00:00+02:00', end: '2026-04-06T10:00:00+02:00'},
    ],
  });
});

test('a daily 10:00 booking stays at 10:00 in New York across fall-back', () => {
  const input = {
    start: '2026-10-31T10:00:00-04:00',
    end: '2026-10-31T11:00:00-04:00',
    timeZone: NEW_YORK,
    recurrence: {frequency: 'daily' as const, count: 3},
  };
  assert.deepEqual(starts(input), [
    '2026-10-31T10:00:00-04:00',
    '2026-11-01T10:00:00-05:00',
    '2026-11-02T10:00:00-05:00',
  ]);
});

test('until is an inclusive day in the space, and interval skips periods', () => {
  const untilWed = starts({
    ...mondayMeeting,
    recurrence: {frequency: 'daily', until: '2026-03-25'},
  });
  assert.deepEqual(untilWed, [
    '2026-03-23T09:00:00+01:00',
    '2026-03-24T09:00:00+01:00',
    '2026-03-25T09:00:00+01:00',
  ]);
  const fortnightly = starts({
    ...mondayMeeting,
    recurrence: {frequency: 'weekly', interval: 2, until: '2026-04-19'},
  });
  assert.deepEqual(fortnightly, ['2026-03-23T09:00:00+01:00', '2026-04-06T09:00:00+02:00']);
});

test('more than 52 occurrences is recurrence_too_long', () => {
  assert.equal(MAX_OCCURRENCES, 52);
  const tooMany = expandRecurrence({...mondayMeeting, recurrence: {frequency: 'daily', count: 53}});
  assert.equal(!tooMany.ok && tooMany.code, 'recurrence_too_long');
  // A year of Mondays, first included, is 53; one day less is 52.
  const yearLong = expandRecurrence({
    ...mondayMeeting,
    recurrence: {frequency: 'weekly', until: '2027-03-22'},
  });
  assert.equal(!yearLong.ok && yearLong.code, 'recurrence_too_long');
  assert.equal(
    starts({...mondayMeeting, recurrence: {frequency: 'weekly', until: '2027-03-21'}}).length,
    52,
  );
});

test('until before the first day is invalid_time_range', () => {
  const result = expandRecurrence({
    ...mondayMeeting,
    recurrence: {frequency: 'daily', until: '2026-03-22'},
  });
  assert.equal(!result.ok && result.code, 'invalid_time_range');
});

test('a recurrence must give exactly one of count and until', () => {
  assert.throws(
    () => expandRecurrence({...mondayMeeting, recurrence: {frequency: 'daily'}}),
    RangeError,
  );
  assert.throws(
    () =>
      expandRecurrence({
        ...mondayMeeting,
        recurrence: {frequency: 'daily', count: 2, until: '2026-04-01'},
      }),
    RangeError,
  );
  assert.throws(
    () => expandRecurrence({...mondayMeeting, recurrence: {frequency: 'daily', count: 0}}),
    RangeError,
  );
});

test('the first occurrence is kept exactly, even in the second pass of a repeated hour', () => {
  const secondPass = {
    start: '2026-10-25T02:00:00+01:00',
    end: '2026-10-25T02:30:00+01:00',
    timeZone: PARIS,
  };
  assert.deepEqual(starts({...secondPass, recurrence: {frequency: 'weekly', count: 2}}), [
    '2026-10-25T02:00:00+01:00',
    '2026-11-01T02:00:00+01:00',
  ]);
});

test('an occurrence whose wall time falls in the spring-forward gap moves forward by the gap', () => {
  const late = {
    start: '2026-03-22T02:30:00+01:00',
    end: '2026-03-22T03:30:00+01:00',
    timeZone: PARIS,
  };
  const result = expandRecurrence({...late, recurrence: {frequency: 'weekly', count: 2}});
  assert.deepEqual(result.ok && result.occurrences[1], {
    start: '2026-03-29T03:30:00+02:00',
    // The wall end 03:30 would leave nothing, so the occurrence keeps its hour.
    end: '2026-03-29T04:30:00+02:00',
  });
});

test('property: occurrences keep the wall-clock start, step by the period and never overlap', () => {
  forAll(
    {seed: 3, runs: 300},
    (random) => {
      const timeZone = random.pick([PARIS, NEW_YORK]);
      // UTC hours whose wall times in both zones avoid the 02:00–03:00 spring-forward gap.
      const hour = random.pick([9, 12, 15, 18, 21]);
      const startMs = Date.UTC(2026, random.int(0, 11), random.int(1, 28), hour);
      return {
        start: new Date(startMs).toISOString(),
        end: new Date(startMs + random.int(1, 8) * 1_800_000).toISOString(),
        timeZone,
        recurrence: {
          frequency: random.pick(['daily', 'weekly'] as const),
          interval: random.int(1, 4),
          count: random.int(1, 52),
        },
      };
    },
    (input) => {
      const result = expandRecurrence(input);
      assert.ok(result.ok);
      assert.equal(result.occurrences.length, input.recurrence.count);
      const wall = wallTimeOf(Date.parse(input.start), input.timeZone);
      const step = (input.recurrence.frequency === 'weekly' ? 7 : 1) * input.recurrence.interval;
      let previousEnd = -Infinity;
      for (const occurrence of result.occurrences) {
        const start = Date.parse(occurrence.start);
        assert.equal(wallTimeOf(start, input.timeZone), wall);
        assert.ok(start >= previousEnd);
        if (previousEnd !== -Infinity) {
          // One period, give or take the hour DST moves.
          const gap = start - previousEnd + (Date.parse(input.end) - Date.parse(input.start));
          assert.ok(Math.abs(gap - step * 86_400_000) <= 3_600_000);
        }
        previousEnd = Date.parse(occurrence.end);
      }
    },
  );
});
