#!/usr/bin/env node
// `npm run bench -w @portico/elements`: bundles bench/calendar-bench.ts (production Lit, no
// response validation), runs it in headless Chromium (through playwright-core) and prints the
// calendar's first render and update after one availability change against a direct-DOM
// baseline of the same cells.
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {chromium} from 'playwright-core';
import {CHROME_FLAGS, CHROME_PATH} from '../../../scripts/lib/chrome.mjs';

const entry = fileURLToPath(new URL('./calendar-bench.ts', import.meta.url));
const bundle = await build({
  entryPoints: [entry],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  conditions: ['source', 'browser'],
  tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
  define: {'process.env.NODE_ENV': '"production"'},
  logLevel: 'warning',
});

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
  await page.addScriptTag({content: bundle.outputFiles[0].text, type: 'module'});
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
} finally {
  await browser.close();
}
