#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse 12 (mobile preset, its default: a mid-range phone on a slow
// 4G link, simulated) on the demo portal that `npm start` serves, as a visitor first sees it
// (/members/), with the system Chromium (chrome-launcher, never a downloaded browser). Prints
// the four category scores and the load metrics (time to interactive among them) of each run
// and their median; issue #17's goal: performance 100, time to interactive under 2.5 s.
//
//   npm run lighthouse [-- --runs 3]     writes test-results/lighthouse/report.json (last run)
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import {startDemo} from './e2e/lib/demo-server.mjs';
import {CHROME_FLAGS, CHROME_PATH} from './lib/chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  interactive: 'TTI',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'SI',
};

const {origin, child} = await startDemo();
const chrome = await chromeLauncher.launch({
  chromePath: CHROME_PATH,
  chromeFlags: CHROME_FLAGS,
});
const results = [];
let last;
try {
  for (let run = 1; run <= RUNS; run++) {
    const {lhr} = await lighthouse(`${origin}/members/`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    last = lhr;
    const scores = Object.fromEntries(
      CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
    );
    const metrics = Object.fromEntries(
      Object.entries(METRICS).map(([id, name]) => [name, lhr.audits[id]?.numericValue ?? NaN]),
    );
    results.push({scores, metrics});
    console.log(
      `run ${run}: ${CATEGORIES.map((id) => `${id} ${scores[id]}`).join(', ')}; ` +
        Object.entries(metrics)
          .map(
            ([name, value]) =>
              `${name} ${name === 'CLS' ? value.toFixed(3) : `${Math.round(value)} ms`}`,
          )
          .join(', '),
    );
  }
} finally {
  await chrome.kill();
  child.kill();
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const performance = median(results.map((each) => each.scores.performance));
const tti = median(results.map((each) => each.metrics.TTI));
console.log(
  `\nmedian of ${RUNS}: performance ${performance}, time to interactive ${Math.round(tti)} ms ` +
    `(goal: 100 and < 2500 ms)`,
);
const dir = path.join(root, 'test-results/lighthouse');
mkdirSync(dir, {recursive: true});
writeFileSync(path.join(dir, 'report.json'), JSON.stringify(last, null, 2));
console.log(`wrote ${path.relative(root, dir)}/report.json (the last run)`);
