// examples/html for a visitor: the first visit's quality (layout shift, one request per query,
// bytes), then browsing the calendar's views and the shop, and a slot that asks to sign in.
import {goToBookableDay, cell} from '../lib/calendar.mjs';
import {openTab, pageBytes, settle} from '../lib/browser.mjs';
import {click, find, waitForText} from '../lib/elements.mjs';
import {BALANCE, CALENDAR, LOGIN, SHOP} from '../lib/seed.mjs';
import {oneRequestPerQuery} from './quality.mjs';

/** Waits until the sign-in form's email field has focus. */
const loginFocused = (page) =>
  page.waitForFunction(
    () =>
      document.activeElement?.localName === 'portico-login' &&
      document.activeElement.shadowRoot.activeElement?.getAttribute('part') === 'input',
    undefined,
    {timeout: 4_000},
  );

/** Opens Ada's browser (it saves downloads in `session.downloads`) on the page's first visit. */
export async function firstVisit(session) {
  const {browser, checks, journey, site} = session;
  const a = await openTab(browser, `${site.url}/`, {downloadPath: session.downloads});
  session.tabs.ada = a;
  const page = a.page;
  await journey.step('examples/html loads its widgets for a visitor', async () => {
    await find(page, CALENDAR, '[role="gridcell"]', {timeout: 10_000});
    await find(page, SHOP, '[part~="product"]');
    await waitForText(page, BALANCE, '[part~="base"]', /Sign in to see your credits/);
    await find(page, LOGIN, 'input[part~="input"]');
    await settle(a, 800);
  });
  const cls = await page.evaluate(() => window.__cls);
  checks.check(
    'examples/html: layout shift while the widgets load < 0.05',
    cls < 0.05,
    `CLS ${cls.toFixed(4)}`,
  );
  oneRequestPerQuery(session, a, 'on the first visit');
  console.log(`  examples/html first visit downloads ${(await pageBytes(a)).summary}`);
}

export async function browsing({journey, tabs}) {
  const {page} = tabs.ada;
  await journey.step(
    'visitor: switches the calendar between week, list and day, and back to today',
    async () => {
      await click(page, CALENDAR, 'button[data-view="week"]');
      await find(page, CALENDAR, '[role="columnheader"]');
      await click(page, CALENDAR, 'button[data-view="list"]');
      await find(page, CALENDAR, '[part~="list"]');
      await click(page, CALENDAR, 'button[data-view="day"]');
      await click(page, CALENDAR, 'button[data-nav="next"]');
      await click(page, CALENDAR, 'button[data-nav="previous"]');
      await click(page, CALENDAR, 'button[data-nav="today"]');
      await find(page, CALENDAR, '[role="gridcell"]');
    },
  );
  await journey.step('visitor: browses the shop by category', async () => {
    for (const label of ['Passes', 'Items', 'Credit packs', 'All']) {
      await click(page, SHOP, 'button[part~="category"]', {text: label});
      await find(page, SHOP, 'button[part~="category"][aria-pressed="true"]', {text: label});
    }
    return (
      (await page.evaluate(
        (host) =>
          document.querySelector(host).shadowRoot.querySelectorAll('[part~="product"]').length,
        SHOP,
      )) + ' products'
    );
  });
  await journey.step(
    'visitor: a slot asks to sign in, and "Sign in" leads to the member area',
    async () => {
      const {run} = await goToBookableDay(page, 2);
      await (await cell(page, run[0])).click();
      await waitForText(page, CALENDAR, '[part~="panel"]', /Sign in to book this time/);
      await click(page, CALENDAR, '[part~="panel"] button', {text: 'Sign in'});
      // The sign-in form's email field takes focus.
      await loginFocused(page);
      await click(page, CALENDAR, '[part~="panel"] button', {text: 'Clear'});
      await page.waitForFunction(
        (host) => !document.querySelector(host).shadowRoot.querySelector('[part~="panel"]'),
        CALENDAR,
        {timeout: 4_000},
      );
      await page.evaluate(() => document.activeElement?.blur());
      await click(page, BALANCE, 'button[part~="sign-in-button"]');
      // The sign-in form's email field takes focus.
      await loginFocused(page);
    },
  );
}
