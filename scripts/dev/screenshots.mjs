#!/usr/bin/env node
// Screenshots of every element in a plain host page, signed in as a seeded member, in the light
// and dark themes: docs/elements/<shot>-<theme>.png. Needs the CDN folder
// (`node scripts/build.mjs --cdn`).
//
//   node --conditions=source --import tsx scripts/dev/screenshots.mjs [element ...]
import {mkdirSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {CHROME_FLAGS, CHROME_PATH} from '../lib/chrome.mjs';
import {TEST_NOW, TEST_TIME_ZONE, pinnedClockScript} from '../lib/test-clock.mjs';
import {startMockServer, startPageServer} from '../lib/page-server.mjs';
import {ROOM_NAMES} from '../../packages/elements/test/helpers/room-names.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = path.join(root, 'docs/elements');

/** A weekday two or more days ahead: today's past hours would grey out most of the grid. */
const soon = (() => {
  let day = new Date(Date.parse(TEST_NOW) + 2 * 86_400_000);
  while ([0, 6].includes(day.getUTCDay())) day = new Date(day.getTime() + 86_400_000);
  return day.toISOString().slice(0, 10);
})();

/** A weekday two or more days after the mock server's clock (TEST_NOW): a day it can book. */
const planDay = (() => {
  let day = new Date(Date.parse(TEST_NOW) + 2 * 86_400_000);
  while ([0, 6].includes(day.getUTCDay())) day = new Date(day.getTime() + 86_400_000);
  return day.toISOString().slice(0, 10);
})();

/**
 * Shot → the markup shown, its width, who is signed in, and the element's CDN entry when the
 * shot's name is not it (one element at two widths).
 */
const SHOTS = {
  'credit-balance': {
    html: '<portico-credit-balance show-buckets></portico-credit-balance>',
    width: 420,
  },
  login: {
    html: '<portico-login email="ada@example.com"></portico-login>',
    width: 420,
    signedOut: true,
  },
  'membership-card': {html: '<portico-membership-card></portico-membership-card>', width: 480},
  entries: {html: '<portico-entries></portico-entries>', width: 480, email: 'ben@example.com'},
  shop: {html: '<portico-shop></portico-shop>', width: 1100},
  billing: {html: '<portico-billing></portico-billing>', width: 1280},
  'billing-390': {html: '<portico-billing></portico-billing>', width: 390, entry: 'billing'},
  // The space credited Ada's overdue day pass: the credit note opened, linked to its invoice.
  'billing-credit-note': {
    entry: 'billing',
    html: '<portico-billing></portico-billing>',
    widths: [390, 1280],
    async then(tab) {
      await tab.evaluate(async () => {
        const client = await document.querySelector('portico-provider').getClient();
        const {items} = await client.billing.listInvoices();
        // One mock server serves every shot: the first theme credits it, the others find it so.
        const overdue = items.find((invoice) => invoice.status === 'overdue');
        if (!overdue) return;
        await fetch(`/v1/spaces/demo/__dev/invoices/${overdue.id}/credit-notes`, {
          method: 'POST',
          headers: {'content-type': 'application/json'},
          body: '{}',
        });
        client.store.invalidate(['invoices']);
      });
      const row = tab.locator('portico-billing li[data-invoice="CAN-000006"]').first();
      await row.locator('[part~="invoice-link"]').click();
      await tab.locator('portico-billing [part~="credited-invoice"]').waitFor();
    },
  },
  // The space credits Ada's overdue day pass in part: the notice arrives live, under Billing.
  'notifications-credit-note': {
    entry: 'notifications',
    html: '<portico-notifications></portico-notifications>',
    widths: [390, 560],
    async then(tab) {
      await tab.evaluate(async () => {
        const client = await document.querySelector('portico-provider').getClient();
        const {items} = await client.billing.listInvoices();
        // One mock server serves every shot: the first one credits it, the others find it so.
        const overdue = items.find((invoice) => invoice.number === 'CAN-000003');
        if (overdue?.credits.length !== 0) return;
        await fetch(`/v1/spaces/demo/__dev/invoices/${overdue.id}/credit-notes`, {
          method: 'POST',
          headers: {'content-type': 'application/json'},
          body: JSON.stringify({
            lines: [{description: 'Guest did not come', quantity: 1, unitPrice: 1200}],
          }),
        });
      });
      await tab.getByText('Credit note CAN-000006').first().waitFor();
    },
  },
  visitors: {html: '<portico-visitors></portico-visitors>', widths: [390, 560]},
  deliveries: {html: '<portico-deliveries></portico-deliveries>', widths: [390, 480]},
  helpdesk: {
    html: '<portico-helpdesk></portico-helpdesk>',
    widths: [390, 1280],
    // Ada opens the request the space answered: its thread in Markdown and the reply form.
    async then(tab) {
      await tab.locator('portico-helpdesk [part~="request-link"]').nth(1).click();
      await tab.locator('portico-helpdesk [part~="reply-form"]').waitFor();
      await new Promise((resolve) => setTimeout(resolve, 500));
    },
  },
  events: {html: '<portico-events></portico-events>', width: 1280},
  // A member opened an event with one seat left and pressed Register: the quote.
  'events-detail': {
    entry: 'events',
    html: '<portico-events event-id="evt_a11y_workshop"></portico-events>',
    width: 1280,
    async then(tab) {
      await tab.locator('portico-events [part~="register-button"]').click();
      await tab.locator('portico-events [part~="total"]').waitFor();
    },
  },
  'events-phone': {entry: 'events', html: '<portico-events></portico-events>', width: 390},
  'events-detail-phone': {
    entry: 'events',
    html: '<portico-events event-id="evt_pitch_practice"></portico-events>',
    width: 390,
  },
  // A visitor (signed out) opened a free public event and typed their name and email.
  'events-visitor': {
    entry: 'events',
    html: '<portico-events event-id="evt_winter_party"></portico-events>',
    widths: [390, 1280],
    signedOut: true,
    async then(tab) {
      await tab.locator('portico-events [part~="visitor-name"]').fill('Margaret Hamilton');
      await tab.locator('portico-events [part~="visitor-email"]').fill('margaret@example.org');
    },
  },
  // The visitor registered: the confirmation and "Cancel my registration".
  'events-visitor-registered': {
    entry: 'events',
    html: '<portico-events event-id="evt_winter_party"></portico-events>',
    widths: [390, 1280],
    signedOut: true,
    async then(tab) {
      // Each width and theme registers the same visitor: start from the seeded space each time.
      await tab.evaluate(() =>
        fetch('/v1/spaces/demo/__dev/reset', {
          method: 'POST',
          headers: {'content-type': 'application/json'},
          body: JSON.stringify({scenario: 'demo'}),
        }),
      );
      await tab.locator('portico-events [part~="visitor-name"]').fill('Margaret Hamilton');
      await tab.locator('portico-events [part~="visitor-email"]').fill('margaret@example.org');
      await tab.locator('portico-events [part~="register-button"]').click();
      await tab.locator('portico-events [part~="cancel-button"]').waitFor();
    },
  },
  // Back with the mailed link: "Cancel your registration?" above the public events.
  'events-visitor-cancel-link': {
    entry: 'events',
    html: '<portico-events></portico-events>',
    widths: [390, 1280],
    signedOut: true,
    async then(tab) {
      const key = await tab.evaluate(async () => {
        const post = (path, body) =>
          fetch(`/v1/spaces/demo${path}`, {
            method: 'POST',
            headers: {'content-type': 'application/json'},
            body: JSON.stringify(body),
          }).then((response) => response.json());
        await post('/__dev/reset', {scenario: 'demo'});
        const visitor = {name: 'Margaret Hamilton', email: 'margaret@example.org'};
        return (await post('/public-events/evt_winter_party/registrations', visitor)).cancelToken;
      });
      await tab.evaluate(
        (key) => document.querySelector('portico-events').setAttribute('cancel-key', key),
        key,
      );
      await tab.locator('portico-events [part~="visitor-cancel"]').waitFor();
    },
  },
  'booking-calendar': {
    html: `<portico-booking-calendar view="day" date="${soon}" resource-type="meeting_room"></portico-booking-calendar>`,
    width: 1200,
    // A member picks an hour in L'Atelier: the panel shows the quote and the credits it takes.
    async then(tab) {
      const free = tab.locator(
        'portico-booking-calendar [role="gridcell"][aria-label^="L\'Atelier, 2:"][aria-label$=": free"]',
      );
      await free.first().click();
      await tab.locator('portico-booking-calendar [part~="credits-used"]').waitFor();
    },
  },
  directory: {html: '<portico-directory></portico-directory>', widths: [390, 1280]},
  // Ada asked for Dan's email: a mailto link in place of "Show email".
  'directory-email': {
    entry: 'directory',
    html: '<portico-directory></portico-directory>',
    widths: [390, 1280],
    async then(tab) {
      const dan = tab.locator('portico-directory [part~="member"]', {hasText: 'Dan Brooks'});
      await dan.locator('[part~="email-button"]').click();
      await dan.locator('[part~="email"]').waitFor();
    },
  },
  // A visitor: the public listing, and a way in for members.
  'directory-visitor': {
    entry: 'directory',
    html: '<portico-directory></portico-directory>',
    widths: [390, 1280],
    signedOut: true,
  },
  posts: {html: '<portico-posts></portico-posts>', widths: [390, 1280]},
  // An open post: its Markdown body, the replies (Ada's own hidden one shows to her) and the form.
  'posts-open': {
    html: '<portico-posts post-id="post-coffee"></portico-posts>',
    widths: [390, 1280],
    entry: 'posts',
  },
  // A member taps the hot desk: its card, the quote and Confirm under the plan.
  'floor-plan': {
    html: `<portico-floor-plan date="${planDay}" time-start="09:00" time-end="13:00"></portico-floor-plan>`,
    width: 1280,
    then: (tab) => choosePlace(tab, 'Hot desk'),
    // The page's clock is the mock server's: the booking rules count from the same now.
    pinClock: true,
  },
  'floor-plan-phone': {
    entry: 'floor-plan',
    html: `<portico-floor-plan date="${planDay}" time-start="14:00" time-end="18:00" floor="canopee-first"></portico-floor-plan>`,
    width: 390,
    then: (tab) => choosePlace(tab, 'La Verrière'),
    pinClock: true,
  },
  // The hardest room names a space may write (longest, right to left, invisible characters)
  // stay inside their rooms. Last: it renames the rooms for the shots after it.
  'floor-plan-names': {
    entry: 'floor-plan',
    html: `<portico-floor-plan date="${planDay}" time-start="09:00" time-end="13:00" floor="canopee-first"></portico-floor-plan>`,
    widths: [390, 1280],
    pinClock: true,
    seed: (api) =>
      api.db.transaction((tx) => {
        for (const [id, name] of Object.entries(ROOM_NAMES))
          tx.put('resources', {...tx.get('resources', id), name});
      }),
  },
};

/** Clicks the place whose name starts with `name` and waits for its quote. */
async function choosePlace(tab, name) {
  await tab.locator(`portico-floor-plan .place[aria-label^="${name}"]`).click();
  await tab
    .locator('portico-floor-plan [part~="quote"], portico-floor-plan [part~="issue"]')
    .first()
    .waitFor();
}

const CSS = `
body { margin: 0; font-family: system-ui, sans-serif; background: var(--portico-sys-color-surface-container); color: var(--portico-sys-color-on-surface); }
main { padding: 24px; }
portico-provider { display: block; }
`;

const page = (name, {html, entry = name}) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${name}</title>
    <link rel="stylesheet" href="/portico/themes/tokens.css" />
    <link rel="stylesheet" href="/portico/themes/dark.css" />
    <link rel="stylesheet" href="/shots.css" />
    <script type="module" src="/portico/${entry}.js"></script>
  </head>
  <body>
    <main><portico-provider space="demo">${html}</portico-provider></main>
  </body>
</html>`;

const only = process.argv.slice(2);
const names = Object.keys(SHOTS).filter((name) => only.length === 0 || only.includes(name));
const mock = await startMockServer();
if (!mock.server) throw mock.error;
const pages = await startPageServer(new URL(mock.server.url).origin, {
  '/shots.css': CSS,
  ...Object.fromEntries(names.map((name) => [`/${name}.html`, page(name, SHOTS[name])])),
});
const browser = await chromium.launch({
  executablePath: CHROME_PATH,
  headless: true,
  args: CHROME_FLAGS,
});
mkdirSync(out, {recursive: true});
try {
  for (const name of names) {
    const shot = SHOTS[name];
    // A shot at several widths (a phone, a laptop) is named `<name>-<width>-<theme>.png`.
    const sizes = shot.widths
      ? shot.widths.map((width) => [width, `-${width}`])
      : [[shot.width, '']];
    shot.seed?.(mock.server.api);
    for (const [width, suffix] of sizes)
      for (const theme of ['light', 'dark']) {
        const context = await browser.newContext({
          viewport: {width, height: 900},
          timezoneId: TEST_TIME_ZONE,
        });
        // The mock server starts at TEST_NOW: the page's clock must agree, or its session has
        // already expired and every element shows "Sign in".
        await context.addInitScript(pinnedClockScript());
        const tab = await context.newPage();
        tab.on('pageerror', (error) => console.error(`${name}: ${error.message}`));
        await tab.goto(`${pages.origin}/${name}.html`, {waitUntil: 'load'});
        await tab.evaluate(
          (theme) => (document.documentElement.dataset.porticoTheme = theme),
          theme,
        );
        if (!shot.signedOut) {
          await tab.evaluate(async (email) => {
            const client = await document.querySelector('portico-provider').getClient();
            const {challengeId} = await client.auth.requestCode({email});
            const mailbox = await (
              await fetch(`/v1/spaces/demo/__dev/mailbox?email=${encodeURIComponent(email)}`)
            ).json();
            const code = mailbox.messages.find((message) => message.code)?.code;
            await client.auth.verifyCode({challengeId, code});
          }, shot.email ?? 'ada@example.com');
        }
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await shot.then?.(tab);
        const file = path.join(out, `${name}${suffix}-${theme}.png`);
        // The element and the page's padding around it, not the empty page below. The clip is on
        // the full page: an element can be taller than the viewport.
        const box = await (await tab.$('main')).boundingBox();
        const height = await tab.$eval(
          'portico-provider',
          (el) => el.getBoundingClientRect().bottom,
        );
        await tab.screenshot({
          path: file,
          clip: {x: 0, y: 0, width: box.width, height: Math.ceil(height) + 24},
          fullPage: true,
        });
        console.log(`wrote ${path.relative(root, file)}`);
        await context.close();
      }
  }
} finally {
  await browser.close();
  await pages.close();
  await mock.server.close();
}
