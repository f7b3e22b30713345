#!/usr/bin/env node
// `npm run bench -w @portico/elements`: bundles bench/calendar-bench.ts (production Lit, no
// response validation), runs it in headless Chromium (through playwright-core) and prints the
// calendar's first render and update after one availability change against a direct-DOM
// baseline of the same cells; then the cold start (issue #17): the calendar's first render in
// a fresh page, its JS parsed and compiled in the timed region (bench/cold-start.ts), against
// an unstyled createElement table of the same cells in a fresh page (bench/cold-baseline.ts);
// and the floor plan's 500 desks against the same SVG built with direct DOM calls
// (bench/floor-plan-bench.ts).
import {chromium} from 'playwright-core';
import {CHROME_FLAGS, CHROME_PATH} from '../../../scripts/lib/chrome.mjs';
import {bundleOf} from './bundles.mjs';
import {coldStart} from './cold.mjs';

const calendarBench = await bundleOf('./calendar-bench.ts', {minify: false});

const browser = await chromium.launch({
  executablePath: CHROME_PATH,
  // --expose-gc: the bench collects garbage between runs, so no run pays for another's.
  args: [...CHROME_FLAGS, '--js-flags=--expose-gc'],
  headless: true,
});
try {
  const page = await browser.newPage({viewport: {width: 1280, height: 900}});
  page.on('console', (m) => console.log('[page]', m.text()));
  page.on('pageerror', (error) => console.error('[bench] page error:', error));
  await page.setContent('<!doctype html><html lang="en"><body></body></html>');
  await page.addScriptTag({content: calendarBench, type: 'module'});
  await page.waitForFunction(() => 'benchResult' in window);
  const r = await page.evaluate(() => window.benchResult);
  const f = (ms) => `${ms.toFixed(1)} ms`;
  console.log(
    `<portico-booking-calendar>: 50 resources × 7 days at 30-minute slots (${r.cells} cells), median of ${r.runs} runs`,
  );
  const range = ([low, high]) => `${low.toFixed(0)}–${high.toFixed(0)} ms`;
  console.log(
    `  first render  calendar ${f(r.element)}   baseline (direct DOM) ${f(r.baseline)}   ratio ${(r.element / r.baseline).toFixed(2)}× (goal ≤ 1.3×)`,
  );
  console.log(
    `                middle half of the runs: calendar ${range(r.elementSpread)}, baseline ${range(r.baselineSpread)}`,
  );
  console.log(
    `  update        calendar ${f(r.elementUpdate)}   baseline (direct DOM) ${f(r.baselineUpdate)}   (goal < 16 ms)`,
  );

  // The floor plan (issue #21): 500 desks, first paint after data and one availability change.
  const floorPage = await browser.newPage({viewport: {width: 1280, height: 900}});
  floorPage.on('pageerror', (error) => console.error('[bench] page error:', error));
  await floorPage.setContent('<!doctype html><html lang="en"><body></body></html>');
  await floorPage.addScriptTag({content: await bundleOf('./floor-plan-bench.ts'), type: 'module'});
  await floorPage.waitForFunction(() => 'floorBenchResult' in window);
  const p = await floorPage.evaluate(() => window.floorBenchResult);
  await floorPage.close();
  console.log(`<portico-floor-plan>: one floor of ${p.desks} desks, median of ${p.runs} runs`);
  console.log(
    `  first paint after data  plan ${f(p.element)}   baseline (direct DOM SVG) ${f(p.baseline)}   ratio ${(p.element / p.baseline).toFixed(2)}× (goal ≤ 1.5×)`,
  );
  console.log(
    `                middle half of the runs: plan ${range(p.elementSpread)}, baseline ${range(p.baselineSpread)}`,
  );
  console.log(
    `  update        plan ${f(p.elementUpdate)}   baseline (direct DOM) ${f(p.baselineUpdate)}   (goal < 16 ms)`,
  );

  console.log(await coldStart(browser));
} finally {
  await browser.close();
}
