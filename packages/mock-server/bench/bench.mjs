// `npm run bench -w @portico/mock-server`: requests/s and latency of the standalone mock
// server against a plain node:http hello-world in the same run. Servers run as child
// processes so the load generator (autocannon, here) never shares their event loop.
import {spawn} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {availableParallelism, cpus, loadavg, tmpdir} from 'node:os';
import {join} from 'node:path';
import autocannon from 'autocannon';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 5);
const WARMUP_S = 1;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const GOAL = 0.3;
/** Durable writes (`--data`, fsynced before each answer) against the same writes in memory. */
const DURABLE_GOAL = 0.5;

/** Starts a child process and resolves with the URL it prints once listening. */
function start(name, script, args = [], nodeFlags = []) {
  const child = spawn(process.execPath, [...nodeFlags, script, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code} before listening`)));
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match)
        resolve({
          url: match[1],
          pid: child.pid,
          stop: () => new Promise((done) => (child.once('exit', done), child.kill('SIGTERM'))),
        });
    });
  });
}

function run(options) {
  return new Promise((resolve, reject) => {
    autocannon({connections: CONNECTIONS, pipelining: 1, ...options}, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

async function json(url, init) {
  const response = await fetch(url, init);
  if (!response.ok)
    throw new Error(
      `${init?.method ?? 'GET'} ${url} answered ${response.status}: ${await response.text()}`,
    );
  return response.json();
}

const post = (body) => ({
  method: 'POST',
  headers: {'content-type': 'application/json'},
  body: JSON.stringify(body),
});

/** Logs in as Ada through the dev mailbox; returns the session and the server's time. */
async function login(base) {
  const email = 'ada@example.com';
  const {now} = await json(`${base}/__dev/reset`, post({scenario: 'demo'}));
  const {challengeId} = await json(`${base}/auth/otp`, post({email}));
  const {messages} = await json(`${base}/__dev/mailbox?email=${encodeURIComponent(email)}`);
  const code = messages.findLast((message) => message.code)?.code;
  const {session} = await json(`${base}/auth/otp/verify`, post({challengeId, code}));
  return {now, session};
}

/** PATCH /me, alternating two bodies so each request changes the row (one commit each). */
function patchMe(base, token) {
  const headers = {'content-type': 'application/json', authorization: `Bearer ${token}`};
  return {
    url: `${base}/me`,
    requests: ['Bench A', 'Bench B'].map((company) => ({
      method: 'PATCH',
      headers,
      body: JSON.stringify({company}),
    })),
  };
}

/** Logs in through the dev mailbox and finds one bookable slot to quote. */
async function prepare(base) {
  const {now, session} = await login(base);
  const {items: resources} = await json(`${base}/resources`);
  // The server's clock, not ours: the scenario may start at a fixed time.
  const from = new Date(Math.ceil(Date.parse(now) / 3_600_000) * 3_600_000);
  const to = new Date(from.getTime() + 7 * 86_400_000);
  const availabilityPath = `/availability?from=${from.toISOString()}&to=${to.toISOString()}`;
  const availability = await json(base + availabilityPath);
  const bookable = resources
    .filter((r) => r.creditsPerHour && !r.rules.requiresApproval)
    .map((r) => r.id);
  const entry = availability.resources.find(
    (r) => bookable.includes(r.resourceId) && r.free.length > 0,
  );
  if (!entry) throw new Error('no free slot to quote');
  const resource = resources.find((r) => r.id === entry.resourceId);
  // Free ranges start on the slot grid: the first one's start is the first free slot.
  const start = Date.parse(entry.free[0].start);
  const minutes = Math.max(resource.rules.minMinutes, resource.rules.slotMinutes);
  const quote = {
    resourceId: resource.id,
    start: new Date(start).toISOString(),
    end: new Date(start + minutes * 60_000).toISOString(),
  };
  await json(`${base}/bookings/quote`, {
    ...post(quote),
    headers: {'content-type': 'application/json', authorization: `Bearer ${session.token}`},
  });
  return {
    availabilityPath,
    resourceCount: availability.resources.length,
    token: session.token,
    quote,
  };
}

/**
 * CPU seconds a process has used (Linux /proc; undefined elsewhere). Requests/s swing with
 * whatever else the machine runs; the server's CPU time per request barely does.
 */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in USER_HZ (100)
  } catch {
    return undefined;
  }
}

async function measure(name, server, options) {
  await run({...options, duration: WARMUP_S});
  const cpuBefore = cpuSeconds(server.pid);
  const result = await run({...options, duration: DURATION_S});
  const cpuAfter = cpuSeconds(server.pid);
  const cpuUsPerRequest =
    cpuBefore === undefined
      ? undefined
      : Math.round(((cpuAfter - cpuBefore) * 1e6) / result.requests.total);
  const errors = result.non2xx + result.errors + result.timeouts;
  if (errors > 0)
    console.warn(
      `[Portico] ${name}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  return {
    name,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    cpuUsPerRequest,
    errors,
  };
}

const hello = await start('hello-world', new URL('./hello-world.mjs', import.meta.url).pathname);
const bin = new URL('../bin/portico-mock-server.js', import.meta.url).pathname;
// The source (as the repository's tests run it); a built package runs the same code from dist/.
const SOURCE = ['--conditions=source', '--import', 'tsx'];
const mock = await start('mock server', bin, ['--port', '0'], SOURCE);
const dataDir = mkdtempSync(join(tmpdir(), 'portico-bench-'));
const durable = await start('durable mock server', bin, ['--port', '0', '--data', dataDir], SOURCE);
try {
  const base = `${mock.url}/v1/spaces/demo`;
  const durableBase = `${durable.url}/v1/spaces/demo`;
  const {availabilityPath, resourceCount, token, quote} = await prepare(base);
  const durableToken = (await login(durableBase)).session.token;
  // Hello-world runs first and last, and the ratios use the mean of both: on a shared
  // machine the load from other processes drifts during a run, and this cancels some of it.
  const first = await measure('node:http hello-world', hello, {url: hello.url});
  const targets = [
    await measure(`GET availability (1 week, ${resourceCount} resources)`, mock, {
      url: base + availabilityPath,
    }),
    await measure('POST bookings/quote', mock, {
      url: `${base}/bookings/quote`,
      method: 'POST',
      headers: {'content-type': 'application/json', authorization: `Bearer ${token}`},
      body: JSON.stringify(quote),
    }),
    await measure('PATCH me (in memory)', mock, patchMe(base, token)),
    await measure('PATCH me (--data, fsynced)', durable, patchMe(durableBase, durableToken)),
  ];
  const last = await measure('node:http hello-world (again)', hello, {url: hello.url});
  const rows = [first, ...targets, last];
  const baseline = (first.requestsPerSecond + last.requestsPerSecond) / 2;
  const cpuBaseline = (first.cpuUsPerRequest + last.cpuUsPerRequest) / 2;
  const round = (value) => Math.round(value * 100) / 100;
  for (const row of rows) {
    row.ratio = round(row.requestsPerSecond / baseline);
    // What the ratio would be if each server had a core to itself: hello's CPU per request
    // over this one's. Robust to other load, unlike requests/s.
    row.cpuRatio = Number.isFinite(cpuBaseline) ? round(cpuBaseline / row.cpuUsPerRequest) : null;
  }
  console.log(
    `\n${DURATION_S} s per target, ${CONNECTIONS} connections, Node ${process.version}, ` +
      `${availableParallelism()} CPUs (${cpus()[0]?.model ?? 'unknown'}), load average ${loadavg()[0].toFixed(2)}\n`,
  );
  console.table(
    Object.fromEntries(
      rows.map((row) => [
        row.name,
        {
          'req/s': row.requestsPerSecond,
          'p50 ms': row.p50Ms,
          'p99 ms': row.p99Ms,
          'vs hello': `${row.ratio}×`,
          'server CPU µs/req': row.cpuUsPerRequest ?? '–',
          'vs hello (CPU)': row.cpuRatio === null ? '–' : `${row.cpuRatio}×`,
          errors: row.errors,
        },
      ]),
    ),
  );
  const [availability, , inMemory, fsynced] = targets;
  const durableRatio = round(fsynced.requestsPerSecond / inMemory.requestsPerSecond);
  console.log(
    `GET availability: ${availability.ratio}× hello-world in requests/s (goal ≥ ${GOAL}×: ` +
      `${availability.ratio >= GOAL ? 'met' : 'NOT met'}), ${availability.cpuRatio ?? '–'}× by server CPU per request.`,
  );
  console.log(
    `Durable writes: PATCH me ${fsynced.requestsPerSecond} req/s with --data vs ` +
      `${inMemory.requestsPerSecond} in memory = ${durableRatio}× (goal ≥ ${DURABLE_GOAL}× at ` +
      `${CONNECTIONS} connections: ${durableRatio >= DURABLE_GOAL ? 'met' : 'NOT met'}).`,
  );
  writeFileSync(
    new URL('./results.json', import.meta.url),
    JSON.stringify(
      {
        date: new Date().toISOString(),
        node: process.version,
        cpus: availableParallelism(),
        loadAverage: round(loadavg()[0]),
        durationSeconds: DURATION_S,
        connections: CONNECTIONS,
        goal: GOAL,
        baselineRequestsPerSecond: Math.round(baseline),
        durableGoal: DURABLE_GOAL,
        durableRatio,
        results: rows,
      },
      null,
      2,
    ) + '\n',
  );
} finally {
  await Promise.all([hello.stop(), mock.stop(), durable.stop()]);
  rmSync(dataDir, {recursive: true, force: true});
}
