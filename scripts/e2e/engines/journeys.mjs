// The journeys every engine runs, through the handful of operations an engine's tab offers
// (open, evaluate, exists, click, type, problems, screenshot: scripts/e2e/engines/firefox.mjs and
// webkit.mjs). Each step is one check named "<engine>: <journey>: <step>"; the first failing
// step stops its journey and leaves a screenshot in test-results/engines/.
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {TEST_NOW} from '../../lib/test-clock.mjs';
import {mailboxCode, resetScenario} from '../lib/dev-api.mjs';
import {
  cancellableBookings,
  deepAttribute,
  deepFind,
  deepText,
  pageNow,
  portalState,
} from '../lib/in-page.mjs';
import {slug} from '../lib/journey.mjs';
import {ADA, BALANCE, CALENDAR, LOGIN, PORTAL, ROOM, SHOP} from '../lib/seed.mjs';
import {until} from '../lib/until.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
export const SHOTS_DIR = path.join(root, 'test-results/engines');
/** How far the page's clock may be from TEST_NOW just after the page opened. */
const CLOCK_SLACK_MS = 2 * 60_000;

/** engineUntil(), with the longer wait and slower polling a WebDriver round trip calls for. */
const engineUntil = (what, predicate, ms = 15_000) => until(what, predicate, ms, {interval: 150});

/** Waits until `hostTag`'s text matches `pattern`; returns the match. */
const untilText = (tab, hostTag, pattern, ms) =>
  engineUntil(
    `${hostTag} to show ${pattern}`,
    async () => {
      const text = await tab.evaluate(deepText, hostTag);
      return text.match(pattern) ?? false;
    },
    ms,
  ).catch(async (error) => {
    const text = await tab.evaluate(deepText, hostTag).catch(() => '?');
    throw new Error(`${error.message}; it shows "${text.slice(0, 300)}"`);
  });

const onPortalPage = (tab, page, heading) =>
  engineUntil(`the portal's ${page} page`, async () => {
    const state = await tab.evaluate(portalState);
    return state.page === page && heading.test(state.heading) ? state : false;
  });

/** Runs steps in order as checks; the first failure stops the journey (and is screenshotted). */
class Steps {
  stopped = false;
  constructor(checks, tab, prefix) {
    this.checks = checks;
    this.tab = tab;
    this.prefix = prefix;
  }

  async step(name, fn) {
    const full = `${this.prefix}: ${name}`;
    if (this.stopped) {
      console.log(`- not run (an earlier step failed): ${full}`);
      return;
    }
    try {
      this.checks.check(full, true, (await fn()) ?? '');
    } catch (error) {
      this.stopped = true;
      this.checks.check(full, false, error?.message ?? String(error));
      try {
        mkdirSync(SHOTS_DIR, {recursive: true});
        const file = path.join(SHOTS_DIR, `${slug(full, 80)}.png`);
        writeFileSync(file, await this.tab.screenshot());
        console.log(`  screenshot: ${path.relative(root, file)}`);
      } catch {
        // no screenshot from a browser that is gone
      }
    }
  }
}

/** The page's clock, checked against TEST_NOW. */
async function pinnedClock(tab) {
  const now = await tab.evaluate(pageNow);
  const drift = now - Date.parse(TEST_NOW);
  if (!(drift >= 0 && drift < CLOCK_SLACK_MS))
    throw new Error(`the page's clock says ${new Date(now).toISOString()}, not ${TEST_NOW}`);
  return `the page's clock says ${new Date(now).toISOString()}`;
}

async function noProblems(tab) {
  const problems = await tab.problems();
  if (problems.length > 0) throw new Error(problems.join(' | '));
}

/**
 * The demo portal (`npm start`'s server at `origin`, state reset to the seeded demo first):
 * a visitor's sign-in page, Ada signs in with the code from the dev mailbox, books L'Atelier's
 * first free slot from the calendar's list view, then cancels that booking.
 */
export async function portalJourney(tab, checks, origin) {
  const steps = new Steps(checks, tab, `${tab.name}: portal`);
  await steps.step('a visitor opens the portal: the sign-in page, the clock pinned', async () => {
    await resetScenario(origin);
    await tab.open(`${origin}/members/`);
    await onPortalPage(tab, 'signIn', /^Sign in$/);
    return pinnedClock(tab);
  });
  await steps.step('Ada signs in with the code from the dev mailbox', async () => {
    await engineUntil('the email field', () => tab.exists(deepFind, LOGIN, '[part~="input"]'));
    await tab.type(ADA, deepFind, LOGIN, 'input[part~="input"]');
    await tab.click(deepFind, LOGIN, 'button', 'Send me a code');
    await untilText(tab, LOGIN, /We sent a 6-digit code/);
    await tab.type(await mailboxCode(origin, ADA), deepFind, LOGIN, 'input[part~="input"]');
    await tab.click(deepFind, LOGIN, 'button', 'Sign in');
    const state = await onPortalPage(tab, 'dashboard', /^Welcome, Ada Lovelace$/);
    return state.heading;
  });
  let booking;
  await steps.step(`Ada books ${ROOM}'s first free slot in the calendar`, async () => {
    await tab.click(deepFind, PORTAL, '[part~="link"]', 'Book');
    await onPortalPage(tab, 'book', /^Book$/);
    await untilText(tab, CALENDAR, /List/);
    await tab.click(deepFind, CALENDAR, 'button', 'List');
    await tab.click(deepFind, CALENDAR, '[data-nav="today"]');
    const before = await engineUntil('my bookings', () => tab.evaluate(cancellableBookings));
    const slot = `section[aria-label="${ROOM}"] .list__slot:not([disabled])`;
    const label = await engineUntil(`a free slot of ${ROOM} today`, () =>
      tab.evaluate(deepAttribute, CALENDAR, slot, 'aria-label'),
    );
    await tab.click(deepFind, CALENDAR, `.list__slot[aria-label="${label}"]`);
    await untilText(tab, CALENDAR, /Paid with/);
    await tab.click(deepFind, CALENDAR, '[part~="confirm-button"]');
    const [booked] = await untilText(tab, CALENDAR, /Booked: L'Atelier[^.]*\./);
    booking = await engineUntil('the new booking in my bookings', async () =>
      (await tab.evaluate(cancellableBookings)).find((id) => !before.includes(id)),
    );
    return `${label} → "${booked}"`;
  });
  await steps.step('Ada cancels that booking', async () => {
    const item = `[part~="my-bookings"] [data-booking="${booking}"]`;
    await tab.click(deepFind, CALENDAR, `${item} [part~="cancel-button"]`);
    const [offer] = await untilText(tab, CALENDAR, /Cancelling now refunds [^.]*\./);
    await tab.click(deepFind, CALENDAR, `${item} [part~="cancel-confirm-button"]`);
    const [cancelled] = await untilText(tab, CALENDAR, /Cancelled: L'Atelier\. \d+% refunded\./);
    await engineUntil(
      'the booking no longer cancellable',
      async () => !(await tab.evaluate(cancellableBookings)).includes(booking),
    );
    return `"${offer}" → "${cancelled}"`;
  });
  await steps.step('no console error, page error, CSP violation or HTTP error', () =>
    noProblems(tab),
  );
}

/** examples/html (startSite's server at `origin`): its widgets render for a visitor. */
export async function htmlPageJourney(tab, checks, origin) {
  const steps = new Steps(checks, tab, `${tab.name}: examples/html`);
  await steps.step('the page opens with its clock pinned', async () => {
    await tab.open(`${origin}/`);
    return pinnedClock(tab);
  });
  await steps.step('its widgets render for a visitor', async () => {
    await engineUntil('the calendar’s grid', () =>
      tab.exists(deepFind, CALENDAR, '[role="gridcell"]'),
    );
    await engineUntil('the shop’s products', () => tab.exists(deepFind, SHOP, '[part~="product"]'));
    await untilText(tab, BALANCE, /Sign in to see your credits/);
    await engineUntil('the sign-in form', () =>
      tab.exists(deepFind, LOGIN, 'input[part~="input"]'),
    );
    for (const tag of ['portico-notifications', 'portico-entries']) await untilText(tab, tag, /\S/);
  });
  await steps.step('no console error, page error, CSP violation or HTTP error', () =>
    noProblems(tab),
  );
}
