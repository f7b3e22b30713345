// The React and Vue examples: built with Vite (their own vite.config.mjs), served under the
// same strict CSP as examples/html with the mock API on the same origin, and opened in
// Chromium: the elements render, a member signs in through <portico-login>, the app hears
// the typed `portico-login` event, and its own SDK view lists her next bookings.
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'vite';
import {CSP, startSite} from '../../examples/html/server.mjs';
import {TEST_NOW} from '../lib/test-clock.mjs';
import {openTab, scriptsNotLikeCdn} from './lib/browser.mjs';
import {find, waitForText} from './lib/elements.mjs';
import {Journey} from './lib/journey.mjs';
import {signIn} from './lib/login.mjs';
import {ADA, BALANCE, CALENDAR, LOGIN} from './lib/seed.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

export async function frameworkSmoke(browser, checks, name) {
  const dir = path.join(root, 'examples', name);
  const started = performance.now();
  try {
    await build({root: dir, configFile: path.join(dir, 'vite.config.mjs'), logLevel: 'error'});
  } catch (error) {
    checks.check(`examples/${name}: vite build`, false, error?.message ?? String(error));
    return;
  }
  checks.check(
    `examples/${name}: vite build`,
    true,
    `${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  // The same strict policy; Vue's runtime creates a Trusted Types policy named `vue`.
  const csp =
    name === 'vue' ? CSP.replace('trusted-types lit-html', 'trusted-types lit-html vue') : CSP;
  const site = await startSite({
    publicDir: path.join(dir, 'dist'),
    spaFallback: true,
    csp,
    now: TEST_NOW,
  });
  const tabs = {};
  const journey = new Journey(checks, name, () => tabs);
  try {
    const tab = await openTab(browser, `${site.url}/`);
    tabs.ada = tab;
    const {page} = tab;
    await journey.step(`examples/${name}: the elements render for a visitor`, async () => {
      await find(page, LOGIN, 'input[part~="input"]');
      await waitForText(page, BALANCE, '[part~="base"]', /Sign in to see your credits/);
      await find(page, CALENDAR, '[role="gridcell"]', {timeout: 10_000});
      await page.waitForFunction(
        () => document.body.textContent.includes('Sign in to see your bookings.'),
        undefined,
        {timeout: 4_000},
      );
      // The page names the space its widgets show (the demo scenario's La Canopée).
      const title = await page.title();
      if (!title.startsWith('La Canopée — '))
        throw new Error(`the page title "${title}" does not name La Canopée`);
    });
    await journey.step(
      `examples/${name}: signing in reaches the app (typed event) and every widget`,
      async () => {
        const said = await signIn(page, site, ADA, {profile: 'skip'});
        await page.waitForFunction(
          () => document.querySelector('[role="status"]')?.textContent === 'Hello, Ada Lovelace!',
          undefined,
          {timeout: 4_000},
        );
        await waitForText(page, BALANCE, '[part~="total"]', /^\d+$/);
        return said;
      },
    );
    await journey.step(`examples/${name}: its own SDK view lists her next bookings`, async () => {
      await page.waitForSelector('[data-testid="next-bookings"] li', {
        state: 'attached',
        timeout: 6_000,
      });
      const items = await page.$$eval('[data-testid="next-bookings"] li', (lis) =>
        lis.map((li) => li.textContent.replace(/\s+/g, ' ').trim()),
      );
      return items.join(' | ');
    });
    await journey.step(
      `examples/${name}: signing out reaches the app (typed event) and the view`,
      async () => {
        await find(page, LOGIN, 'button[part~="logout-button"]').then((button) => button.click());
        await page.waitForFunction(
          () =>
            !document.querySelector('[role="status"]') &&
            document.body.textContent.includes('Sign in to see your bookings.'),
          undefined,
          {timeout: 4_000},
        );
        await waitForText(page, BALANCE, '[part~="base"]', /Sign in to see your credits/);
      },
    );
    // Vite's build names its chunks assets/<name>-<hash>.js: cached for a year, like the CDN's.
    const {served, unlike} = scriptsNotLikeCdn(tab, /\.js$/, /^\/(?:assets|portico\/chunks)\//);
    checks.check(
      `examples/${name}: the scripts come brotli-compressed, hashed chunks cached for a year (${served.length} files)`,
      served.length > 0 && unlike.length === 0,
      unlike.slice(0, 5).join(' | '),
    );
    checks.check(
      `examples/${name}: no console error, page error or CSP violation`,
      tab.problems.length === 0,
      tab.problems.slice(0, 5).join(' | '),
    );
  } finally {
    for (const tab of Object.values(tabs)) await tab.context.close().catch(() => {});
    await site.close();
  }
}
