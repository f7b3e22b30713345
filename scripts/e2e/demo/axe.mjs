// The demo portal checked with axe (WCAG 2.1 A/AA) over the whole page: a visitor's sign-in
// page, then Ada's dashboard, Book and Billing pages. axe is injected as a script, so this tab bypasses
// the CSP.
import {axeViolations} from '../lib/axe.mjs';
import {newContext} from '../lib/browser.mjs';
import {navTo, onPage, signInOnPortal, textIn, untilCredits, waitFor} from '../lib/portal.mjs';
import {ADA, BILLING, CALENDAR, MEMBERSHIP} from '../lib/seed.mjs';
import {until} from '../lib/until.mjs';

export async function accessibility(demo) {
  const axeContext = await newContext(demo.browser, {
    bypassCSP: true,
    viewport: {width: 1280, height: 900},
  });
  const axePage = await axeContext.newPage();
  await axePage.goto(`${demo.origin}/members/`, {waitUntil: 'networkidle', timeout: 60_000});
  await onPage(axePage, 'signIn');
  await until('the sign-in page’s widgets', async () =>
    /Choose a plan/.test(await textIn(axePage, MEMBERSHIP)),
  );
  const results = [['sign-in (visitor)', await axeViolations(axePage)]];
  await signInOnPortal(axePage, ADA);
  await onPage(axePage, 'dashboard');
  await untilCredits(axePage, 'the dashboard widgets');
  results.push(['dashboard', await axeViolations(axePage)]);
  await navTo(axePage, 'Book');
  await onPage(axePage, 'book');
  await waitFor(axePage, CALENDAR, '[role="gridcell"]');
  results.push(['book', await axeViolations(axePage)]);
  await navTo(axePage, 'Billing');
  await onPage(axePage, 'billing');
  await waitFor(axePage, BILLING, '[part~="history"]');
  results.push(['billing', await axeViolations(axePage)]);
  for (const [name, result] of results) {
    await demo.check(
      `the portal's ${name} page: no axe violation (WCAG 2.1 A/AA)`,
      result.problems.length === 0,
      result.problems.join(' | ') || result.summary,
    );
  }
  await axeContext.close();
}
