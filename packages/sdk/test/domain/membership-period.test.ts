import assert from 'node:assert/strict';
import {test} from 'node:test';
import {cancellationEndsOn, periodEnd, planChangeDay} from '../../src/domain/index.js';

test('a period ends the day before the same date next period, clamped to short months', () => {
  assert.equal(periodEnd('2026-03-05', 'month'), '2026-04-04');
  assert.equal(periodEnd('2026-01-31', 'month'), '2026-02-27');
  assert.equal(periodEnd('2028-01-31', 'month'), '2028-02-28');
  assert.equal(periodEnd('2026-12-15', 'month'), '2027-01-14');
  assert.equal(periodEnd('2026-03-05', 'week'), '2026-03-11');
  assert.equal(periodEnd('2026-03-05', 'day'), '2026-03-05');
  assert.equal(periodEnd('2028-02-29', 'year'), '2029-02-27');
});

test('a plan change takes effect the day after the period; an open-ended one tomorrow', () => {
  assert.equal(planChangeDay('2026-03-31', '2026-03-11'), '2026-04-01');
  assert.equal(planChangeDay(null, '2026-03-11'), '2026-03-12');
});

test('a cancellation ends with the period, or the next one when the notice is longer', () => {
  const base = {validUntil: '2026-03-30', period: 'month', noticeDays: 14} as const;
  assert.equal(cancellationEndsOn({...base, today: '2026-03-11'}), '2026-03-30');
  assert.equal(cancellationEndsOn({...base, today: '2026-03-16'}), '2026-03-30');
  assert.equal(cancellationEndsOn({...base, today: '2026-03-17'}), '2026-04-29');
  assert.equal(cancellationEndsOn({...base, noticeDays: 60, today: '2026-03-11'}), '2026-05-29');
  assert.equal(
    cancellationEndsOn({validUntil: null, period: 'month', noticeDays: 30, today: '2026-03-11'}),
    '2026-04-10',
  );
});
