import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';

const SDK = fileURLToPath(new URL('..', import.meta.url));

/** Runs the fixture under `node --test` (no --test-force-exit); `timedOut` if it outlives `ms`. */
function runFixture(env: Record<string, string>, ms: number) {
  // Without NODE_TEST_CONTEXT the child runs as a test run of its own, not as our subprocess.
  const {NODE_TEST_CONTEXT: _, ...parentEnv} = process.env;
  // `node --test` runs the file in a process of its own: killing only the runner would leave
  // that one reconnecting forever, so the child leads a process group that is killed whole.
  const group = process.platform !== 'win32';
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', '--test', 'test/fixtures/failing-realtime.ts'],
    {cwd: SDK, env: {...parentEnv, ...env}, stdio: ['ignore', 'pipe', 'pipe'], detached: group},
  );
  const kill = () => {
    try {
      if (group && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      else child.kill('SIGKILL');
    } catch {
      // Already gone.
    }
  };
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  return new Promise<{code: number | null; timedOut: boolean; output: string}>((resolve) => {
    const timer = setTimeout(() => {
      kill();
      resolve({code: null, timedOut: true, output});
    }, ms);
    child.once('exit', (code) => {
      clearTimeout(timer);
      kill(); // whatever the runner left behind
      resolve({code, timedOut: false, output});
    });
  });
}

test('a realtime test that fails mid-stream still lets the test process exit', async () => {
  const run = await runFixture({}, 30_000);
  assert.equal(run.timedOut, false, `the run hung:\n${run.output}`);
  assert.equal(run.code, 1, run.output);
  assert.match(run.output, /planted failure before stream\.stop\(\)/);
});

test('without stopAfterTest the same failure leaves the stream reconnecting (the bug it guards)', async () => {
  const run = await runFixture({PORTICO_FIXTURE_NO_CLEANUP: '1'}, 6_000);
  assert.equal(run.timedOut, true, `expected the run to hang, it exited ${run.code}`);
});
