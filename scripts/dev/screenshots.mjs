#!/usr/bin/env node
// Screenshots of every element in a plain host page, signed in as a seeded member, in the light
// and dark themes: docs/elements/<element>-<theme>.png. Needs the CDN folder
// (`node scripts/build.mjs --cdn`).
//
//   node --conditions=source --import tsx scripts/dev/screenshots.mjs [element ...]
import {mkdirSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {CHROME_FLAGS, CHROME_PATH} from '../lib/chrome.mjs';
import {startMockServer, startPageServer} from '../lib/page-server.mjs';
import {TEST_TIME_ZONE, pinnedClockScript} from '../lib/test-clock.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = path.join(root, 'docs/elements');

/** A weekday two or more days ahead: today's past hours would grey out most of the grid. */
const soon = (() => {
  let day = new Date(Date.now() + 2 * 86_400_000);
  while ([0, 6].includes(day.getUTCDay())) day = new Date(day.getTime() + 86_400_000);
  return day.toISOString().slice(0, 10);
})();

/** Shot → the markup shown, its width, who is signed in, and its element when not its name. */
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
  events: {html: '<portico-events></portico-events>', width: 1280},
  // A member opened an event with one seat left and pressed Register: the quote.
  'events-detail': {
    element: 'events',
    html: '<portico-events event-id="evt_a11y_workshop"></portico-events>',
    width: 1280,
    async then(tab) {
      await tab.locator('portico-events [part~="register-button"]').click();
      await tab.locator('portico-events [part~="total"]').waitFor();
    },
  },
  'events-phone': {element: 'events', html: '<portico-events></portico-events>', width: 390},
  'events-detail-phone': {
    element: 'events',
    html: '<portico-events event-id="evt_pitch_practice"></portico-events>',
    width: 390,
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
};

const CSS = `
body { margin: 0; font-family: system-ui, sans-serif; background: var(--portico-sys-color-surface-container); color: var(--portico-sys-color-on-surface); }
main { padding: 24px; }
portico-provider { display: block; }
`;

const page = (name, {html, element = name}) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${name}</title>
    <link rel="stylesheet" href="/portico/themes/tokens.css" />
    <link rel="stylesheet" href="/portico/themes/dark.css" />
    <link rel="stylesheet" href="/shots.css" />
    <script type="module" src="/portico/${element}.js"></script>
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
    for (const theme of ['light', 'dark']) {
      const context = await browser.newContext({
        viewport: {width: shot.width, height: 900},
        timezoneId: TEST_TIME_ZONE,
      });
      // The page's clock is the mock server's (TEST_NOW): a session it signs is valid here.
      await context.addInitScript(pinnedClockScript());
      const tab = await context.newPage();
      tab.on('pageerror', (error) => console.error(`${name}: ${error.message}`));
      await tab.goto(`${pages.origin}/${name}.html`, {waitUntil: 'load'});
      await tab.evaluate((theme) => (document.documentElement.dataset.porticoTheme = theme), theme);
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
      const file = path.join(out, `${name}-${theme}.png`);
      // The element and the page's padding around it, not the empty page below. The clip is on
      // the full page: an element can be taller than the viewport.
      const box = await (await tab.$('main')).boundingBox();
      const height = await tab.$eval('portico-provider', (el) => el.getBoundingClientRect().bottom);
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
