import assert from 'node:assert/strict';
import {test} from 'node:test';
import {DAY, assertProblem, setupSignedIn} from './helpers/mock-api.js';

test('ben has an entries-based membership with some entries used', async () => {
  const {t, token} = await setupSignedIn('ben@example.com');
  const entries = (await t.call('GET', '/me/entries', {token})).body;
  assert.deepEqual(
    [entries.total, entries.used, entries.remaining, entries.checkedInToday],
    [10, 4, 6, false],
  );
  assert.equal(entries.history.length, 4);
  assert.equal(entries.validFrom, t.day(-12));
});

test('check-in uses one entry a day; again the same day changes nothing', async () => {
  const {t, token} = await setupSignedIn('ben@example.com');
  const first = await t.call('POST', '/me/entries/check-in', {token});
  assert.equal(first.status, 200);
  assert.equal(first.body.alreadyCheckedIn, false);
  assert.equal(first.body.remaining, 5);
  assert.equal(first.body.checkIn.day, t.day(0));
  const second = await t.call('POST', '/me/entries/check-in', {token});
  assert.equal(second.body.alreadyCheckedIn, true);
  assert.deepEqual(second.body.checkIn, first.body.checkIn);
  assert.equal(second.body.remaining, 5);
  assert.equal((await t.call('GET', '/me/entries', {token})).body.used, 5);
  const membership = (await t.call('GET', '/me/membership', {token})).body.membership;
  assert.deepEqual(membership.usage, {kind: 'entries', used: 5, total: 10});
});

test('no entries left is 422 no_entries_left', async () => {
  const {t, token} = await setupSignedIn('ben@example.com');
  for (let day = 0; day < 6; day++) {
    assert.equal(
      (await t.call('POST', '/me/entries/check-in', {token})).body.alreadyCheckedIn,
      false,
    );
    t.advance(DAY);
  }
  assertProblem(await t.call('POST', '/me/entries/check-in', {token}), 422, 'no_entries_left');
});

test('check-in needs an entries membership and accepted terms', async () => {
  const {t, token: ada} = await setupSignedIn('ada@example.com');
  assertProblem(
    await t.call('POST', '/me/entries/check-in', {token: ada}),
    422,
    'no_active_membership',
  );
  const dan = await t.login('dan@example.com');
  assertProblem(
    await t.call('POST', '/me/entries/check-in', {token: dan}),
    422,
    'no_active_membership',
  );
  const chloe = await t.login('chloe@example.com');
  assertProblem(
    await t.call('POST', '/me/entries/check-in', {token: chloe}),
    403,
    'terms_not_accepted',
  );
  const entries = (await t.call('GET', '/me/entries', {token: chloe})).body;
  assert.deepEqual(entries, {
    total: 0,
    used: 0,
    remaining: 0,
    validFrom: null,
    validUntil: null,
    checkedInToday: false,
    history: [],
  });
});

test('check-in is refused while the space is closed, and uses no entry', async () => {
  const {t, token} = await setupSignedIn('ben@example.com');
  const refused = async (at: string, closedToday: boolean) => {
    t.advance(Date.parse(at) - t.now());
    const problem = assertProblem(
      await t.call('POST', '/me/entries/check-in', {token}),
      422,
      'outside_opening_hours',
    );
    assert.match(problem.detail ?? '', closedToday ? /closed today/ : /closed at this hour/);
  };
  // Before opening (08:00) and after closing (20:00) on a weekday.
  await refused('2026-03-02T07:59:00+01:00', false);
  await refused('2026-03-02T20:00:00+01:00', false);
  // Sunday, just after midnight: the demo space has no hours on Sundays.
  await refused('2026-03-08T00:21:00+01:00', true);
  // The seeded maintenance day (the first weekday ten days after the seed) is a closure.
  const space = (await t.call('GET', '/')).body;
  const maintenance = space.closures.find((c: {reason: string}) =>
    /maintenance/i.test(c.reason),
  ).day;
  await refused(t.at(maintenance, '10:00'), true);
  const entries = (await t.call('GET', '/me/entries', {token})).body;
  assert.deepEqual([entries.used, entries.checkedInToday], [4, false]);
  // Open again at 08:00 on the next weekday: the entry is used then.
  t.advance(Date.parse('2026-03-13T08:00:00+01:00') - t.now());
  const ok = await t.call('POST', '/me/entries/check-in', {token});
  assert.equal(ok.status, 200, JSON.stringify(ok.body));
  assert.equal(ok.body.remaining, 5);
});
