// Ada signs in on examples/html (a typo first, the new terms, her profile) and her credits
// show; then Farid signs in in a second browser.
import {openTab, settle} from '../lib/browser.mjs';
import {apiCredits} from '../lib/dev-api.mjs';
import {click, find, waitForTotal} from '../lib/elements.mjs';
import {signIn} from '../lib/login.mjs';
import {ADA, BALANCE, FARID} from '../lib/seed.mjs';
import {oneRequestPerQuery} from './quality.mjs';

export async function adaSignsIn(session) {
  const {journey, site} = session;
  const a = session.tabs.ada;
  const {page} = a;
  const beforeSignIn = a.requests.length;
  await journey.step(
    'Ada signs in (a typo first, then “Wrong email?”) with the code from the dev mailbox, accepts the new terms, completes her profile',
    () =>
      signIn(page, site, ADA, {
        profile: {company: 'Analytical Engines SA'},
        typo: 'ada@exmaple.com',
      }),
  );
  await journey.step('the credit widget shows her balance (the API’s total)', async () => {
    const expected = await apiCredits(site.url, ADA);
    await waitForTotal(page, expected);
    session.total = expected;
    return `${session.total} credits`;
  });
  await settle(a, 800);
  oneRequestPerQuery(session, a, 'while signing in', beforeSignIn);
  await journey.step('the credit widget’s history opens and closes', async () => {
    await click(page, BALANCE, 'button[part~="history-button"]', {text: 'History'});
    await find(page, BALANCE, '[part~="history"] li');
    await click(page, BALANCE, 'button[part~="history-button"]', {text: 'Hide history'});
  });
}

/** A second member in a second browser. */
export async function faridSignsIn({browser, journey, site, tabs}) {
  const b = await openTab(browser, `${site.url}/`);
  tabs.farid = b;
  await journey.step(
    'Farid signs in in a second browser (terms already accepted; skips the profile)',
    () => signIn(b.page, site, FARID, {profile: 'skip'}),
  );
}
