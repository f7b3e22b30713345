// Ada's profile on the demo portal: she saves a new company (a reload shows what the server
// kept), and at the end signs out from it.
import {
  clickButton,
  element,
  navTo,
  onPage,
  textIn,
  visitorState,
  waitFor,
} from '../lib/portal.mjs';
import {PROFILE} from '../lib/seed.mjs';
import {until} from '../lib/until.mjs';

/** The profile: save a change. */
export async function profile(demo) {
  const {page} = demo;
  await navTo(page, 'Profile');
  await onPage(page, 'profile', /^Profile$/);
  const company = await waitFor(page, PROFILE, '[part~="company-input"]');
  // Empty the field first, as a member selecting its text would, then type.
  await company.evaluate((input) => {
    input.value = '';
  });
  await company.type('Analytical Engines & Co');
  await clickButton(page, PROFILE, 'Save');
  await until('saved', async () => /Your profile is saved\./.test(await textIn(page, PROFILE)));
  await company.dispose();
  // What the server kept: reload the page and read the form again.
  await page.reload({waitUntil: 'load'});
  await onPage(page, 'profile', /^Profile$/);
  const savedCompany = await until('the reloaded profile form', async () => {
    const el = await element(page, PROFILE, '[part~="company-input"]');
    const value = el ? await el.evaluate((input) => input.value) : '';
    await el?.dispose();
    return value;
  });
  await demo.recordClicks();
  await demo.check(
    'the profile saves a new company',
    savedCompany === 'Analytical Engines & Co',
    savedCompany,
  );
  await demo.screenshot(page, 'desktop-light-profile');
}

/** Sign out from the profile: back to the sign-in page. */
export async function signOut(demo) {
  const {page} = demo;
  await navTo(page, 'Profile');
  await onPage(page, 'profile');
  await clickButton(page, PROFILE, 'Sign out');
  const state = await visitorState(page, 'signIn', /^Sign in$/);
  await demo.check(
    '"Sign out" returns to the sign-in page at the portal\'s home',
    state.path === '/members/' && state.links.join('|') === 'Book|Shop|Events|Members|Sign in',
    JSON.stringify(state),
  );
}
