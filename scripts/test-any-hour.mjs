#!/usr/bin/env node
// Proves the tests do not depend on the day, the hour or the machine's time zone: runs the
// suites that read a clock (sdk, mock-server, browser, cdn, demo, e2e) under Debian's
// `faketime` at instants where a clock-dependent test breaks, each in another machine zone
// (scripts/lib/instants.mjs):
//
//   sunday      Sunday 00:30 in Paris            the demo space is closed all day       TZ=Europe/Paris
//   evening     a Thursday 19:50 in Paris        ten minutes before closing             TZ=America/Los_Angeles
//   fall-back   the night summer time ends       02:30 Paris happens twice              TZ=Pacific/Auckland
//
// faketime (LD_PRELOAD) moves the clock of every process started under it, Node and Chromium
// alike; the clock then runs on from there. Each instant is one `PORTICO_TEST_AT=<id>` run of
// scripts/test.mjs. .ci/run runs `npm test` at the first instant and this script at the other
// two, so a new clock dependence fails CI the day it is written, not on the next Sunday.
//
//   node scripts/test-any-hour.mjs [--at id,id] [suite …]   (default: every instant, the six suites)
import {spawn, spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {CLOCK_SUITES, FAKETIME_MISSING, INSTANTS, hasFaketime, instant} from './lib/instants.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

const args = process.argv.slice(2);
const atFlag = args.indexOf('--at');
const ids = atFlag >= 0 ? (args.splice(atFlag, 2)[1] ?? '').split(',') : INSTANTS.map((i) => i.id);
let instants;
try {
  instants = ids.map(instant);
} catch (error) {
  console.error(`--at: ${error.message}`);
  process.exit(2);
}
const wanted = args.length ? args : CLOCK_SUITES;

if (!hasFaketime()) {
  console.error(FAKETIME_MISSING);
  process.exit(2);
}

let passed = 0;
let failed = 0;
const failures = [];
// The CDN folder does not depend on the clock: built once here (the cdn, demo and e2e suites
// load it), not once per instant.
const cdnEnv = {};
if (wanted.some((suite) => ['cdn', 'demo', 'e2e'].includes(suite))) {
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--cdn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) {
    console.error('✖ FAILED building packages/elements/dist/cdn');
    process.exit(1);
  }
  cdnEnv.PORTICO_CDN_BUILT = '1';
}
for (const {id, name} of instants) {
  console.log(`\n━━━━━━ ${name} ━━━━━━`);
  const {code, output} = await tee(process.execPath, ['scripts/test.mjs', ...wanted], {
    ...process.env,
    ...cdnEnv,
    PORTICO_TEST_AT: id,
  });
  const totals = output.match(/^(\d+) passed, (\d+) failed$/m);
  if (totals) {
    passed += Number(totals[1]);
    failed += Number(totals[2]);
  }
  if (code !== 0 || !totals || Number(totals[2]) > 0) {
    failures.push(`${name}: ${totals ? `${totals[2]} failed` : `exit code ${code}, no totals`}`);
    if (!totals) failed++;
  }
}

console.log('\n━━━ any hour ━━━');
for (const failure of failures) console.log(`  ✖ ${failure}`);
console.log(`clock: ${passed} passed, ${failed} failed`);
process.exitCode = failures.length ? 1 : 0;

/** Runs a command, showing its output as it comes and keeping it for the totals. */
function tee(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {cwd: root, env, stdio: ['ignore', 'pipe', 'inherit']});
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => resolve({code: code ?? 1, output}));
  });
}
