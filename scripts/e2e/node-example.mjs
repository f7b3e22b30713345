// examples/node run as a space's backend runs it (a process, its environment, its exit code),
// against a mock server: a room id the space does not have is a usage mistake, answered with
// the ids it has and exit code 2, never a stack trace.
import {spawn} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {createMockServer} from '@portico/mock-server/node';
import {TEST_NOW} from '../lib/test-clock.mjs';

const SCRIPT = fileURLToPath(new URL('../../examples/node/room-schedule.mjs', import.meta.url));

/** Runs room-schedule.mjs with `env`; resolves {code, stdout, stderr}. */
function run(env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', SCRIPT], {
      env: {...process.env, ...env},
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({code, stdout, stderr}));
  });
}

export async function nodeExample(checks) {
  const mock = await createMockServer({port: 0, scenario: 'demo', now: TEST_NOW});
  try {
    const env = {PORTICO_API_URL: mock.apiUrl, PORTICO_SPACE: 'demo'};
    const unknown = await run({...env, ROOM: 'nope'});
    checks.check(
      'examples/node: ROOM=nope says the room is unknown, lists the rooms, exits with 2, no stack trace',
      unknown.code === 2 &&
        unknown.stderr.includes('No meeting room "nope" in La Canopée Coworking') &&
        unknown.stderr.includes("room-atelier  L'Atelier") &&
        !/^\s+at /m.test(unknown.stderr),
      `exit ${unknown.code}: ${unknown.stderr.trim().split('\n').join(' | ')}`,
    );
    const known = await run({...env, ROOM: 'room-atelier'});
    checks.check(
      'examples/node: ROOM=room-atelier prints its schedule',
      known.code === 0 && known.stdout.startsWith("L'Atelier (La Canopée Coworking)"),
      `exit ${known.code}: ${known.stdout.split('\n')[0]}${known.stderr}`,
    );
  } finally {
    await mock.close();
  }
}
