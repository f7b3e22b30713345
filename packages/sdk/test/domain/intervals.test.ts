import {test} from 'node:test';
import assert from 'node:assert/strict';
import {durationMinutes, mergeIntervals, subtractIntervals} from '../../src/domain/index.js';
import {forAll} from '../helpers/random.js';

const span = (start: number, end: number) => ({start, end});

test('mergeIntervals sorts, joins overlapping and touching intervals and drops empty ones', () => {
  assert.deepEqual(mergeIntervals([span(5, 7), span(1, 3), span(3, 4), span(6, 9), span(10, 10)]), [
    span(1, 4),
    span(5, 9),
  ]);
});

test('subtractIntervals cuts holes and splits intervals', () => {
  assert.deepEqual(
    subtractIntervals([span(0, 10), span(20, 30)], [span(2, 4), span(8, 22), span(29, 40)]),
    [span(0, 2), span(4, 8), span(22, 29)],
  );
  assert.deepEqual(subtractIntervals([span(0, 10)], []), [span(0, 10)]);
  assert.deepEqual(subtractIntervals([span(0, 10)], [span(-5, 15)]), []);
});

test('durationMinutes counts elapsed minutes across DST', () => {
  assert.equal(
    durationMinutes({start: '2026-03-29T01:00:00+01:00', end: '2026-03-29T04:00:00+02:00'}),
    120,
  );
  assert.equal(
    durationMinutes({start: '2026-11-01T00:00:00-04:00', end: '2026-11-01T03:00:00-05:00'}),
    240,
  );
});

test('property: a point is free after subtraction exactly when it was in from and in no cut', () => {
  forAll(
    {seed: 23, runs: 300},
    (random) => {
      const list = () =>
        Array.from({length: random.int(0, 5)}, () => {
          const start = random.int(0, 50);
          return span(start, start + random.int(0, 15));
        });
      return {from: list(), cuts: list()};
    },
    ({from, cuts}) => {
      const result = subtractIntervals(from, cuts);
      const inside = (list: typeof from, t: number) => list.some((i) => i.start <= t && t < i.end);
      for (let t = 0; t < 70; t += 0.5) {
        assert.equal(inside(result, t), inside(from, t) && !inside(cuts, t), `at ${t}`);
      }
      for (let i = 1; i < result.length; i++) {
        assert.ok((result[i - 1] as {end: number}).end < (result[i] as {start: number}).start);
      }
    },
  );
});
