// examples/html checked with axe (WCAG 2.1 A/AA), for a visitor and signed in, in a tab that
// bypasses the page's CSP to inject axe.
import {axeViolations} from '../lib/axe.mjs';
import {newContext} from '../lib/browser.mjs';
import {find, waitForText} from '../lib/elements.mjs';
import {signIn} from '../lib/login.mjs';
import {ADA, BALANCE, CALENDAR, SHOP} from '../lib/seed.mjs';

export async function accessibility({browser, checks, site, tabs}) {
  const context = await newContext(browser, {
    bypassCSP: true,
    viewport: {width: 1280, height: 900},
  });
  const axePage = await context.newPage();
  tabs.axe = {page: axePage, context};
  await axePage.goto(`${site.url}/`, {waitUntil: 'networkidle'});
  await find(axePage, CALENDAR, '[role="gridcell"]', {timeout: 10_000});
  await find(axePage, SHOP, '[part~="product"]');
  const visitor = await axeViolations(axePage);
  checks.check(
    'examples/html: no axe violation (WCAG 2.1 A/AA) for a visitor',
    visitor.problems.length === 0,
    visitor.problems.join(' | ') || visitor.summary,
  );
  let member;
  try {
    await signIn(axePage, site, ADA, {profile: 'skip'});
    await waitForText(axePage, BALANCE, '[part~="total"]', /\d/);
    await find(axePage, CALENDAR, '[part~="my-bookings"] [data-booking]');
    member = await axeViolations(axePage);
  } catch (error) {
    member = {problems: [String(error?.message ?? error)]};
  }
  checks.check(
    'examples/html: no axe violation (WCAG 2.1 A/AA) signed in',
    member.problems.length === 0,
    member.problems.join(' | ') || member.summary,
  );
  delete tabs.axe;
  await context.close();
}
