// Small process helpers shared by the scripts (no dependency beyond Node).
import {spawn} from 'node:child_process';

/** Children still running, ended with their process groups if this process is interrupted. */
const running = new Set();

function killTree(child, signal = 'SIGKILL') {
  try {
    if (process.platform === 'win32') child.kill(signal);
    else process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    for (const child of running) killTree(child, 'SIGTERM');
    process.exit(130);
  });
}

/**
 * Runs a command and resolves (never rejects) with its exit code, its combined output and how
 * long it took. With `inherit: true` the child writes straight to this process's stdout and
 * stderr (so it sees the terminal, and keeps its colours and progress bars), and `output` is
 * empty.
 *
 * With `timeoutMs`, the command and everything it started (its process group) are killed when
 * it runs longer, and the result has `timedOut: true`: a hung test must not hang CI.
 *
 * @param {string} command
 * @param {string[]} args
 * @param {{cwd?: string, env?: NodeJS.ProcessEnv, inherit?: boolean, timeoutMs?: number}} [options]
 * @returns {Promise<{code: number, output: string, ms: number, timedOut: boolean}>}
 */
export function run(command, args, {cwd, env, inherit = false, timeoutMs} = {}) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      env: {...process.env, ...env},
      stdio: ['ignore', inherit ? 'inherit' : 'pipe', inherit ? 'inherit' : 'pipe'],
      // Its own process group, so that a timeout or Ctrl-C can end the whole tree at once.
      detached: process.platform !== 'win32',
    });
    running.add(child);
    let output = '';
    let timedOut = false;
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    const timer =
      timeoutMs &&
      setTimeout(() => {
        timedOut = true;
        const message = `\n✖ ${command} ${args.join(' ')} ran longer than ${formatMs(timeoutMs)}: stopped\n`;
        output += message;
        process.stderr.write(message);
        killTree(child);
      }, timeoutMs);
    const done = (code) => {
      clearTimeout(timer);
      running.delete(child);
      resolve({code: timedOut ? 124 : code, output, ms: performance.now() - started, timedOut});
    };
    child.on('error', (error) => {
      output += `${error.message}\n`;
      if (inherit) process.stderr.write(`${error.message}\n`);
      done(127);
    });
    child.on('close', (code, signal) => done(code ?? (signal ? 128 : 1)));
  });
}

/** Runs async tasks with at most `limit` at a time; resolves with their results in order. */
export async function runPool(tasks, limit) {
  const results = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  };
  await Promise.all(Array.from({length: Math.min(limit, tasks.length)}, worker));
  return results;
}

export const formatMs = (ms) =>
  ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
