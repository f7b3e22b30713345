import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {BookingWindowInput} from '../../src/domain/index.js';
import {overlapsBusy, validateBookingWindow} from '../../src/domain/index.js';
import {everyDay, rules} from '../helpers/domain.js';

const PARIS = 'Europe/Paris';
const NEW_YORK = 'America/New_York';

const officeHours: Omit<BookingWindowInput, 'start' | 'end'> = {
  hours: everyDay(['09:00', '18:00']),
  timeZone: PARIS,
  rules: rules({slotMinutes: 30, minMinutes: 30, maxMinutes: 240, advanceDays: 30}),
  now: '2026-06-01T08:00:00+02:00',
};
const codeOf = (start: string, end: string, overrides: Partial<BookingWindowInput> = {}) =>
  validateBookingWindow({...officeHours, start, end, ...overrides})?.code ?? null;
/** Each window `[start, end]` is answered `code` (null: accepted). */
function assertCode(
  code: string | null,
  windows: Array<[start: string, end: string]>,
  overrides: Partial<BookingWindowInput> = {},
) {
  for (const [start, end] of windows)
    assert.equal(codeOf(start, end, overrides), code, `${start} – ${end}`);
}

test('a booking on the grid within opening hours is accepted', () => {
  assertCode(null, [
    ['2026-06-02T09:00:00+02:00', '2026-06-02T10:30:00+02:00'],
    ['2026-06-02T14:00:00+02:00', '2026-06-02T18:00:00+02:00'],
    // The same instants written in UTC.
    ['2026-06-02T07:00:00Z', '2026-06-02T08:30:00Z'],
  ]);
});

test('an end not after the start is invalid_time_range', () => {
  assertCode('invalid_time_range', [
    ['2026-06-02T10:00:00+02:00', '2026-06-02T10:00:00+02:00'],
    ['2026-06-02T10:00:00+02:00', '2026-06-02T09:00:00+02:00'],
  ]);
});

test('a start or end off the slot grid is invalid_time_range', () => {
  assertCode('invalid_time_range', [
    ['2026-06-02T09:10:00+02:00', '2026-06-02T10:10:00+02:00'],
    ['2026-06-02T09:00:00+02:00', '2026-06-02T09:45:00+02:00'],
  ]);
});

test('the grid restarts at each opening span of the day', () => {
  const split = {hours: everyDay(['09:00', '12:00'], ['13:15', '18:00'])};
  assert.equal(codeOf('2026-06-02T13:15:00+02:00', '2026-06-02T14:15:00+02:00', split), null);
  assert.equal(
    codeOf('2026-06-02T13:30:00+02:00', '2026-06-02T14:30:00+02:00', split),
    'invalid_time_range',
  );
});

test('a booking outside or across closing time is outside_opening_hours', () => {
  assertCode('outside_opening_hours', [
    ['2026-06-02T08:00:00+02:00', '2026-06-02T09:00:00+02:00'],
    ['2026-06-02T17:30:00+02:00', '2026-06-02T18:30:00+02:00'],
  ]);
  const lunch = {hours: everyDay(['09:00', '12:00'], ['13:00', '18:00'])};
  assertCode(
    'outside_opening_hours',
    [['2026-06-02T11:00:00+02:00', '2026-06-02T14:00:00+02:00']],
    lunch,
  );
});

test('a closure day is outside_opening_hours', () => {
  const closures = [{day: '2026-06-02', reason: 'Holiday'}];
  const code = codeOf('2026-06-02T10:00:00+02:00', '2026-06-02T11:00:00+02:00', {closures});
  assert.equal(code, 'outside_opening_hours');
});

test('a booking across midnight is accepted when the resource is open round the clock', () => {
  const overnight = {hours: everyDay(['00:00', '24:00']), rules: rules({maxMinutes: 600})};
  assert.equal(codeOf('2026-06-02T22:00:00+02:00', '2026-06-03T02:00:00+02:00', overnight), null);
});

test('too short or too long is duration_out_of_range', () => {
  const rules60 = {
    rules: rules({slotMinutes: 30, minMinutes: 60, maxMinutes: 120, advanceDays: 30}),
  };
  assertCode(
    'duration_out_of_range',
    [
      ['2026-06-02T09:00:00+02:00', '2026-06-02T09:30:00+02:00'],
      ['2026-06-02T09:00:00+02:00', '2026-06-02T11:30:00+02:00'],
    ],
    rules60,
  );
  assert.equal(codeOf('2026-06-02T09:00:00+02:00', '2026-06-02T11:00:00+02:00', rules60), null);
});

test('the past and the minimum notice are too_late', () => {
  const notice = {rules: rules({slotMinutes: 30, minMinutes: 30, minimumNoticeMinutes: 120})};
  const now = {now: '2026-06-02T09:40:00+02:00'};
  assert.equal(codeOf('2026-06-02T09:30:00+02:00', '2026-06-02T10:00:00+02:00', now), 'too_late');
  assert.equal(
    codeOf('2026-06-02T11:30:00+02:00', '2026-06-02T12:00:00+02:00', {...notice, ...now}),
    'too_late',
  );
  assert.equal(
    codeOf('2026-06-02T12:00:00+02:00', '2026-06-02T12:30:00+02:00', {...notice, ...now}),
    null,
  );
  const detail = validateBookingWindow({
    ...officeHours,
    ...notice,
    ...now,
    start: '2026-06-02T11:30:00+02:00',
    end: '2026-06-02T12:00:00+02:00',
  })?.detail;
  assert.match(detail ?? '', /120 minutes/);
});

test('the advance limit counts days in the space time zone', () => {
  const sameDayOnly = {rules: rules({slotMinutes: 30, minMinutes: 30, advanceDays: 0})};
  // 23:30 UTC on 1 June is already 2 June in Paris: booking later on 2 June is "today".
  const now = {now: '2026-06-01T23:30:00Z'};
  assert.equal(
    codeOf('2026-06-02T10:00:00+02:00', '2026-06-02T11:00:00+02:00', {...sameDayOnly, ...now}),
    null,
  );
  assert.equal(
    codeOf('2026-06-03T10:00:00+02:00', '2026-06-03T11:00:00+02:00', {...sameDayOnly, ...now}),
    'too_far_in_advance',
  );
});

test('durations across DST are elapsed time: 01:00–04:00 lasts 2 h in spring and 4 h in autumn', () => {
  const allDay = {hours: everyDay(['00:00', '24:00']), now: '2026-01-01T00:00:00Z'};
  const upTo3h = {...allDay, rules: rules({maxMinutes: 180})};
  assert.equal(codeOf('2026-03-29T01:00:00+01:00', '2026-03-29T04:00:00+02:00', upTo3h), null);
  assert.equal(
    codeOf('2026-10-25T01:00:00+02:00', '2026-10-25T04:00:00+01:00', upTo3h),
    'duration_out_of_range',
  );
  const newYork = {...upTo3h, timeZone: NEW_YORK};
  assert.equal(codeOf('2026-03-08T01:00:00-05:00', '2026-03-08T04:00:00-04:00', newYork), null);
  assert.equal(
    codeOf('2026-11-01T00:00:00-04:00', '2026-11-01T03:00:00-05:00', newYork),
    'duration_out_of_range',
  );
});

test('on the fall-back night the repeated hour is on the grid', () => {
  const allDay = {
    hours: everyDay(['00:00', '24:00']),
    now: '2026-01-01T00:00:00Z',
    timeZone: NEW_YORK,
    rules: rules(),
  };
  assertCode(
    null,
    [
      ['2026-11-01T01:00:00-05:00', '2026-11-01T02:00:00-05:00'],
      ['2026-11-01T01:00:00-04:00', '2026-11-01T01:00:00-05:00'],
    ],
    allDay,
  );
});

test('overlapsBusy widens busy intervals by the buffer on both sides', () => {
  const busy = [{start: '2026-06-02T10:00:00+02:00', end: '2026-06-02T11:00:00+02:00'}];
  // [start, end (both 2 June, Paris), busy, buffer in minutes, overlaps?]
  const cases: [string, string, typeof busy, number, boolean][] = [
    ['09:00', '10:00', busy, 0, false],
    ['09:00', '10:00', busy, 15, true],
    ['11:15', '12:00', busy, 15, false],
    ['11:10', '12:00', busy, 15, true],
    ['10:15', '10:45', busy, 0, true],
    ['09:00', '12:00', [], 60, false],
  ];
  for (const [start, end, intervals, buffer, expected] of cases) {
    const at = (time: string) => `2026-06-02T${time}:00+02:00`;
    assert.equal(
      overlapsBusy(at(start), at(end), intervals, buffer),
      expected,
      `${start}–${end}, buffer ${buffer}`,
    );
  }
});
