// Nina, new to the space, in her own browser on the demo portal: the terms (with her name),
// the profile prompt, her dashboard; then she joins a plan.
import {
  clickButton,
  clickOn,
  navTo,
  onPage,
  signInOnPortal,
  stateOf,
  textIn,
  typeInto,
} from '../lib/portal.mjs';
import {LOGIN, MEMBERSHIP, NINA} from '../lib/seed.mjs';
import {until} from '../lib/until.mjs';

/**
 * A new member in a second browser: terms (with her name), the profile prompt, then the
 * dashboard.
 */
export async function newMemberSignsIn(demo) {
  const nina = await demo.openMember();
  demo.nina = nina;
  await signInOnPortal(nina.page, NINA);
  await until('the terms step', async () =>
    /Accept the terms of use/.test(await textIn(nina.page, LOGIN)),
  );
  await typeInto(nina.page, LOGIN, '[part~="name-input"]', 'Nina Simone');
  await clickOn(nina.page, LOGIN, '[part~="terms-checkbox"]');
  await clickButton(nina.page, LOGIN, 'Continue');
  await until('the profile prompt', async () =>
    /Complete your profile/.test(await textIn(nina.page, LOGIN)),
  );
  const stillSignIn = (await stateOf(nina.page)).page === 'signIn';
  await typeInto(nina.page, LOGIN, '[part~="company-input"]', 'Nina & Co');
  await clickButton(nina.page, LOGIN, 'Save');
  const state = await onPage(nina.page, 'dashboard', /^Welcome, Nina Simone$/);
  await demo.check(
    'a new member signs in: terms with her name, the profile prompt, then her dashboard',
    stillSignIn && state.headingFocused,
    JSON.stringify({stillSignIn, ...state}),
  );
}

/**
 * Nina has no plan yet: the Membership page says "Choose a plan" once, and she joins
 * Flex monthly after a confirmation that states the price, paid with the saved card.
 */
export async function newMemberJoinsAPlan(demo) {
  const {nina} = demo;
  await navTo(nina.page, 'Membership');
  await onPage(nina.page, 'membership', /^Membership$/);
  const choosing = await until('the plans to join', async () => {
    const text = await textIn(nina.page, MEMBERSHIP);
    return /Choose Flex monthly/.test(text) ? text : false;
  });
  await clickButton(nina.page, MEMBERSHIP, 'Choose Flex monthly');
  const confirmation = await until(
    'the join confirmation',
    async () => (await textIn(nina.page, MEMBERSHIP)).match(/Pay €250\.00 and join/)?.[0],
  );
  await clickButton(nina.page, MEMBERSHIP, 'Pay €250.00 and join');
  const joined = await until(
    'the membership',
    async () =>
      (await textIn(nina.page, MEMBERSHIP)).match(
        /Welcome to Flex monthly: your membership has started\./,
      )?.[0],
  );
  await demo.check(
    'a new member sees one "Choose a plan", confirms the price and joins a plan',
    (choosing.match(/Choose a plan/g) ?? []).length === 1,
    `${confirmation} → ${joined}`,
  );
  await nina.context.close();
}
