#!/usr/bin/env node
// `npm run bench -w @portico/elements`: bundles bench/calendar-bench.ts (production Lit, no
// response validation), runs it in headless Chromium (through playwright-core) and prints the
// calendar's first render and update after one availability change against a direct-DOM
// baseline of the same cells; then the cold start (issue #17): the calendar's first render in
// a fresh page, its JS parsed and compiled in the timed region (bench/cold-start.ts), against
// an unstyled createElement table of the same cells in a fresh page (bench/cold-baseline.ts);
// and the floor plan's 500 desks against the same SVG built with direct DOM calls
// (bench/floor-plan-bench.ts).
//
// The cold pages are built like the CDN folder (rollup.config.mjs's production plugins:
// templates minified, terser, lazy chunks left lazy), not from source with esbuild: a page
// parses what the CDN serves it, half the bytes of a source bundle with the whole contract.
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {chromium} from 'playwright-core';
import {rollup} from 'rollup';
import {browserPlugins, isVendorNoise} from '../../../rollup.config.mjs';
import {CHROME_FLAGS, CHROME_PATH} from '../../../scripts/lib/chrome.mjs';

/** One bench file as the page's single production module. */
const bundleOf = async (file, options = {}) =>
  (
    await build({
      entryPoints: [fileURLToPath(new URL(file, import.meta.url))],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      conditions: ['source', 'browser'],
      tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
      define: {'process.env.NODE_ENV': '"production"'},
      logLevel: 'warning',
      ...options,
    })
  ).outputFiles[0].text;

/**
 * One cold page as the CDN builds it: its entry file's code, inserted in the timed region,
 * and its lazy chunks by file name (served if the first render asks for one).
 */
async function productionPage(file) {
  const bundle = await rollup({
    input: fileURLToPath(new URL(file, import.meta.url)),
    plugins: browserPlugins(),
    onwarn: (warning, warn) => isVendorNoise(warning) || warn(warning),
  });
  const {output} = await bundle.generate({format: 'es'});
  await bundle.close();
  const [entry, ...lazy] = output.filter((item) => item.type === 'chunk');
  return {code: entry.code, lazy: new Map(lazy.map((chunk) => [`/${chunk.fileName}`, chunk.code]))};
}

/** The data the cold start finds in its store (bench/fixtures.ts), computed here, outside the page. */
async function coldData() {
  const code = await bundleOf('./fixtures.ts', {platform: 'node'});
  const fixtures = await import(
    `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
  );
  return fixtures.benchData();
}

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

  // The cold start: each run in a new page (a new context: nothing compiled or cached).
  const pages = {
    calendar: await productionPage('./cold-start.ts'),
    baseline: await productionPage('./cold-baseline.ts'),
  };
  const data = await coldData();
  const cold = {calendar: [], baseline: [], evaluated: []};
  const COLD_RUNS = 9;
  for (let i = 0; i < COLD_RUNS; i++) {
    for (const which of i % 2 ? ['baseline', 'calendar'] : ['calendar', 'baseline']) {
      const context = await browser.newContext({viewport: {width: 1280, height: 900}});
      // The page's origin serves its lazy chunks, as the CDN would.
      await context.route('https://bench.invalid/**', (route) => {
        const path = new URL(route.request().url()).pathname;
        const body =
          path === '/'
            ? '<!doctype html><html lang="en"><body></body></html>'
            : pages[which].lazy.get(path);
        if (body === undefined) console.error(`[bench] ${which} asked for ${path}`);
        return route.fulfill({
          status: body === undefined ? 404 : 200,
          contentType: path === '/' ? 'text/html' : 'text/javascript',
          body: body ?? '',
        });
      });
      const fresh = await context.newPage();
      fresh.on('pageerror', (error) => console.error('[bench] page error:', error));
      await fresh.goto('https://bench.invalid/');
      // The data is there before the timed region: a page that already had it in its store.
      await fresh.evaluate((d) => (window.coldData = d), data);
      cold[which].push(
        await fresh.evaluate((source) => {
          window.coldStart = performance.now();
          const script = document.createElement('script');
          script.type = 'module';
          script.textContent = source;
          document.head.append(script);
          return new Promise((resolve, reject) => {
            const wait = () =>
              window.coldResult ? window.coldResult.then(resolve, reject) : setTimeout(wait);
            wait();
          });
        }, pages[which].code),
      );
      if (which === 'calendar')
        cold.evaluated.push(await fresh.evaluate(() => window.coldEvaluated));
      await context.close();
    }
  }
  const middle = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  const calendarCold = middle(cold.calendar);
  const baselineCold = middle(cold.baseline);
  console.log(
    `  cold start    calendar ${f(calendarCold)} (its JS parsed and run: ${f(middle(cold.evaluated))})   unstyled createElement table ${f(baselineCold)}   ratio ${(calendarCold / baselineCold).toFixed(2)}× (goal ≤ 2×; fresh page, JS parsed in the timed region, median of ${COLD_RUNS})`,
  );
} finally {
  await browser.close();
}
