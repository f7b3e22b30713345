// `npm start`'s server (scripts/start.ts: it builds the CDN folder, then serves the demo portal
// under its strict CSP with the mock API on the same origin), started for an end-to-end run on
// a free port with its clock at TEST_NOW.
import {spawn} from 'node:child_process';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {TEST_NOW} from '../../lib/test-clock.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Starts scripts/start.ts on a free port; resolves with its origin once it listens. */
export function startDemo() {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', path.join(root, 'scripts/start.ts')],
    {
      cwd: root,
      env: {...process.env, PORT: '0', NOW: TEST_NOW},
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`start.ts did not listen: ${output}`)),
      180_000,
    );
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = output.match(/Portico demo: (http:\/\/[\d.:]+)\//);
      if (match) {
        clearTimeout(timer);
        resolve({origin: match[1], child});
      }
    });
    child.on('exit', (code) => reject(new Error(`start.ts exited with ${code}: ${output}`)));
  });
}
