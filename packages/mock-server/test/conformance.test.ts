import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {after, before, test} from 'node:test';
import {conformanceCases, runConformance} from '../src/conformance/index.js';
import type {ConformanceReport} from '../src/conformance/index.js';
import {createMockServer} from '../src/node/index.js';
import type {MockServer} from '../src/node/index.js';
import {SOURCE_FLAGS} from './helpers/cli-process.js';

const BIN = fileURLToPath(new URL('../bin/portico-conformance.js', import.meta.url));

/** Runs the bin without blocking this process, which serves the API it calls. */
function conformanceCli(
  args: string[],
  env = process.env,
): Promise<{status: number | null; stdout: string; stderr: string}> {
  const child = spawn(process.execPath, [...SOURCE_FLAGS, BIN, ...args], {env});
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve) =>
    child.once('close', (status) => resolve({status, stdout, stderr})),
  );
}

let server: MockServer;
before(async () => {
  server = await createMockServer({port: 0});
});
after(() => server.close());

test('the mock server passes every conformance case', async () => {
  const lines: string[] = [];
  const report: ConformanceReport = await runConformance({
    apiUrl: server.apiUrl,
    space: 'demo',
    log: (line) => lines.push(line),
  });
  const failures = report.results
    .filter((result) => !result.ok)
    .map((result) => `${result.group} › ${result.name}: ${result.error}`);
  assert.deepEqual(failures, []);
  assert.equal(report.failed, 0);
  // Every case ran (none was filtered out or skipped silently).
  assert.equal(report.results.length, conformanceCases.length);
  assert.equal(report.passed, conformanceCases.length);
  assert.equal(lines.at(-1), `${conformanceCases.length} passed, 0 failed`);
  const groups = new Set(report.results.map((result) => result.group));
  for (const group of [
    'public',
    'auth',
    'bookings',
    'concurrency',
    'isolation',
    'calendar feed',
    'orders',
    'entries',
    'bad input',
    'realtime',
    'floor drawings',
  ]) {
    assert.ok(groups.has(group), `no case of ${group} ran`);
  }
});

test('portico-conformance prints "N passed, N failed" and exits 0 against the mock', async () => {
  const run = await conformanceCli(['--api', server.apiUrl, '--space', 'demo', '--grep', 'public']);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  // `--grep` keeps the cases whose "group › name" matches: the public group, public events.
  const matching = conformanceCases.filter((c) => /public/.test(`${c.group} › ${c.name}`));
  assert.ok(matching.some((c) => c.group === 'public'));
  assert.match(run.stdout, new RegExp(`\\n${matching.length} passed, 0 failed\\n$`));
});

test('portico-conformance exits 1 when a server is unreachable, 2 on a bad flag', async () => {
  const unreachable = await conformanceCli(['--api', 'http://127.0.0.1:9/v1']);
  assert.equal(unreachable.status, 1);
  assert.match(unreachable.stderr, /unreachable/);
  const bad = await conformanceCli([], {...process.env, PORTICO_API_URL: ''});
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--api is required/);
});
