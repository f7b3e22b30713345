// The member journey through examples/html (La Canopée's own page with six widgets, under its
// strict CSP), in Chromium against the real mock server over HTTP, then the page's quality.
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {createPorticoClient} from '@portico/sdk';
import {startSite} from '../../examples/html/server.mjs';
import {formatSchedule, roomSchedule} from '../../examples/node/room-schedule.mjs';
import {axeViolations} from './lib/axe.mjs';
import {
  Journey,
  click,
  creditTotal,
  find,
  holdRequests,
  newContext,
  openTab,
  pageBytes,
  settle,
  textOf,
  waitForText,
  waitForTotal,
  waitUntilBooked,
} from './lib/browser.mjs';
import {TEST_NOW} from '../lib/test-clock.mjs';

const SPACE = 'demo';
const ADA = 'ada@example.com';
const FARID = 'farid@example.com';
const ROOM = "L'Atelier";
const LOGIN = 'portico-login';
const CALENDAR = 'portico-booking-calendar';
const BALANCE = 'portico-credit-balance';
const SHOP = 'portico-product-shop';
const NOTIFICATIONS = 'portico-notifications';
const ENTRIES = 'portico-entries';
const BEN = 'ben@example.com';

/**
 * The journey's starting point, set on the server's state: the space published new terms
 * since Ada accepted hers, and this is her first sign-in on the new site (so she is asked to
 * complete her profile); Farid signs in for the first time too.
 */
function prepareMembers(api) {
  api.db.transaction((tx) => {
    const ada = tx.get('members', 'mem_ada');
    tx.put('members', {...ada, termsAcceptedVersion: '2023-01', lastLoginAt: null});
    const farid = tx.get('members', 'mem_farid');
    tx.put('members', {...farid, lastLoginAt: null});
  });
}

/** The newest code the dev mailbox holds for `email`. */
async function mailboxCode(site, email) {
  const response = await fetch(
    `${site.url}/v1/spaces/${SPACE}/__dev/mailbox?email=${encodeURIComponent(email)}`,
  );
  const {messages} = await response.json();
  const code = messages
    .filter((m) => m.code)
    .sort((a, b) => Date.parse(b.sentAt) - Date.parse(a.sentAt))[0]?.code;
  if (!code) throw new Error(`the dev mailbox has no code for ${email}`);
  return code;
}

/** The member's credit total according to the API (signing in over plain HTTP). */
async function apiCredits(site, email) {
  const base = `${site.url}/v1/spaces/${SPACE}`;
  const post = (route, body) =>
    fetch(base + route, {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: JSON.stringify(body),
    }).then((r) => r.json());
  const {challengeId} = await post('/auth/otp', {email});
  const {session} = await post('/auth/otp/verify', {
    challengeId,
    code: await mailboxCode(site, email),
  });
  const credits = await fetch(`${base}/me/credits`, {
    headers: {authorization: `Bearer ${session.token}`},
  }).then((r) => r.json());
  await fetch(`${base}/auth/logout`, {
    method: 'POST',
    headers: {authorization: `Bearer ${session.token}`},
  });
  return credits.total;
}

/** Email, code from the dev mailbox, then the steps the login asks for (terms, profile). */
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
  await codeInput.type(await mailboxCode(site, email));
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

/**
 * The labels of `count` consecutive free cells (15 minutes each) of the room in the day grid,
 * starting on the half hour, or null.
 */
export const freeRun = (page, count, skip = []) =>
  page.evaluate(
    ({host, room, count, skip}) => {
      const cells = [
        ...document.querySelector(host).shadowRoot.querySelectorAll('[role="gridcell"]'),
      ]
        .map((cell) => ({
          label: cell.getAttribute('aria-label') ?? '',
          row: Number(cell.dataset.row),
        }))
        .filter((c) => c.label.startsWith(`${room}, `) && c.label.endsWith(': free'))
        .filter((c) => !skip.some((s) => c.label.startsWith(s)))
        .sort((a, b) => a.row - b.row);
      for (let i = 0; i + count <= cells.length; i++) {
        const run = cells.slice(i, i + count);
        // Bookings of the room start on its 30-minute grid (rows are 15 minutes).
        if (!/:(00|30)\b/.test(run[0].label)) continue;
        if (run.every((c, j) => c.row === run[0].row + j))
          return run.map((c) => c.label.split(': ')[0]);
      }
      return null;
    },
    {host: CALENDAR, room: ROOM, count, skip},
  );

export const cell = (page, where) =>
  find(page, CALENDAR, `[role="gridcell"][aria-label^="${where}:"]`);

export const cellState = (page, where) =>
  page.evaluate(
    ({host, where}) =>
      document
        .querySelector(host)
        .shadowRoot.querySelector(`[role="gridcell"][aria-label^="${where}:"]`)
        ?.getAttribute('aria-label')
        ?.split(': ')
        .at(-1),
    {host: CALENDAR, where},
  );

/** Scrolls `handle` to the middle of the viewport (as far as the page scrolls). */
const centre = (handle) =>
  handle.evaluate((el) =>
    el.scrollIntoView({block: 'center', inline: 'center', behavior: 'instant'}),
  );

/** Presses on the first cell and releases on the last, with the mouse. */
async function drag(page, from, to) {
  const first = await cell(page, from);
  const last = await cell(page, to);
  await centre(last);
  await centre(first);
  const a = await first.boundingBox();
  const b = await last.boundingBox();
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, {steps: 4});
  await page.mouse.up();
}

/** The date the calendar shows (its date field). */
const shownDay = (page) =>
  page.evaluate(
    (host) => document.querySelector(host).shadowRoot.querySelector('input[data-nav="date"]').value,
    CALENDAR,
  );

/** Shows the day view of today, then steps to the next day until `done` says stop. */
async function stepDays(page, done) {
  await click(page, CALENDAR, 'button[data-view="day"]');
  await click(page, CALENDAR, 'button[data-nav="today"]');
  await find(page, CALENDAR, '[role="gridcell"]');
  for (let days = 1; days <= 7; days++) {
    const before = await shownDay(page);
    await click(page, CALENDAR, 'button[data-nav="next"]');
    await page.waitForFunction(
      ({host, before}) => {
        const root = document.querySelector(host).shadowRoot;
        return (
          root.querySelector('input[data-nav="date"]').value !== before &&
          root.querySelector('[role="gridcell"]')
        );
      },
      {host: CALENDAR, before},
      {timeout: 8_000, polling: 50},
    );
    // The new day's availability has arrived; let the grid render it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const result = await done(days);
    if (result) return result;
  }
  throw new Error('no day in the next 7 fits');
}

/** Moves the calendar (day view) to tomorrow, or the first day after it with a free run. */
export const goToBookableDay = (page, runLength) =>
  stepDays(page, async (days) => {
    const run = await freeRun(page, runLength);
    return run && {day: await shownDay(page), days, run};
  });

/** Moves the calendar (day view) to `day` (YYYY-MM-DD, within a week). */
export const goToDay = (page, day) => stepDays(page, async () => (await shownDay(page)) === day);

/**
 * GET requests for the same URL more than once with no mutation between them (a POST, PATCH or
 * DELETE may rightly make a query load again), since `from` (an index in tab.requests).
 */
function duplicateGets(tab, from = 0) {
  const duplicates = [];
  let seen = new Set();
  for (const {method, url} of tab.requests.slice(from)) {
    const {pathname, search} = new URL(url);
    if (!pathname.startsWith('/v1/')) continue;
    if (method !== 'GET') {
      seen = new Set();
    } else if (seen.has(url)) {
      duplicates.push(`${pathname}${search}`);
    } else {
      seen.add(url);
    }
  }
  return duplicates;
}

/** Removes the one console error Chromium writes for the expected 409 response. */
function tab409(tab) {
  const i = tab.problems.findIndex((p) => /status of 409 \(Conflict\)/.test(p));
  if (i < 0) throw new Error('no 409 response was seen');
  tab.problems.splice(i, 1);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

export async function htmlJourney(browser, checks) {
  const site = await startSite({scenario: SPACE, now: TEST_NOW});
  prepareMembers(site.api);
  const tabs = {};
  const cleanups = [];
  const journey = new Journey(checks, 'html', () => tabs);
  try {
    // ---- quality of the first visit, as a visitor -------------------------------------
    // Where Ada's browser saves files ("Add to calendar").
    const downloads = mkdtempSync(path.join(tmpdir(), 'portico-e2e-'));
    cleanups.push(() => rmSync(downloads, {recursive: true, force: true}));
    const a = await openTab(browser, `${site.url}/`, {downloadPath: downloads});
    tabs.ada = a;
    const page = a.page;
    await journey.step('examples/html loads its widgets for a visitor', async () => {
      await find(page, CALENDAR, '[role="gridcell"]', {timeout: 10_000});
      await find(page, SHOP, '[part~="product"]');
      await waitForText(page, BALANCE, '[part~="base"]', /Sign in to see your credits/);
      await find(page, LOGIN, 'input[part~="input"]');
      await settle(a, 800);
    });
    {
      const cls = await page.evaluate(() => window.__cls);
      checks.check(
        'examples/html: layout shift while the widgets load < 0.05',
        cls < 0.05,
        `CLS ${cls.toFixed(4)}`,
      );
      const duplicates = duplicateGets(a);
      checks.check(
        'examples/html: one API request per distinct query on the first visit',
        duplicates.length === 0,
        duplicates.join(', ') ||
          `${a.requests.filter((r) => r.url.includes('/v1/')).length} API requests`,
      );
      const {kinds, raw} = await pageBytes(a);
      const total = kinds.html + kinds.js + kinds.css + kinds.api;
      console.log(
        `  examples/html first visit downloads ${kb(total)} gzip (${kb(raw)} raw): JS ${kb(kinds.js)}, CSS ${kb(kinds.css)}, HTML ${kb(kinds.html)}, API ${kb(kinds.api)}`,
      );
    }

    // ---- browsing as a visitor --------------------------------------------------------
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
        await page.waitForFunction(
          () =>
            document.activeElement?.localName === 'portico-login' &&
            document.activeElement.shadowRoot.activeElement?.getAttribute('part') === 'input',
          undefined,
          {timeout: 4_000},
        );
        await click(page, CALENDAR, '[part~="panel"] button', {text: 'Clear'});
        await page.waitForFunction(
          (host) => !document.querySelector(host).shadowRoot.querySelector('[part~="panel"]'),
          CALENDAR,
          {timeout: 4_000},
        );
        await page.evaluate(() => document.activeElement?.blur());
        await click(page, BALANCE, 'button[part~="sign-in-button"]');
        // The sign-in form's email field takes focus.
        await page.waitForFunction(
          () =>
            document.activeElement?.localName === 'portico-login' &&
            document.activeElement.shadowRoot.activeElement?.getAttribute('part') === 'input',
          undefined,
          {timeout: 4_000},
        );
      },
    );

    // ---- signing in ---------------------------------------------------------------------
    const beforeSignIn = a.requests.length;
    let total = NaN;
    await journey.step(
      'Ada signs in (a typo first, then “Wrong email?”) with the code from the dev mailbox, accepts the new terms, completes her profile',
      () =>
        signIn(page, site, ADA, {
          profile: {company: 'Analytical Engines SA'},
          typo: 'ada@exmaple.com',
        }),
    );
    await journey.step('the credit widget shows her balance (the API’s total)', async () => {
      const expected = await apiCredits(site, ADA);
      await waitForTotal(page, expected);
      total = expected;
      return `${total} credits`;
    });
    await settle(a, 800);
    {
      const duplicates = duplicateGets(a, beforeSignIn);
      checks.check(
        'examples/html: one API request per distinct query while signing in',
        duplicates.length === 0,
        duplicates.join(', ') ||
          `${a.requests.slice(beforeSignIn).filter((r) => r.url.includes('/v1/')).length} API requests`,
      );
    }
    await journey.step('the credit widget’s history opens and closes', async () => {
      await click(page, BALANCE, 'button[part~="history-button"]', {text: 'History'});
      await find(page, BALANCE, '[part~="history"] li');
      await click(page, BALANCE, 'button[part~="history-button"]', {text: 'Hide history'});
    });

    // ---- a second member in a second browser --------------------------------------------
    const b = await openTab(browser, `${site.url}/`);
    tabs.farid = b;
    await journey.step(
      'Farid signs in in a second browser (terms already accepted; skips the profile)',
      () => signIn(b.page, site, FARID, {profile: 'skip'}),
    );

    // ---- booking --------------------------------------------------------------------------
    let slot;
    let booking;
    let bookingId;
    await journey.step(
      'Ada books L’Atelier for two hours tomorrow; her credits drop by the cost',
      async () => {
        slot = await goToBookableDay(page, 8);
        await page.evaluate(() =>
          document.addEventListener(
            'portico-booking-created',
            (e) => (window.__booked = e.detail.bookings[0]),
          ),
        );
        await drag(page, slot.run[0], slot.run[7]);
        const quote = await waitForText(page, CALENDAR, '[part~="quote"]', /4 credits/);
        await click(page, CALENDAR, 'button[part~="confirm-button"]', {text: 'Confirm booking'});
        await waitForText(page, CALENDAR, '[part~="outcome"]', /^\s*Booked: L'Atelier/);
        await waitForTotal(page, total - 4);
        total -= 4;
        booking = await page.evaluate(() => window.__booked);
        bookingId = booking.id;
        await find(page, CALENDAR, `[part~="my-bookings"] [data-booking="${bookingId}"]`, {
          text: 'Confirmed',
        });
        const when = slot.days === 1 ? 'tomorrow' : `in ${slot.days} days (tomorrow is closed)`;
        return `${slot.day} (${when}) from ${slot.run[0].split(', ')[1]}; quote: "${quote.slice(0, 60)}…"; ${total} credits left`;
      },
    );

    await journey.step(
      'the booking’s notification arrives live; Ada marks it read and the unread count drops',
      async () => {
        const unread = async () =>
          Number((await textOf(page, NOTIFICATIONS, '[part~="badge"]')).match(/\d+/)?.[0] ?? 0);
        const item = `[part~="item"][part~="unread"]`;
        await find(page, NOTIFICATIONS, item, {text: `${ROOM} booked`});
        const before = await unread();
        const id = await page.evaluate(
          ({host, item, room}) =>
            [...document.querySelector(host).shadowRoot.querySelectorAll(item)].find((li) =>
              li.textContent.includes(`${room} booked`),
            )?.dataset.id,
          {host: NOTIFICATIONS, item, room: ROOM},
        );
        await click(page, NOTIFICATIONS, `[data-id="${id}"] button[part~="mark-read-button"]`);
        await page.waitForFunction(
          ({host, id}) =>
            !document
              .querySelector(host)
              .shadowRoot.querySelector(`[data-id="${id}"]`)
              ?.matches('[part~="unread"]'),
          {host: NOTIFICATIONS, id},
          {timeout: 4_000},
        );
        const after = await unread();
        if (after !== before - 1) throw new Error(`unread went from ${before} to ${after}`);
        return `${before} → ${after} unread`;
      },
    );

    await journey.step(
      'examples/node: the room’s schedule for that day, from the SDK in Node, shows it booked',
      async () => {
        const client = createPorticoClient({
          baseUrl: `${site.url}/v1`,
          space: SPACE,
          realtime: false,
        });
        // roomSchedule lists "tomorrow" from `now` (the page's and the server's pinned clock,
        // not this process's): the day before the booking.
        const now = (await page.evaluate(() => Date.now())) + (slot.days - 1) * 86_400_000;
        const schedule = await roomSchedule(client, {roomId: 'room-atelier', now});
        const start = Date.parse(booking.start);
        const covered = schedule.busy.some(
          (b) => Date.parse(b.start) <= start && Date.parse(b.end) > start,
        );
        if (schedule.day !== slot.day || !covered) throw new Error(formatSchedule(schedule));
        return formatSchedule(schedule).split('\n')[1].trim();
      },
    );

    await journey.step(
      'a double booking: Farid takes the time Ada has selected; her Confirm answers 409, shown',
      async () => {
        const [target] = await freeRun(page, 2);
        await (await cell(page, target)).click();
        await waitForText(page, CALENDAR, '[part~="quote"]', /1 credit/);
        // Ada's network is slow for a moment: the calendar cannot refresh before she confirms.
        const release = await holdRequests(page, (url) => url.href.includes('/availability'));
        try {
          await goToDay(b.page, slot.day);
          await (await cell(b.page, target)).click();
          await waitForText(b.page, CALENDAR, '[part~="quote"]', /credit/);
          await click(b.page, CALENDAR, 'button[part~="confirm-button"]');
          await waitForText(b.page, CALENDAR, '[part~="outcome"]', /^\s*Booked: L'Atelier/);
          await click(page, CALENDAR, 'button[part~="confirm-button"]');
          await waitForText(page, CALENDAR, '[part~="outcome"]', /Someone was faster/);
        } finally {
          await release();
        }
        // Chromium logs the 409 response itself; that one console error is expected.
        tab409(a);
        // Once the calendar has caught up, the kept selection says why it cannot be booked.
        await waitForText(page, CALENDAR, '[part~="issue"]', /already booked/);
        if ((await creditTotal(page)) !== total)
          throw new Error(`charged anyway: ${await creditTotal(page)} credits`);
        return `${target}; ${total} credits, unchanged`;
      },
    );

    await journey.step(
      'Farid books another time in his browser; it appears booked in Ada’s calendar live',
      async () => {
        const [target] = await freeRun(b.page, 2);
        if ((await cellState(page, target)) !== 'free')
          throw new Error(`${target} is not free for Ada`);
        await (await cell(b.page, target)).click();
        await waitForText(b.page, CALENDAR, '[part~="quote"]', /credit/);
        await click(b.page, CALENDAR, 'button[part~="confirm-button"]');
        await waitForText(b.page, CALENDAR, '[part~="outcome"]', /^\s*Booked: L'Atelier/);
        const booked = Date.now();
        await waitUntilBooked(page, target, 3_000);
        return `${target}, seen ${Date.now() - booked} ms after Farid’s confirmation`;
      },
    );

    // ---- buying credits ------------------------------------------------------------------
    await journey.step('"Add to calendar" saves the booking as an .ics file', async () => {
      await click(page, CALENDAR, `[data-booking="${bookingId}"] [part~="ics-button"]`);
      const file = path.join(downloads, `${bookingId}.ics`);
      const deadline = Date.now() + 5_000;
      while (!existsSync(file) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      if (!existsSync(file)) throw new Error(`no ${bookingId}.ics was saved`);
      const ics = readFileSync(file, 'utf8');
      // The booking's start, as wall-clock time in the space's zone (the cell said "8:00 AM").
      const [, hour, minute, half] = slot.run[0].match(/(\d+):(\d+) (AM|PM)/);
      const h24 = (Number(hour) % 12) + (half === 'PM' ? 12 : 0);
      const start = `${slot.day.replaceAll('-', '')}T${String(h24).padStart(2, '0')}${minute}00`;
      for (const line of [
        'BEGIN:VCALENDAR',
        "SUMMARY:L'Atelier",
        `DTSTART;TZID=Europe/Paris:${start}`,
      ]) {
        if (!ics.includes(line)) throw new Error(`the .ics has no "${line}":\n${ics}`);
      }
      return `${bookingId}.ics: DTSTART;TZID=Europe/Paris:${start}`;
    });
    await journey.step(
      'her bookings: the Past tab lists past ones, Upcoming the new one',
      async () => {
        const mine = '[part~="my-bookings"]';
        await click(page, CALENDAR, `${mine} button`, {text: 'Past'});
        await find(
          page,
          CALENDAR,
          `${mine} button[aria-pressed="true"], ${mine} [aria-selected="true"]`,
          {
            text: 'Past',
          },
        );
        const past = await page.evaluate(
          ({host, mine}) =>
            document.querySelector(host).shadowRoot.querySelectorAll(`${mine} [data-booking]`)
              .length,
          {host: CALENDAR, mine},
        );
        if (past === 0) throw new Error('no past bookings are listed');
        await click(page, CALENDAR, `${mine} button`, {text: 'Upcoming'});
        await find(page, CALENDAR, `${mine} [data-booking="${bookingId}"]`);
        return `${past} past bookings`;
      },
    );
    await journey.step('Ada cancels the order she left waiting for payment', async () => {
      await click(page, SHOP, 'button[part~="cancel-order-button"]');
      await waitForText(page, SHOP, '[part~="base"]', /Order cancelled\./);
      await page.waitForFunction(
        (host) => !document.querySelector(host).shadowRoot.querySelector('[part~="pending"]'),
        SHOP,
        {timeout: 4_000},
      );
      return '“Order cancelled.”; nothing waits for payment';
    });
    await journey.step('a day pass goes into the cart and out again (Remove)', async () => {
      await click(page, SHOP, '[part~="product"][data-product-id="day-pass"] [part~="add-button"]');
      await find(page, SHOP, '[part~="cart"] [data-product-id="day-pass"]');
      await click(
        page,
        SHOP,
        '[part~="cart"] [data-product-id="day-pass"] [part~="remove-button"]',
      );
      await waitForText(page, SHOP, '[part~="cart"]', /Your cart is empty/);
    });
    await journey.step('"Buy credits" opens the shop on its credit packs', async () => {
      await click(page, BALANCE, 'button[part~="buy-button"]');
      await find(page, SHOP, 'button[part~="category"][aria-pressed="true"]', {
        text: 'Credit packs',
      });
      await page.waitForFunction(
        (host) =>
          document
            .querySelector(host)
            .shadowRoot.activeElement?.getAttribute('part')
            ?.includes('heading'),
        SHOP,
        {timeout: 4_000},
      );
    });
    await journey.step(
      'Ada buys 10 credits with the code WELCOME10 and pays; her credits rise by 10',
      async () => {
        await click(
          page,
          SHOP,
          '[part~="product"][data-product-id="pack-10"] [part~="add-button"]',
        );
        await waitForText(page, SHOP, '[part~="totals"]', /€40\.00/);
        const code = await find(page, SHOP, 'input[part~="discount-input"]');
        await code.type('WELCOME10');
        await click(page, SHOP, '[part~="discount-form"] button[type="submit"]');
        await waitForText(page, SHOP, '[part~="discount-applied"]', /WELCOME10/);
        await waitForText(page, SHOP, '[part~="totals"]', /€36\.00/);
        await click(page, SHOP, 'button[part~="checkout-button"]');
        // The card step offers the mock server's test cards; the first one pays.
        await click(page, SHOP, 'button[part~="pay-now-button"]');
        const notice = await waitForText(
          page,
          SHOP,
          '[part~="checkout-notice"]',
          /Order paid: €36\.00/,
        );
        await waitForTotal(page, total + 10);
        total += 10;
        await waitForText(page, SHOP, '[part~="purchases"]', /1 × 10 credits/);
        return `"${notice}"; ${total} credits`;
      },
    );

    // ---- cancelling ------------------------------------------------------------------------
    await journey.step(
      'Ada cancels her booking ("Keep it" first) and sees the refund in her credits',
      async () => {
        const item = `[part~="my-bookings"] [data-booking="${bookingId}"]`;
        await click(page, CALENDAR, `${item} [part~="cancel-button"]`);
        await click(page, CALENDAR, `${item} [part~="cancel-confirm"] button`, {text: 'Keep it'});
        await click(page, CALENDAR, `${item} [part~="cancel-button"]`);
        const offer = await waitForText(
          page,
          CALENDAR,
          `${item} [part~="cancel-confirm"]`,
          /refunds \d+%: \d+ credits?/,
        );
        const refund = Number(offer.match(/: (\d+) credits?/)[1]);
        await click(page, CALENDAR, `${item} [part~="cancel-confirm-button"]`);
        const said = await waitForText(
          page,
          CALENDAR,
          '[part~="mine-message"]',
          /Cancelled: L'Atelier\. \d+% refunded/,
        );
        if (refund <= 0) throw new Error(`the refund offered is ${refund}`);
        await waitForTotal(page, total + refund);
        total += refund;
        const apiTotal = await apiCredits(site, ADA);
        if (apiTotal !== total)
          throw new Error(`the API says ${apiTotal} credits, the page ${total}`);
        return `"${offer}" → "${said}"; ${total} credits (the API agrees)`;
      },
    );

    // ---- signing out -----------------------------------------------------------------------
    await journey.step('Ada signs out: every widget returns to its visitor state', async () => {
      await click(page, LOGIN, 'button[part~="logout-button"]');
      await find(page, LOGIN, 'input[part~="input"][type="email"]');
      await waitForText(page, BALANCE, '[part~="base"]', /Sign in to see your credits/);
      await page.waitForFunction(
        (host) => !document.querySelector(host).shadowRoot.querySelector('[part~="my-bookings"]'),
        CALENDAR,
        {timeout: 4_000},
      );
    });

    // ---- checking in ----------------------------------------------------------------------
    const c = await openTab(browser, `${site.url}/`);
    tabs.ben = c;
    await journey.step(
      'Ben (an entries plan) signs in in a third browser and checks in for today: one entry fewer',
      async () => {
        await signIn(c.page, site, BEN, {profile: 'skip'});
        const left = async () =>
          Number((await textOf(c.page, ENTRIES, '[part~="remaining"]')).match(/^(\d+) of/)?.[1]);
        await waitForText(c.page, ENTRIES, '[part~="remaining"]', /^\d+ of \d+ entries left/);
        const before = await left();
        await click(c.page, ENTRIES, 'button[part~="check-in-button"]', {
          text: 'Check in for today',
        });
        await waitForText(c.page, ENTRIES, '[part~="reason"]', /You are checked in for today/);
        await waitForText(c.page, ENTRIES, '[part~="remaining"]', new RegExp(`^${before - 1} of`));
        const disabled = await c.page.evaluate(
          (host) =>
            document.querySelector(host).shadowRoot.querySelector('[part~="check-in-button"]')
              .disabled,
          ENTRIES,
        );
        if (!disabled) throw new Error('the check-in button is still enabled after checking in');
        return `${before} → ${await left()} entries left; the button is disabled with the reason`;
      },
    );

    // ---- accessibility, as a visitor and signed in ---------------------------------------
    {
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
      let member = {problems: ['not signed in']};
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

    // ---- quality over the whole journey ----------------------------------------------------
    for (const [name, tab] of Object.entries(tabs)) {
      checks.check(
        `examples/html (${name}’s browser): no console error, page error or CSP violation`,
        tab.problems.length === 0,
        tab.problems.slice(0, 5).join(' | '),
      );
      const origin = new URL(site.url).origin;
      const foreign = tab.requests.filter(
        (r) => !r.url.startsWith('data:') && new URL(r.url).origin !== origin,
      );
      checks.check(
        `examples/html (${name}’s browser): nothing loaded from another origin`,
        foreign.length === 0,
        foreign.length
          ? foreign
              .map((r) => r.url)
              .slice(0, 5)
              .join(', ')
          : `${tab.requests.length} requests, all ${origin}`,
      );
    }
    checks.check('examples/html: the journey ran every step', !journey.stopped);
  } finally {
    for (const tab of Object.values(tabs)) await tab.context.close().catch(() => {});
    await site.close();
    for (const cleanup of cleanups) cleanup();
  }
}
