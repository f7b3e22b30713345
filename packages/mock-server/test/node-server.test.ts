import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {after, before, test} from 'node:test';
import {parseMockServerArgs} from '../src/cli/mock-server.js';
import {createMockServer} from '../src/node/index.js';
import type {CliServer} from './helpers/cli-process.js';
import {
  SOURCE_FLAGS,
  freeSlots,
  killServers,
  login,
  request,
  startCli,
} from './helpers/cli-process.js';

const BIN = fileURLToPath(new URL('../bin/portico-mock-server.js', import.meta.url));

let cli: CliServer;
before(async () => {
  cli = await startCli();
});
after(killServers);

test('the CLI prints exactly the listening line and serves the API', async () => {
  assert.match(cli.output.stdout, /^Portico mock server listening on http:\/\/127\.0\.0\.1:\d+\n$/);
  const space = await request(`${cli.base}/`);
  assert.equal(space.status, 200);
  assert.equal(space.body.slug, 'demo');
});

test('CORS: a preflight answers 204 with the headers the SDK sends, and answers carry allow-origin', async () => {
  const preflight = await fetch(`${cli.base}/bookings`, {
    method: 'OPTIONS',
    headers: {
      origin: 'https://space.example',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization, content-type, idempotency-key',
    },
  });
  assert.equal(preflight.status, 204);
  assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
  assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /POST/);
  for (const header of ['authorization', 'content-type', 'idempotency-key']) {
    assert.match(
      preflight.headers.get('access-control-allow-headers')?.toLowerCase() ?? '',
      new RegExp(header),
    );
  }
  const get = await fetch(`${cli.base}/resources`, {headers: {origin: 'https://space.example'}});
  assert.equal(get.headers.get('access-control-allow-origin'), '*');
  // The listener writes prepared JSON itself: the SDK needs this header from it too.
  assert.match(get.headers.get('portico-seq') ?? '', /^\d+$/);
  assert.match(get.headers.get('access-control-expose-headers') ?? '', /Portico-Seq/);
});

test('every answer carries nosniff, no-store, no-referrer and a CSP that runs nothing', async () => {
  const token = await login(cli.base, 'ada@example.com');
  const member = {authorization: `Bearer ${token}`};
  const json = {'content-type': 'application/json'};
  const answers: Record<string, Response> = {
    // Public JSON (the prepared fast path), a member's own data, an auth answer, a problem,
    // a 413 refused by the listener before the dispatcher, and an event stream.
    'GET /': await fetch(`${cli.base}/`),
    'GET /me': await fetch(`${cli.base}/me`, {headers: member}),
    'POST /auth/otp': await fetch(`${cli.base}/auth/otp`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({email: 'grace@example.com'}),
    }),
    'GET /me without a token': await fetch(`${cli.base}/me`),
    'POST /bookings 2 MB': await fetch(`${cli.base}/bookings`, {
      method: 'POST',
      headers: {...member, ...json},
      body: JSON.stringify({note: 'x'.repeat(2 * 1024 * 1024)}),
    }),
  };
  const stream = new AbortController();
  answers['GET /stream'] = await fetch(`${cli.base}/stream`, {
    headers: member,
    signal: stream.signal,
  });
  try {
    for (const [what, response] of Object.entries(answers)) {
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', what);
      // no-store, with what a route adds to it (the stream's no-transform keeps proxies from
      // buffering it).
      assert.match(response.headers.get('cache-control') ?? '', /^no-store(, [a-z-]+)*$/, what);
      assert.equal(response.headers.get('referrer-policy'), 'no-referrer', what);
      assert.equal(
        response.headers.get('content-security-policy'),
        "default-src 'none'; frame-ancestors 'none'",
        what,
      );
      assert.equal(response.headers.get('access-control-allow-origin'), '*', what);
    }
  } finally {
    stream.abort();
    for (const response of Object.values(answers)) await response.body?.cancel().catch(() => {});
  }
});

test('a 2 MB body answers 413 problem+json', async () => {
  const token = await login(cli.base, 'ada@example.com');
  const response = await fetch(`${cli.base}/bookings`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'idempotency-key': 'big',
    },
    body: JSON.stringify({note: 'x'.repeat(2 * 1024 * 1024)}),
  });
  assert.equal(response.status, 413);
  assert.equal(response.headers.get('content-type'), 'application/problem+json');
  assert.equal((await response.json()).code, 'payload_too_large');
  // The connection survived: the next request on the pool works.
  assert.equal((await request(`${cli.base}/`)).status, 200);
});

test('an event stream over HTTP receives the events of a booking', async () => {
  const {now} = (await request(`${cli.base}/__dev/reset`, {body: {scenario: 'demo'}})).body;
  const token = await login(cli.base, 'ada@example.com');
  const [slot] = await freeSlots(cli.base, now);
  const abort = new AbortController();
  const stream = await fetch(`${cli.base}/stream`, {
    headers: {authorization: `Bearer ${token}`, accept: 'text/event-stream'},
    signal: abort.signal,
  });
  assert.equal(stream.status, 200);
  assert.match(stream.headers.get('content-type') ?? '', /^text\/event-stream/);
  const booked = await request(`${cli.base}/bookings`, {
    token,
    body: slot,
    headers: {'idempotency-key': 'sse-1'},
  });
  assert.equal(booked.status, 201);
  const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  const deadline = setTimeout(() => abort.abort(), 3000);
  try {
    while (!text.includes('booking.changed')) text += (await reader.read()).value ?? '';
  } finally {
    clearTimeout(deadline);
    abort.abort();
  }
  assert.match(text, /^id: \d+$/m);
  assert.match(text, new RegExp(booked.body.bookings[0].id));
});

test('--no-dev-routes turns the dev routes off', async () => {
  const server = await startCli(['--no-dev-routes']);
  try {
    const mailbox = await request(`${server.base}/__dev/mailbox?email=ada@example.com`);
    assert.ok(
      mailbox.status === 404 || mailbox.status === 403,
      `dev route answered ${mailbox.status}`,
    );
  } finally {
    server.child.kill('SIGTERM');
    assert.equal(await server.exited, 0);
  }
});

test('SIGTERM and SIGINT close the server and exit 0', async () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    const server = await startCli();
    // An open event stream and a keep-alive connection must not hold the shutdown up.
    const token = await login(server.base, 'ada@example.com');
    const stream = await fetch(`${server.base}/stream`, {
      headers: {authorization: `Bearer ${token}`},
    });
    const started = Date.now();
    server.child.kill(signal);
    assert.equal(await server.exited, 0, `${signal}: ${server.output.stderr}`);
    assert.ok(Date.now() - started < 1500, `${signal} took ${Date.now() - started} ms`);
    await stream.body?.cancel().catch(() => {});
  }
});

test('bad flags are refused with a message naming the flag', () => {
  const cases: [string[], RegExp][] = [
    [['--port', 'abc'], /--port must be a number/],
    [['--port', '70000'], /--port must be a number/],
    [['--scenario', 'nope'], /--scenario must be one of demo, empty, busy, errors/],
    [['--latency', '300-10'], /--latency must be/],
    [['--bogus'], /Unknown option '--bogus'/],
    [['extra'], /positional argument/],
  ];
  for (const [args, message] of cases)
    assert.throws(() => parseMockServerArgs(args), message, args.join(' '));
  assert.deepEqual(parseMockServerArgs(['--latency', '0-300', '--no-dev-routes', '--port', '0']), {
    devRoutes: false,
    latency: [0, 300],
    port: 0,
  });
});

test('the CLI exits 2 on a bad flag and 0 on --help', () => {
  const bad = spawnSync(process.execPath, [...SOURCE_FLAGS, BIN, '--port', 'abc'], {
    encoding: 'utf8',
  });
  assert.equal(bad.status, 2);
  assert.equal(
    bad.stderr,
    'portico-mock-server: --port must be a number from 0 to 65535, got "abc".\nRun portico-mock-server --help for the options.\n',
  );
  const help = spawnSync(process.execPath, [...SOURCE_FLAGS, BIN, '--help'], {encoding: 'utf8'});
  assert.equal(help.status, 0);
  assert.match(help.stdout, /--no-dev-routes/);
});

test('createMockServer({port: 0}) listens on a free port and closes with open connections', async () => {
  const server = await createMockServer({port: 0});
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.equal(server.apiUrl, `${server.url}/v1`);
  const base = `${server.apiUrl}/spaces/demo`;
  assert.equal((await request(`${base}/`)).status, 200);
  const token = await login(base, 'ada@example.com');
  const stream = await fetch(`${base}/stream`, {headers: {authorization: `Bearer ${token}`}});
  const reader = stream.body!.getReader();
  const started = Date.now();
  await server.close();
  assert.ok(Date.now() - started < 1000, `close() took ${Date.now() - started} ms`);
  // The stream ended instead of hanging.
  for (;;) if ((await reader.read().catch(() => ({done: true}))).done) break;
});

test('over HTTP, a JSON answer (computed, then remembered) has the headers and body dispatch gives', async () => {
  const server = await createMockServer({port: 0});
  try {
    const now = server.api.clock.now();
    const path = `/v1/spaces/demo/availability?from=${new Date(now).toISOString()}&to=${new Date(now + 7 * 86_400_000).toISOString()}`;
    const replies = [];
    for (const round of ['computed', 'remembered']) {
      const response = await fetch(server.url + path);
      const body = await response.text();
      assert.equal(response.status, 200, round);
      assert.equal(response.headers.get('content-length'), String(Buffer.byteLength(body)), round);
      replies.push({round, headers: response.headers, body});
    }
    const viaDispatch = await server.api.dispatch(new Request(`http://mock${path}`));
    const expected = await viaDispatch.text();
    for (const {round, headers, body} of replies) {
      assert.equal(body, expected, round);
      for (const name of [
        'content-type',
        'access-control-allow-origin',
        'access-control-expose-headers',
      ]) {
        assert.equal(headers.get(name), viaDispatch.headers.get(name), `${round}: ${name}`);
      }
    }
    assert.equal(viaDispatch.headers.get('content-type'), 'application/json');
    assert.equal(viaDispatch.headers.get('access-control-allow-origin'), '*');
  } finally {
    await server.close();
  }
});
