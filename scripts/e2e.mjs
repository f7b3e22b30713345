#!/usr/bin/env node
// End-to-end tests in Chromium (Debian's, never a downloaded one) against the real mock server
// over HTTP:
//   - examples/html: the member journey (browse as a visitor, sign in with the code from the dev
//     mailbox, accept new terms, complete the profile, book a room for tomorrow, credits drop,
//     a double booking answers 409, a second browser's booking appears live, buy a credit pack
//     with a discount code, cancel with a refund, sign out) and the page's quality (no console
//     error or CSP violation, CLS < 0.05, one request per query, nothing from another origin,
//     the bytes it downloads).
//   - examples/react and examples/vue: built with Vite, their widgets and SDK view render.
//   - back-online: two tabs of one member see a booking made during a 5 s network outage
//     within 1 s of the network returning (BACK_ONLINE_RUNS sets how many outages; 2).
//
//   - examples/node: run as a process; an unknown ROOM lists the rooms and exits with 2.
//
//   node --conditions=source --import tsx scripts/e2e.mjs [html] [react] [vue] [back-online] [node]
//
// Needs the CDN folder (node scripts/build.mjs --cdn; `npm test` builds it). Prints one line per
// check; screenshots of each step go to test-results/e2e/ when a journey fails. With
// PORTICO_SUMMARY_FILE set, writes {passed, failed} there for scripts/test.mjs.
import {rmSync} from 'node:fs';
import {backOnline} from './e2e/back-online.mjs';
import {frameworkSmoke} from './e2e/framework-smoke.mjs';
import {htmlJourney} from './e2e/html/journey.mjs';
import {launch} from './e2e/lib/browser.mjs';
import {Checks, report} from './e2e/lib/checks.mjs';
import {SHOTS_DIR} from './e2e/lib/journey.mjs';
import {nodeExample} from './e2e/node-example.mjs';

const checks = new Checks();
const only = process.argv.slice(2);
const wanted = (name) => only.length === 0 || only.includes(name);

rmSync(SHOTS_DIR, {recursive: true, force: true});
const browser = await launch();
try {
  if (wanted('html')) {
    console.log('\n── examples/html: the member journey');
    await htmlJourney(browser, checks);
  }
  for (const name of ['react', 'vue']) {
    if (!wanted(name)) continue;
    console.log(`\n── examples/${name}: built with Vite, rendered in Chromium`);
    await frameworkSmoke(browser, checks, name);
  }
  if (wanted('back-online')) {
    console.log('\n── examples/html: back online after an outage, caught up at once');
    await backOnline(browser, checks);
  }
  if (wanted('node')) {
    console.log('\n── examples/node: run as a process');
    await nodeExample(checks);
  }
} catch (error) {
  checks.check('the end-to-end tests run', false, error?.stack ?? String(error));
} finally {
  await browser.close();
}

process.exitCode = report(checks, 'e2e');
