// Ada signs in on the demo portal with the demo page's "Get the code from the dev mailbox":
// the dashboard, her credits and unread notifications, one request per query, layout shift.
import {clickButton, element, onPage, stateOf, textIn, untilCredits} from '../lib/portal.mjs';
import {ADA, LOGIN} from '../lib/seed.mjs';
import {until} from '../lib/until.mjs';
import {reportBytes} from './visitor.mjs';

export async function adaSignsIn(demo) {
  const {page} = demo;
  const email = await element(page, LOGIN, '[part~="input"]');
  const prefilled = await email.evaluate((input) => input.value);
  if (prefilled !== ADA) {
    await email.click({clickCount: 3});
    await email.type(ADA);
  }
  await email.dispose();
  await clickButton(page, LOGIN, 'Send me a code');
  await until(
    'the code step',
    async () =>
      /code/i.test(await textIn(page, LOGIN)) && !/Send me a code/.test(await textIn(page, LOGIN)),
  );
  await page.click('#fetch-code');
  const code = await until('the code from the dev mailbox', async () => {
    const text = await page.$eval('#code-result', (p) => p.textContent);
    return text.match(/\b(\d{6})\b/)?.[1];
  });
  const filled = await element(page, LOGIN, '[part~="input"]');
  const codeValue = await filled.evaluate((input) => input.value);
  await filled.dispose();
  await demo.check(
    '"Get the code from the dev mailbox" fills the code in',
    codeValue === code,
    `${code} / ${codeValue}`,
  );
  await clickButton(page, LOGIN, 'Sign in');
  const state = await onPage(page, 'dashboard', /^Welcome, Ada Lovelace$/);
  await demo.check(
    'signing in opens the dashboard, with every page in the navigation',
    state.links.length === 12 && state.links[0] === 'Dashboard' && state.path === '/members/',
    JSON.stringify(state),
  );
  const before = await untilCredits(page);
  demo.credits = before;
  await until('the unread count in the navigation', async () =>
    (await stateOf(page)).links.includes('Notifications 2 unread'),
  );
  await demo.check(
    'the dashboard shows the credits and 2 unread notifications',
    true,
    `${before} credits`,
  );

  // Duplicate requests while the dashboard loaded (one request per distinct query).
  const apiGets = demo.ada.requests
    .filter(
      (r) =>
        r.method === 'GET' &&
        new URL(r.url).pathname.startsWith('/v1/') &&
        !r.url.includes('/stream') &&
        !r.url.includes('/__dev/'),
    )
    .map((r) => r.url);
  const duplicates = apiGets.filter((url, index) => apiGets.indexOf(url) !== index);
  await demo.check(
    'each API query was requested once up to the dashboard',
    duplicates.length === 0,
    duplicates.length
      ? `repeated: ${[...new Set(duplicates)].map((u) => new URL(u).pathname + new URL(u).search).join(', ')}`
      : `${apiGets.length} GETs`,
  );
  await reportBytes(demo, 'from the first visit through sign-in to the dashboard');
  await demo.screenshot(page, 'desktop-light-dashboard');
  const memberShift = await page.evaluate(() => window.__cls);
  await demo.check(
    'layout shift up to the loaded dashboard < 0.05',
    memberShift < 0.05,
    `CLS ${memberShift.toFixed(4)} since the first visit`,
  );
}
