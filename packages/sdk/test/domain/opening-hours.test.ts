import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {WeeklyHours} from '../../src/domain/index.js';
import {formatInterval, isClosedOn, openIntervalsOn} from '../../src/domain/index.js';
import {everyDay} from '../helpers/domain.js';

const PARIS = 'Europe/Paris';
const open = (day: string, hours: WeeklyHours, closures: string[] = [], zone = PARIS) =>
  openIntervalsOn(day, hours, zone, closures).map((i) => formatInterval(i, zone));

test('openIntervalsOn follows the weekday of the day', () => {
  const hours: WeeklyHours = {
    ...everyDay(['09:00', '18:00']),
    sat: [{open: '10:00', close: '14:00'}],
    sun: [],
  };
  assert.deepEqual(open('2026-06-13', hours), [
    {start: '2026-06-13T10:00:00+02:00', end: '2026-06-13T14:00:00+02:00'},
  ]);
  assert.deepEqual(open('2026-06-14', hours), []);
  assert.deepEqual(open('2026-06-15', hours), [
    {start: '2026-06-15T09:00:00+02:00', end: '2026-06-15T18:00:00+02:00'},
  ]);
});

test('a closure day is closed whatever the weekly hours say', () => {
  assert.deepEqual(open('2026-07-14', everyDay(['09:00', '18:00']), ['2026-07-14']), []);
  assert.equal(isClosedOn('2026-07-14', [{day: '2026-07-14'}]), true);
  assert.equal(isClosedOn('2026-07-15', ['2026-07-14']), false);
});

test('overlapping spans are merged and inverted ones open nothing', () => {
  const hours = everyDay(['09:00', '12:00'], ['11:00', '14:00'], ['18:00', '17:00']);
  assert.deepEqual(open('2026-06-15', hours), [
    {start: '2026-06-15T09:00:00+02:00', end: '2026-06-15T14:00:00+02:00'},
  ]);
});

test('opening 00:00–24:00 spans 23 hours on spring-forward day and 25 on fall-back day', () => {
  const hours = everyDay(['00:00', '24:00']);
  const length = (day: string, zone: string) => {
    const [interval] = openIntervalsOn(day, hours, zone, []);
    return interval ? (interval.end - interval.start) / 3_600_000 : 0;
  };
  assert.equal(length('2026-03-29', PARIS), 23);
  assert.equal(length('2026-10-25', PARIS), 25);
  assert.equal(length('2026-03-08', 'America/New_York'), 23);
  assert.equal(length('2026-11-01', 'America/New_York'), 25);
});
