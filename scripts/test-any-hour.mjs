#!/usr/bin/env node
// Proves the tests do not depend on the day, the hour or the machine's time zone: runs the
// suites that read a clock (sdk, mock-server, browser, cdn, demo, e2e) under Debian's
// `faketime` at instants where a clock-dependent test breaks, each in another machine zone:
//
//   Sunday 00:30 in Paris            the demo space is closed all day       TZ=Europe/Paris
//   a Thursday 19:50 in Paris        ten minutes before closing             TZ=America/Los_Angeles
//   the night summer time ends       02:30 Paris happens twice              TZ=Pacific/Auckland
//
// faketime (LD_PRELOAD) moves the clock of every process started under it, Node and Chromium
// alike; the clock then runs on from there. .ci/run runs this after `npm test`, so a new clock
// dependence fails CI the day it is written, not on the next Sunday.
//
//   node scripts/test-any-hour.mjs [suite …]      (default: the six suites above)
import {spawn, spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export const INSTANTS = [
  {name: 'a Sunday, 00:30 in Paris', at: '2026-12-06 00:30:00 +0100', tz: 'Europe/Paris'},
  {name: 'a Thursday, 19:50 in Paris', at: '2026-12-10 19:50:00 +0100', tz: 'America/Los_Angeles'},
  {
    name: 'the fall-back night, 02:30 CEST in Paris',
    at: '2026-10-25 02:30:00 +0200',
    tz: 'Pacific/Auckland',
  },
];

const suites = process.argv.slice(2);
const wanted = suites.length ? suites : ['sdk', 'mock-server', 'browser', 'cdn', 'demo', 'e2e'];

if (spawnSync('faketime', ['-f', '+0', 'true']).error) {
  console.error(
    'faketime is missing: apt-get install faketime (Debian), or brew install libfaketime',
  );
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
for (const {name, at, tz} of INSTANTS) {
  console.log(`\n━━━ ${name} (${at}, machine zone ${tz}) ━━━`);
  const {code, output} = await tee(
    'faketime',
    [at, process.execPath, 'scripts/test.mjs', ...wanted],
    {
      ...process.env,
      ...cdnEnv,
      TZ: tz,
    },
  );
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
