#!/usr/bin/env node
// The end-to-end journeys in the two other engines members use, each browser from Debian:
// Firefox ESR (puppeteer-core over WebDriver BiDi) and WebKitGTK's MiniBrowser (WebKitWebDriver,
// classic WebDriver, under Xvfb). In each, in a fresh browser per journey, whose pages start
// their clock at TEST_NOW: the demo portal (`npm start`'s server; sign in with the code from the
// dev mailbox, book a slot, cancel it) and examples/html's page (its widgets render), with no
// console error, page error or CSP violation. Chromium runs the full journeys (demo, e2e).
//
//   node --conditions=source --import tsx scripts/engines.mjs [firefox] [webkit]
//
// Needs the CDN folder (node scripts/build.mjs --cdn; `npm start`'s script builds it too).
// Prints one line per check, named "<engine>: <journey>: <step>"; a failing step leaves a
// screenshot in test-results/engines/. With PORTICO_SUMMARY_FILE set, writes {passed, failed}.
import {rmSync} from 'node:fs';
import {startSite} from '../examples/html/server.mjs';
import {launchFirefox} from './e2e/engines/firefox.mjs';
import {SHOTS_DIR, htmlPageJourney, portalJourney} from './e2e/engines/journeys.mjs';
import {launchWebKit} from './e2e/engines/webkit.mjs';
import {Checks, report} from './e2e/lib/checks.mjs';
import {startDemo} from './e2e/lib/demo-server.mjs';
import {TEST_NOW} from './lib/test-clock.mjs';

const ENGINES = {firefox: launchFirefox, webkit: launchWebKit};
const only = process.argv.slice(2);
const unknown = only.filter((name) => !(name in ENGINES));
if (unknown.length > 0) {
  console.error(
    `unknown engine(s): ${unknown.join(', ')}; known: ${Object.keys(ENGINES).join(', ')}`,
  );
  process.exit(2);
}

const checks = new Checks();
const started = performance.now();
rmSync(SHOTS_DIR, {recursive: true, force: true});
const demo = await startDemo();
const site = await startSite({now: TEST_NOW});
try {
  for (const [engine, launch] of Object.entries(ENGINES)) {
    if (only.length > 0 && !only.includes(engine)) continue;
    for (const [journey, run, origin] of [
      ['examples/html', htmlPageJourney, site.url],
      ['portal', portalJourney, demo.origin],
    ]) {
      const at = performance.now();
      let tab;
      try {
        tab = await launch();
      } catch (error) {
        checks.check(
          `${engine}: ${journey}: the browser starts`,
          false,
          error?.stack ?? String(error),
        );
        continue;
      }
      if (journey === 'examples/html') console.log(`\n── ${tab.name}`);
      try {
        await run(tab, checks, origin);
      } catch (error) {
        checks.check(
          `${tab.name}: ${journey}: the journey runs`,
          false,
          error?.stack ?? String(error),
        );
      } finally {
        await tab.close().catch(() => undefined);
      }
      console.log(`  ${journey} in ${((performance.now() - at) / 1000).toFixed(1)} s`);
    }
  }
} finally {
  await site.close();
  demo.child.kill('SIGTERM');
}

process.exitCode = report(
  checks,
  'engines',
  ` in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
