import {spawn} from 'node:child_process';
import type {ChildProcess} from 'node:child_process';
import {fileURLToPath} from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/portico-mock-server.js', import.meta.url));
/**
 * Node flags that make the bin run the TypeScript source (its `source` export condition):
 * tests run what they test without a build step. A plain `node bin/…` runs dist/ (packaging test).
 */
export const SOURCE_FLAGS = ['--conditions=source', '--import', 'tsx'];

export interface CliServer {
  readonly child: ChildProcess;
  /** `http://127.0.0.1:PORT` from the listening line. */
  readonly url: string;
  /** `url + '/v1/spaces/demo'`. */
  readonly base: string;
  /** Everything printed so far. */
  readonly output: {stdout: string; stderr: string};
  /** Resolves with the exit code (or the signal's name). */
  readonly exited: Promise<number | string>;
}

const running = new Set<ChildProcess>();

/** Kills every server still running; call it in `after()` so a failed test leaves none behind. */
export function killServers(): void {
  for (const child of running)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/** Spawns `portico-mock-server --port 0 …` through its bin and waits for the listening line. */
export async function startCli(args: string[] = []): Promise<CliServer> {
  const child = spawn(process.execPath, [...SOURCE_FLAGS, BIN, '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  const output = {stdout: '', stderr: ''};
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output.stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output.stderr += chunk));
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no listening line within 20 s:\n${output.stdout}\n${output.stderr}`)),
      20_000,
    );
    child.stdout!.on('data', () => {
      const match = /^Portico mock server listening on (http:\/\/127\.0\.0\.1:\d+)\n/m.exec(
        output.stdout,
      );
      if (!match) return;
      clearTimeout(timer);
      resolve(match[1]!);
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before listening:\n${output.stderr}`));
    });
  });
  return {child, url, base: `${url}/v1/spaces/demo`, output, exited};
}

// Tests read loose JSON and assert on it; a schema per call would only repeat the contract.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** JSON request helper for tests: answers status and parsed body. */
export async function request(
  url: string,
  init: {method?: string; token?: string; body?: unknown; headers?: Record<string, string>} = {},
): Promise<{status: number; body: Json; headers: Headers}> {
  const headers: Record<string, string> = {...init.headers};
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(url, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text ? JSON.parse(text) : undefined,
    headers: response.headers,
  };
}

/** Logs in through the dev mailbox and returns a bearer token. */
export async function login(base: string, email: string): Promise<string> {
  const mailbox = async () =>
    (
      (await request(`${base}/__dev/mailbox?email=${encodeURIComponent(email)}`)).body.messages as {
        code: string | null;
      }[]
    ).map((m) => JSON.stringify(m));
  const before = new Set(await mailbox());
  const challenge = await request(`${base}/auth/otp`, {body: {email}});
  const fresh = (await mailbox())
    .filter((m) => !before.has(m))
    .map((m) => JSON.parse(m) as {code: string | null});
  const code = fresh.find((message) => message.code)?.code;
  const verified = await request(`${base}/auth/otp/verify`, {
    body: {challengeId: challenge.body.challengeId, code},
  });
  if (verified.status !== 200)
    throw new Error(`login as ${email} failed: ${JSON.stringify(verified.body)}`);
  return verified.body.session.token as string;
}

/**
 * Request bodies for free slots of rooms booked with credits, a week from `now` (the
 * server's time, e.g. from `POST /__dev/reset`), each clear of the others.
 */
export async function freeSlots(
  base: string,
  now: string,
): Promise<{resourceId: string; start: string; end: string}[]> {
  type Resource = {
    id: string;
    type: string;
    creditsPerHour: number | null;
    rules: {
      requiresApproval: boolean;
      minMinutes: number;
      slotMinutes: number;
      bufferMinutes: number;
    };
  };
  const resources = (await request(`${base}/resources`)).body.items as Resource[];
  const bookable = resources
    .filter((r) => r.creditsPerHour && !r.rules.requiresApproval)
    .sort((a, b) => Number(b.type === 'meeting_room') - Number(a.type === 'meeting_room'));
  const from = Date.parse(now);
  const query = `from=${new Date(from).toISOString()}&to=${new Date(from + 7 * 86_400_000).toISOString()}`;
  const availability = (await request(`${base}/availability?${query}`)).body as {
    resources: {resourceId: string; free: {start: string; end: string}[]}[];
  };
  const found: {resourceId: string; start: string; end: string}[] = [];
  for (const resource of bookable) {
    const minutes = Math.max(resource.rules.minMinutes, resource.rules.slotMinutes) * 60_000;
    const step =
      minutes +
      Math.ceil(resource.rules.bufferMinutes / resource.rules.slotMinutes) *
        resource.rules.slotMinutes *
        60_000;
    // Free ranges come merged and start on the slot grid.
    const runs = (availability.resources.find((r) => r.resourceId === resource.id)?.free ?? []).map(
      (free) => ({start: Date.parse(free.start), end: Date.parse(free.end)}),
    );
    for (const run of runs) {
      for (let start = run.start; start + minutes <= run.end; start += step) {
        found.push({
          resourceId: resource.id,
          start: new Date(start).toISOString(),
          end: new Date(start + minutes).toISOString(),
        });
      }
    }
  }
  if (found.length === 0) throw new Error('no free slot');
  return found;
}
