import assert from 'node:assert/strict';
import {test} from 'node:test';
import {buildScenario, createMockApi} from '../src/index.js';
import {MONDAY_9AM, assertProblem, must, setup, setupSignedIn} from './helpers/mock-api.js';
import type {BookingRow, ProductRow} from '../src/state/rows.js';

test('a scenario is deterministic for a given now', () => {
  const now = Date.parse(MONDAY_9AM);
  assert.deepEqual(buildScenario('demo', now), buildScenario('demo', now));
  assert.deepEqual(buildScenario('busy', now), buildScenario('busy', now));
});

test('seeds follow the clock: the demo always has bookings this week', () => {
  for (const iso of [
    '2026-03-02T09:00:00+01:00',
    '2026-07-15T18:30:00+02:00',
    '2027-01-02T07:00:00+01:00',
    '2026-10-25T02:30:00+01:00',
  ]) {
    const now = Date.parse(iso);
    const tables = buildScenario('demo', now) as unknown as {bookings?: BookingRow[]};
    const week = (tables['bookings'] ?? []).filter(
      (b) => b.startMs > now && b.startMs < now + 7 * 86_400_000,
    );
    assert.ok(week.length > 20, `${iso}: ${week.length} bookings this week`);
    assert.ok(
      week.some((b) => b.memberId === 'mem_ada'),
      iso,
    );
  }
});

test('empty has the space and its members but no activity; busy fills the week', () => {
  const now = Date.parse(MONDAY_9AM);
  const empty = buildScenario('empty', now);
  assert.equal(empty['resources']?.length, 11);
  assert.equal(empty['bookings'], undefined);
  assert.ok((empty['members'] ?? []).some((m) => m.email === 'ada@example.com'));
  const demo = buildScenario('demo', now)['bookings']?.length ?? 0;
  const busy = buildScenario('busy', now)['bookings']?.length ?? 0;
  assert.ok(busy > demo * 2, `busy ${busy}, demo ${demo}`);
});

test('errors fails every third GET with 503 and Retry-After, never a dev route', async () => {
  const t = setup({scenario: 'errors', latency: 0});
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) {
    const reply = await t.call('GET', '/plans');
    statuses.push(reply.status);
    if (reply.status === 503) {
      assertProblem(reply, 503, 'service_unavailable');
      assert.equal(reply.headers.get('retry-after'), '1');
    }
  }
  assert.deepEqual(statuses, [200, 200, 503, 200, 200, 503]);
  for (let i = 0; i < 3; i++)
    assert.equal((await t.call('GET', '/__dev/mailbox?email=ada@example.com')).status, 200);
  assert.equal((await t.call('POST', '/auth/otp', {body: {email: 'ada@example.com'}})).status, 202);
});

test('errors adds latency unless told otherwise', async () => {
  const api = createMockApi({scenario: 'errors'});
  const started = performance.now();
  await api.dispatch(new Request('http://x/v1/spaces/demo/plans'));
  assert.ok(performance.now() - started >= 90);
});

test('POST /__dev/reset restores a scenario and keeps the clock', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  await t.call('POST', '/orders', {token, body: {items: [{productId: 'tote-bag', quantity: 1}]}});
  await t.call('POST', '/__dev/clock', {body: {now: '2026-03-04T12:00:00+01:00'}});
  const reset = await t.call('POST', '/__dev/reset', {body: {}});
  assert.deepEqual(reset.body, {scenario: 'demo', now: '2026-03-04T12:00:00+01:00'});
  assert.equal(
    (await t.call('GET', '/products')).body.items.find((p: {id: string}) => p.id === 'tote-bag')
      .stock,
    1,
  );
  assert.equal((await t.call('GET', '/me', {token})).status, 401);
  const empty = await t.call('POST', '/__dev/reset', {body: {scenario: 'empty'}});
  assert.equal(empty.body.scenario, 'empty');
  const ada = await t.login('ada@example.com');
  assert.deepEqual((await t.call('GET', '/me/bookings', {token: ada})).body.items, []);
  assertProblem(
    await t.call('POST', '/__dev/reset', {body: {scenario: 'chaos'}}),
    400,
    'validation_failed',
  );
});

test('each createMockApi has its own state; a seeded Db is not seeded again', async () => {
  const a = createMockApi();
  const b = createMockApi();
  a.db.transaction((tx) =>
    tx.put('products', {...must(a.db.get<ProductRow>('products', 'tote-bag')), stock: 0}),
  );
  assert.equal(b.db.get<ProductRow>('products', 'tote-bag')?.stock, 1);
  const c = createMockApi({db: a.db, scenario: 'empty'});
  assert.equal(c.db.get<ProductRow>('products', 'tote-bag')?.stock, 0);
  assert.ok(c.db.all('bookings').length > 0);
});

test('the now option: an instant to start from, or a clock function', () => {
  const started = createMockApi({now: '2030-01-07T10:00:00+01:00'});
  assert.ok(Math.abs(started.clock.now() - Date.parse('2030-01-07T10:00:00+01:00')) < 1000);
  let t = 0;
  const manual = createMockApi({now: () => t});
  manual.clock.set('2026-03-02T09:00:00Z');
  t = 5;
  assert.equal(manual.clock.now(), Date.parse('2026-03-02T09:00:00Z') + 5);
});
