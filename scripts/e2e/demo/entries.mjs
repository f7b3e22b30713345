// Ben, on an entries plan, checks in for today on the demo portal's Entries page.
import {clickOn, navTo, onPage, signInOnPortal, textIn, waitFor} from '../lib/portal.mjs';
import {BEN, ENTRIES} from '../lib/seed.mjs';
import {until} from '../lib/until.mjs';

/** Ben (an entries plan) checks in on the Entries page, in a third browser. */
export async function entriesCheckIn(demo) {
  const ben = await demo.openMember();
  await signInOnPortal(ben.page, BEN);
  await onPage(ben.page, 'dashboard');
  await navTo(ben.page, 'Entries');
  await onPage(ben.page, 'entries', /^Entries$/);
  await clickOn(ben.page, ENTRIES, '[part~="check-in-button"]').catch(async () => {
    await waitFor(ben.page, ENTRIES, '[part~="check-in-button"]');
    await clickOn(ben.page, ENTRIES, '[part~="check-in-button"]');
  });
  const checkedIn = await until(
    'the check-in',
    async () =>
      (await textIn(ben.page, ENTRIES)).match(/You are checked in for today \([^)]+\)\./)?.[0],
  );
  await demo.check('an entries member checks in for today on the Entries page', true, checkedIn);
  await ben.context.close();
}
