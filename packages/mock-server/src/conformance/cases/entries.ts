import {defineCases} from '../define-cases.js';
import {expectProblem, expectStatus, ok} from '../expect.js';

export const entryCases = defineCases('entries', {
  async 'checking in twice on one day uses one entry'(context) {
    // A check-in needs the space open: move the clock into its opening hours first.
    await context.setClock((await context.openingTimes()).open);
    const {token} = await context.login('ben@example.com');
    const before = await context.api.call('getEntries', {token});
    expectStatus(before, 200, 'GET /me/entries');
    ok(before.body.remaining > 0, 'ben@example.com has no entries left; he is seeded with some');
    const first = await context.send('checkIn', {token});
    expectStatus(first, 200, 'the first check-in');
    const second = await context.send('checkIn', {token});
    expectStatus(second, 200, 'the second check-in on the same day');
    ok(second.body.alreadyCheckedIn, 'the second check-in does not say alreadyCheckedIn');
    ok(
      second.body.checkIn.day === first.body.checkIn.day,
      'the two check-ins of one day name different days',
    );
    const after = await context.api.call('getEntries', {token});
    expectStatus(after, 200, 'GET /me/entries');
    const expected = before.body.checkedInToday ? 0 : 1;
    const used = before.body.remaining - after.body.remaining;
    ok(used === expected, `two check-ins used ${used} entries, expected ${expected}`);
    ok(after.body.checkedInToday, 'GET /me/entries does not say checkedInToday');
  },

  async 'checking in while the space is closed is 422 outside_opening_hours and uses nothing'(
    context,
  ) {
    await context.setClock((await context.openingTimes()).closed);
    const {token} = await context.login('ben@example.com');
    const before = await context.api.call('getEntries', {token});
    expectStatus(before, 200, 'GET /me/entries');
    const refused = await context.send('checkIn', {token});
    expectProblem(refused, 'outside_opening_hours', 'a check-in while the space is closed');
    const after = await context.api.call('getEntries', {token});
    expectStatus(after, 200, 'GET /me/entries');
    ok(
      after.body.remaining === before.body.remaining && !after.body.checkedInToday,
      'a refused check-in used an entry',
    );
  },
});
