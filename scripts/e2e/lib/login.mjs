// Signing in through <portico-login> in a page that places it in the document (examples/html,
// React, Vue): the email, the code from the dev mailbox, then whatever the login asks for.
import {mailboxCode} from './dev-api.mjs';
import {click, find, textOf, waitForText} from './elements.mjs';
import {LOGIN} from './seed.mjs';

/**
 * Email (after a `typo`, when given, corrected with "Wrong email?"), code from the dev mailbox
 * of `site`, then the steps the login asks for: the terms, and the profile (`'skip'` or
 * `{company}`). Resolves with the welcome and what was asked.
 */
export async function signIn(page, site, email, {profile, typo}) {
  const emailInput = await find(page, LOGIN, 'input[part~="input"][type="email"]');
  await emailInput.click();
  if (typo) {
    // A typo first: the code goes to the wrong address, and "Wrong email?" leads back.
    await emailInput.type(typo);
    await click(page, LOGIN, 'button[part~="button"]', {text: 'Send me a code'});
    await waitForText(page, LOGIN, '[part~="message"]', new RegExp(`code to ${typo}`));
    await click(page, LOGIN, 'button[part~="change-email-button"]');
    const again = await find(page, LOGIN, 'input[part~="input"][type="email"]');
    await again.click({clickCount: 3});
    await again.type(email);
  } else {
    await emailInput.type(email);
  }
  await click(page, LOGIN, 'button[part~="button"]', {text: 'Send me a code'});
  await waitForText(page, LOGIN, '[part~="message"]', /We sent a 6-digit code/);
  const codeInput = await find(page, LOGIN, 'input[part~="input"]:not([type="email"])');
  await codeInput.type(await mailboxCode(site.url, email));
  await click(page, LOGIN, 'button[part~="button"]', {text: 'Sign in'});
  const steps = [];
  const heading = await waitForText(page, LOGIN, '[part~="heading"]', /\S/);
  if (heading.startsWith('Accept the terms')) {
    steps.push('terms');
    await click(page, LOGIN, 'input[part~="terms-checkbox"]');
    await click(page, LOGIN, 'button[part~="button"]', {text: 'Continue'});
    await waitForText(page, LOGIN, '[part~="heading"]', /^(?!Accept the terms)/);
  }
  const next = await textOf(page, LOGIN, '[part~="heading"]');
  if (next.startsWith('Complete your profile')) {
    steps.push('profile');
    if (profile === 'skip') {
      await click(page, LOGIN, 'button[part~="skip-button"]');
    } else {
      const company = await find(page, LOGIN, 'input[part~="company-input"]');
      await company.click({clickCount: 3});
      await company.type(profile.company);
      await click(page, LOGIN, 'button[part~="button"]', {text: 'Save'});
    }
  }
  const welcome = await waitForText(page, LOGIN, '[part~="heading"]', /^Welcome, /);
  return `${welcome} (asked: ${steps.join(', ') || 'nothing'})`;
}
