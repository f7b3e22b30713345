#!/usr/bin/env node
// `npm test`: every suite, in order, each one's output shown, going on after a failure:
//
//   typecheck   tsc; the elements' manifest; the React and Vue examples' generated element
//               types checked against it; vue-tsc over the Vue example   one test per step
//   sdk         node:test over packages/sdk/test/**/*.test.ts          (tsx, `source` condition)
//   mock-server node:test over packages/mock-server/test/**/*.test.ts
//   browser     @web/test-runner: element tests + the story smoke test  (web-test-runner.config.mjs)
//   cdn         builds dist/portico.js, then scripts/smoke-cdn.mjs loads it in Chromium
//   size        scripts/size.mjs: each page of issue #17's table within its gzip budget
//               (the CDN folder bundled in memory, ~15 s)                 one test per row
//   demo        scripts/demo-e2e.mjs: runs `npm start`'s server and drives the demo portal
//   e2e         scripts/e2e.mjs: the member journey through examples/html and its quality
//               checks, and the React and Vue examples built and rendered (Chromium)
//   engines     scripts/engines.mjs: the portal's sign-in, booking and cancel, and examples/html's
//               widgets, in Firefox ESR (WebDriver BiDi) and WebKitGTK (WebDriver, under Xvfb)
//   lint        npm run lint                                           counts as 1 test
//
// The last line is always `N passed, N failed` summed over the suites; the exit code is 1 when
// anything failed or a suite crashed (a crash, a non-zero exit with no failure reported, or a
// suite that ran no test, counts as one failure), and the failed tests are named above that
// line. `node scripts/test.mjs sdk browser` runs only the named suites.
//
// `PORTICO_TEST_AT=sunday npm test` runs the suites that read a clock under Debian's `faketime`
// at that instant and in its machine zone (scripts/lib/instants.mjs); the others run as usual.
import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {CLOCK_SUITES, FAKETIME_MISSING, hasFaketime, instant} from './lib/instants.mjs';
import {formatMs, run as runProcess} from './lib/run.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const resultsDir = path.join(root, 'test-results');
// Each run's suite summaries go to a folder of its own, so two runs at once (or a run next to a
// single suite started by hand) cannot delete or overwrite each other's counts.
const summariesDir = mkdtempSync(path.join(tmpdir(), 'portico-test-'));
const node = process.execPath;
const bin = (file) => path.join(root, 'node_modules', file);
const MINUTE = 60_000;
/** Whole-suite watchdog: past this, the suite is stopped and counted as failed. */
const SUITE_TIMEOUT = 10 * MINUTE;

let at;
try {
  at = process.env.PORTICO_TEST_AT ? instant(process.env.PORTICO_TEST_AT) : undefined;
} catch (error) {
  console.error(`PORTICO_TEST_AT: ${error.message}`);
  process.exit(2);
}
if (at && !hasFaketime()) {
  console.error(FAKETIME_MISSING);
  process.exit(2);
}
/** Set while a clock-reading suite runs with PORTICO_TEST_AT: its commands run at `at`. */
let clockMoved = false;

/** Runs a suite's command, under faketime in the instant's zone while `clockMoved`. */
function run(command, args, options = {}) {
  if (!clockMoved) return runProcess(command, args, options);
  return runProcess('faketime', [at.at, command, ...args], {
    ...options,
    env: {...options.env, TZ: at.tz},
  });
}

/** Test files under `dir` (relative to the root) whose names end in .test.ts. */
function testFiles(dir) {
  const absolute = path.join(root, dir);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute, {recursive: true})
    .map(String)
    .filter((file) => file.endsWith('.test.ts') && !file.split(path.sep).includes('node_modules'))
    .map((file) => path.join(dir, file))
    .sort();
}

/**
 * Reads the {passed, failed} JSON summary a suite wrote: the whole file, or else its last line
 * (reporters that append running totals). Null when it is missing or unreadable.
 */
function readSummary(file) {
  try {
    const text = readFileSync(file, 'utf8').trim();
    try {
      return JSON.parse(text);
    } catch {
      return JSON.parse(text.split('\n').at(-1));
    }
  } catch {
    return null;
  }
}

/** A suite's counts; a suite that wrote none (it crashed, or never ran a test) is a failure. */
function summaryOf(file) {
  const summary = readSummary(file);
  if (summary && summary.passed + summary.failed > 0) return summary;
  return {
    passed: 0,
    failed: 1,
    failures: [summary ? 'it ran no test at all' : `it wrote no summary (${path.basename(file)})`],
  };
}

/** A suite that counts as one test: passed when the command exits with 0. */
const single = (command, args) => async () => {
  const {code} = await run(command, args, {cwd: root, inherit: true, timeoutMs: SUITE_TIMEOUT});
  return code === 0
    ? {passed: 1, failed: 0}
    : {
        passed: 0,
        failed: 1,
        failures: [`${path.basename(command)} exited with code ${code} (see above)`],
      };
};

/**
 * Types, each step one test: the whole tree with tsc (the React example's JSX included); the
 * elements' manifest, then the React and Vue examples' element types generated from it, which
 * must be what is committed; the Vue example's templates with vue-tsc.
 */
async function typecheck() {
  const steps = [
    ['tsc', node, [bin('typescript/bin/tsc'), '-p', 'tsconfig.json', '--noEmit']],
    ['custom elements manifest', 'npm', ['run', '--silent', 'analyze']],
    [
      'examples/react: JSX types match the manifest',
      node,
      ['examples/react/scripts/jsx-types.mjs', '--check'],
    ],
    [
      'examples/vue: template types match the manifest',
      node,
      ['examples/vue/scripts/vue-types.mjs', '--check'],
    ],
    [
      'examples/vue: vue-tsc',
      node,
      [bin('vue-tsc/bin/vue-tsc.js'), '-p', 'examples/vue/tsconfig.json'],
    ],
  ];
  const result = {passed: 0, failed: 0, failures: []};
  for (const [name, command, args] of steps) {
    const {code} = await run(command, args, {cwd: root, inherit: true, timeoutMs: 5 * MINUTE});
    if (code === 0) {
      result.passed++;
      console.log(`✔ ${name}`);
    } else {
      result.failed++;
      result.failures.push(`${name} (exit code ${code}, see above)`);
      console.log(`✖ FAILED ${name}`);
    }
  }
  return result;
}

/** node:test over one package's test folder, counted by scripts/lib/node-test-summary.mjs. */
const nodeTests = (pkg) => async () => {
  const files = testFiles(`packages/${pkg}/test`);
  if (files.length === 0) {
    console.log(`no test files in packages/${pkg}/test`);
    return {passed: 0, failed: 0};
  }
  const summaryFile = path.join(summariesDir, `node-${pkg}.json`);
  const {code} = await run(
    node,
    [
      '--conditions=source',
      // Response validation against the contract is on in development (`#dev-mode`).
      '--conditions=development',
      '--import',
      'tsx',
      '--test',
      '--test-concurrency=2',
      // A test that hangs fails after 2 minutes, and a file whose leaked handles would keep
      // it alive ends once its tests are done.
      '--test-timeout=120000',
      '--test-force-exit',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      `--test-reporter=${path.join(root, 'scripts/lib/node-test-summary.mjs')}`,
      `--test-reporter-destination=${summaryFile}`,
      ...files,
    ],
    {cwd: root, inherit: true, timeoutMs: SUITE_TIMEOUT},
  );
  return {...summaryOf(summaryFile), code};
};

async function browserTests() {
  const summaryFile = path.join(summariesDir, 'wtr.json');
  const {code} = await run(
    node,
    [bin('@web/test-runner/dist/bin.js'), '--config', 'web-test-runner.config.mjs'],
    {
      cwd: root,
      inherit: true,
      env: {PORTICO_WTR_REPORT: summaryFile},
      timeoutMs: SUITE_TIMEOUT,
    },
  );
  return {...summaryOf(summaryFile), code};
}

/**
 * True once the CDN folder was built in this run (the cdn suite builds it first), or by the
 * caller (scripts/test-any-hour.mjs builds it once for its three runs).
 */
let cdnBuilt = process.env.PORTICO_CDN_BUILT === '1';

async function buildCdn() {
  if (cdnBuilt) return true;
  const build = await run(node, ['scripts/build.mjs', '--cdn'], {
    cwd: root,
    inherit: true,
    timeoutMs: 5 * MINUTE,
  });
  cdnBuilt = build.code === 0;
  return cdnBuilt;
}

/** Tells a suite that starts `npm start`'s server that this run has built the CDN folder. */
const builtCdn = () => (cdnBuilt ? {PORTICO_CDN_BUILT: '1'} : {});

async function cdnSmoke() {
  if (!(await buildCdn())) {
    console.log('✖ FAILED building packages/elements/dist/portico.js; the smoke test did not run');
    return {passed: 0, failed: 1};
  }
  const summaryFile = path.join(summariesDir, 'cdn-smoke.json');
  const {code} = await run(
    node,
    ['--conditions=source', '--import', 'tsx', 'scripts/smoke-cdn.mjs'],
    {
      cwd: root,
      inherit: true,
      env: {PORTICO_SUMMARY_FILE: summaryFile},
      timeoutMs: 5 * MINUTE,
    },
  );
  return {...summaryOf(summaryFile), code};
}

/** `npm run size`: one test per budgeted page, failed when over its budget. */
async function sizeBudgets() {
  const summaryFile = path.join(summariesDir, 'size.json');
  const {code} = await run(node, ['scripts/size.mjs'], {
    cwd: root,
    inherit: true,
    env: {PORTICO_SUMMARY_FILE: summaryFile},
    timeoutMs: 5 * MINUTE,
  });
  return {...summaryOf(summaryFile), code};
}

/** The demo page end to end (it starts scripts/start.ts, which builds the CDN folder). */
async function demoE2e() {
  const summaryFile = path.join(summariesDir, 'demo-e2e.json');
  const {code} = await run(node, ['scripts/demo-e2e.mjs'], {
    cwd: root,
    inherit: true,
    env: {PORTICO_SUMMARY_FILE: summaryFile, ...builtCdn()},
    timeoutMs: 8 * MINUTE,
  });
  return {...summaryOf(summaryFile), code};
}

async function endToEnd() {
  if (!(await buildCdn())) {
    console.log('✖ FAILED building packages/elements/dist/cdn; the end-to-end tests did not run');
    return {passed: 0, failed: 1};
  }
  const summaryFile = path.join(summariesDir, 'e2e.json');
  const {code} = await run(node, ['--conditions=source', '--import', 'tsx', 'scripts/e2e.mjs'], {
    cwd: root,
    inherit: true,
    env: {PORTICO_SUMMARY_FILE: summaryFile},
    timeoutMs: SUITE_TIMEOUT,
  });
  return {...summaryOf(summaryFile), code};
}

/**
 * The journeys in Firefox and WebKit (they start `npm start`'s script, which builds the CDN
 * folder examples/html is then served from).
 */
async function otherEngines() {
  const summaryFile = path.join(summariesDir, 'engines.json');
  const {code} = await run(
    node,
    ['--conditions=source', '--import', 'tsx', 'scripts/engines.mjs'],
    {
      cwd: root,
      inherit: true,
      env: {PORTICO_SUMMARY_FILE: summaryFile, ...builtCdn()},
      timeoutMs: 6 * MINUTE,
    },
  );
  return {...summaryOf(summaryFile), code};
}

const suites = [
  {name: 'typecheck', run: typecheck},
  {name: 'sdk', run: nodeTests('sdk')},
  {name: 'mock-server', run: nodeTests('mock-server')},
  {name: 'browser', run: browserTests},
  {name: 'cdn', run: cdnSmoke},
  {name: 'size', run: sizeBudgets},
  {name: 'demo', run: demoE2e},
  {name: 'e2e', run: endToEnd},
  {name: 'engines', run: otherEngines},
  {name: 'lint', run: single('npm', ['run', '--silent', 'lint'])},
];

const only = process.argv.slice(2);
const unknown = only.filter((name) => !suites.some((suite) => suite.name === name));
if (unknown.length > 0) {
  console.error(
    `unknown suite(s): ${unknown.join(', ')}; known: ${suites.map((s) => s.name).join(', ')}`,
  );
  process.exit(2);
}

rmSync(resultsDir, {recursive: true, force: true});
mkdirSync(resultsDir, {recursive: true});

const rows = [];
const chosen = suites.filter((s) => only.length === 0 || only.includes(s.name));
for (const suite of chosen) {
  clockMoved = at !== undefined && CLOCK_SUITES.includes(suite.name);
  console.log(
    `\n━━━ ${suite.name}${clockMoved ? ` at ${at.name} (${at.at}, machine zone ${at.tz})` : ''} ━━━`,
  );
  const started = performance.now();
  let result;
  try {
    result = await suite.run();
  } catch (error) {
    console.error(error);
    result = {passed: 0, failed: 0, code: 1};
  }
  const crashed = result.code !== undefined && result.code !== 0 && result.failed === 0;
  if (crashed)
    console.log(
      `✖ ${suite.name} exited with code ${result.code} without reporting a failure: counted as 1 failure`,
    );
  rows.push({
    name: suite.name,
    passed: result.passed,
    failed: result.failed + (crashed ? 1 : 0),
    failures: [
      ...(result.failures ?? []),
      ...(crashed ? [`the suite exited with code ${result.code} without reporting a failure`] : []),
    ],
    ms: performance.now() - started,
  });
}

console.log('\n━━━ summary ━━━');
const moved = chosen.filter((suite) => CLOCK_SUITES.includes(suite.name)).map((s) => s.name);
if (at && moved.length > 0) {
  console.log(`(${moved.join(', ')}: under faketime at ${at.name}, TZ=${at.tz})`);
}
for (const row of rows) {
  const status = row.failed > 0 ? 'FAIL' : 'ok  ';
  console.log(
    `${status} ${row.name.padEnd(12)} ${String(row.passed).padStart(4)} passed ${String(row.failed).padStart(3)} failed  ${formatMs(row.ms)}`,
  );
}
// Repeated here so the tail of a CI log says what failed, not only how many.
const failures = rows.flatMap((row) => row.failures.map((failure) => `${row.name}: ${failure}`));
if (failures.length > 0) {
  console.log('\nfailed:');
  for (const failure of failures) console.log(`  ✖ ${failure}`);
}
const passed = rows.reduce((sum, row) => sum + row.passed, 0);
const failed = rows.reduce((sum, row) => sum + row.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
rmSync(summariesDir, {recursive: true, force: true});
process.exitCode = failed > 0 ? 1 : 0;
