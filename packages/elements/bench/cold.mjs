// The cold start (issue #17), for bench/run.mjs: the calendar's first render in a fresh page
// (bench/cold-start.ts), its JS parsed and compiled in the timed region, until the frame
// showing the week is painted, against an unstyled createElement table of the same cells in
// a fresh page (bench/cold-baseline.ts). Also printed: when the calendar has made all its
// cells (the days off screen get theirs in a background task after that frame).
//
// Both pages are built like the CDN folder (bundles.mjs, productionPage), not from source: a
// page parses what the CDN serves it, half the bytes of a source bundle with the whole
// contract. Each run is a new browser context (nothing compiled or cached) and the two pages
// alternate. The wall clock is timed untraced: tracing slowed both pages by 2–13 ms here,
// which is not what a member's page pays. Each page also runs as often traced, for the main
// thread's own CPU time in the timed region, which other processes on a loaded machine do
// not inflate.
import {nodeModule, productionPage} from './bundles.mjs';

const RUNS = 15;
// The page's marks and the main thread's tasks: all `mainThreadCpu` reads.
const CATEGORIES = ['blink.user_timing', 'toplevel'];
const BLANK = '<!doctype html><html lang="en"><body></body></html>';

const middle = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/**
 * One fresh page: inserts `page.code` and waits for its `window.coldResult`, traced with
 * `categories` unless null. Other `categories` and the `events` are for bench/cold-trace.mjs.
 */
export async function run(browser, page, data, categories = CATEGORIES) {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  try {
    // The page's origin serves its lazy chunks, as the CDN would (a readonly first render
    // asks for none).
    await context.route('https://bench.invalid/**', (route) => {
      const path = new URL(route.request().url()).pathname;
      const body = path === '/' ? BLANK : page.lazy.get(path);
      if (body === undefined) console.error(`[bench] the cold page asked for ${path}`);
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
    const events = [];
    const cdp = categories && (await context.newCDPSession(fresh));
    const traced = cdp && new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    if (cdp) {
      cdp.on('Tracing.dataCollected', ({value}) => events.push(...value));
      await cdp.send('Tracing.start', {traceConfig: {includedCategories: categories}});
    }
    const ms = await fresh.evaluate((source) => {
      performance.mark('cold-start');
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
    }, page.code);
    if (cdp) {
      await cdp.send('Tracing.end');
      await traced;
    }
    const evaluated = await fresh.evaluate(() => window.coldEvaluated);
    // The calendar's days off screen get their cells after the first frame: until when.
    const complete = await fresh.evaluate(() => window.coldComplete);
    return {ms, cpu: mainThreadCpu(events), evaluated, complete, events};
  } finally {
    await context.close();
  }
}

/**
 * The main thread's CPU time between the page's marks `cold-start` and `cold-end`, in ms: the
 * thread time of each of its tasks in the region (the share inside it, for the two at its
 * edges), the frame's style, layout and paint included.
 */
export function mainThreadCpu(events) {
  const mark = (name) => events.find((e) => e.name === name && e.cat.includes('user_timing'));
  const [start, end] = [mark('cold-start'), mark('cold-end')];
  if (!start || !end) return NaN;
  let cpu = 0;
  for (const e of events) {
    if (e.name !== 'ThreadControllerImpl::RunTask' || e.tid !== start.tid || !e.dur) continue;
    const inside = Math.min(e.ts + e.dur, end.ts) - Math.max(e.ts, start.ts);
    if (inside > 0) cpu += ((e.tdur ?? 0) * inside) / e.dur;
  }
  return cpu / 1000;
}

/**
 * Runs both pages {@link RUNS} times untraced (wall clock) and as many times traced (CPU), and
 * returns the lines `npm run bench` prints.
 */
export async function coldStart(browser) {
  const pages = {
    calendar: await productionPage('./cold-start.ts'),
    baseline: await productionPage('./cold-baseline.ts'),
  };
  const data = (await nodeModule('./fixtures.ts')).benchData();
  const seen = {calendar: [], baseline: []};
  for (let i = 0; i < RUNS; i++) {
    for (const which of i % 2 ? ['baseline', 'calendar'] : ['calendar', 'baseline']) {
      const {cpu} = await run(browser, pages[which], data);
      seen[which].push({...(await run(browser, pages[which], data, null)), cpu});
    }
  }
  const of = (which, key) => middle(seen[which].map((r) => r[key]));
  const f = (ms) => `${ms.toFixed(1)} ms`;
  const ratio = (key) => `${(of('calendar', key) / of('baseline', key)).toFixed(2)}×`;
  return [
    `  cold start    calendar ${f(of('calendar', 'ms'))} (its JS parsed and run: ${f(of('calendar', 'evaluated'))}; all 8,400 cells made: ${f(of('calendar', 'complete'))})   unstyled createElement table ${f(of('baseline', 'ms'))}   ratio ${ratio('ms')} (goal ≤ 2×; fresh page, CDN build, JS parsed in the timed region, median of ${RUNS})`,
    `                main thread's CPU time: calendar ${f(of('calendar', 'cpu'))}   table ${f(of('baseline', 'cpu'))}   ratio ${ratio('cpu')} (traced runs; other processes do not inflate it)`,
  ].join('\n');
}
