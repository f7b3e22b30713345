#!/usr/bin/env node
// Where the cold start's wall time goes (issue #17): `node bench/cold-trace.mjs [table] [runs]`
// traces bench/cold.mjs's fresh-page runs of the calendar (or the createElement table) and
// prints, per run, the main thread's wall and CPU time in each phase of the timed region, and
// the CPU the renderer's other threads (V8's concurrent Maglev/Turbofan compilers, GC helpers)
// used meanwhile. A phase whose CPU is far below its wall time is one in which the main thread
// was runnable but off the CPU; a wait (timer, frame, observer, lazy chunk) would show as a
// second main-thread task in the region instead.
import {chromium} from 'playwright-core';
import {CHROME_FLAGS, CHROME_PATH} from '../../../scripts/lib/chrome.mjs';
import {nodeModule, productionPage} from './bundles.mjs';
import {run} from './cold.mjs';

const table = process.argv[2] === 'table';
const runs = Number(process.argv[table ? 3 : 2] ?? 5);
const CATEGORIES = ['blink', 'v8', 'toplevel'];

const ms = (us) => (us / 1000).toFixed(1);
const share = (wall, cpu) => `${ms(wall)} wall ${ms(cpu)} cpu (${Math.round((100 * cpu) / wall)}%)`;

/** One run's line: the timed region's main-thread tasks and its script task's phases. */
function phases(events, wall) {
  const task = events.find((e) => e.name === 'PendingScript::ExecuteScriptBlock' && e.dur);
  const end = task.ts + task.dur;
  const start = end - wall * 1000; // the region ends with the script's task (coldSameTask)
  const sum = (list, key) => list.reduce((total, e) => total + (e[key] ?? 0), 0);
  const main = (e) => e.pid === task.pid && e.tid === task.tid && e.ph === 'X';
  const within = (e, from, to) => e.ts >= from && e.ts < to;
  const tasks = events.filter(
    (e) =>
      main(e) && e.name === 'ThreadControllerImpl::RunTask' && e.ts + e.dur > start && e.ts < end,
  );
  const before = tasks.filter((e) => e.ts + e.dur <= task.ts);
  const layout = events
    .filter(
      (e) => main(e) && e.name === 'Document::UpdateStyleAndLayout' && within(e, task.ts, end),
    )
    .reduce((a, b) => (b.dur > a.dur ? b : a));
  const gc = events.filter(
    (e) => main(e) && /^(Minor|Major)GC$/.test(e.name) && within(e, task.ts, end),
  );
  const others = events.filter(
    (e) =>
      e.pid === task.pid &&
      e.tid !== task.tid &&
      e.name === 'ThreadPool_RunTask' &&
      within(e, task.ts, end),
  );
  return [
    `${ms(wall * 1000)} ms: the script's task from ${ms(task.ts - start)} ms, ${tasks.filter((e) => e.ts >= end).length} task(s) after it`,
    `  before it ${before.length} task(s), ${ms(sum(before, 'tdur'))} ms cpu (the insert: compiles the module)`,
    `  script task ${share(task.dur, task.tdur)}`,
    `  JS before layout ${share(layout.ts - task.ts, task.tdur - layout.tdur)}`,
    `  style+layout ${share(layout.dur, layout.tdur)}`,
    `  GC ${gc.length}× ${share(sum(gc, 'dur'), sum(gc, 'tdur'))}`,
    `  renderer's other threads ${ms(sum(others, 'tdur'))} ms cpu`,
  ].join(' |');
}

const page = await productionPage(table ? './cold-baseline.ts' : './cold-start.ts');
const data = (await nodeModule('./fixtures.ts')).benchData();
const browser = await chromium.launch({
  executablePath: CHROME_PATH,
  args: [...CHROME_FLAGS, '--js-flags=--expose-gc'],
  headless: true,
});
try {
  for (let i = 0; i < runs; i++) {
    const result = await run(browser, page, data, CATEGORIES);
    console.log(phases(result.events, result.ms));
  }
} finally {
  await browser.close();
}
