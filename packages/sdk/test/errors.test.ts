import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {PorticoError} from '../src/index.js';
import {PorticoValidationError, isPorticoError, isPorticoValidationError} from '../src/index.js';
import {clientFor} from './helpers/client.js';
import {bookingRequest, credits, member} from './helpers/fixtures.js';
import {json, problem, sleep, startFileServer, startServer} from './helpers/server.js';

const server = await startFileServer();

async function failure(promise: Promise<unknown>): Promise<PorticoError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(isPorticoError(error), `expected a PorticoError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the call to fail');
}

test('a 401 from a member route clears the session and emits session-expired', async () => {
  server.on('GET /me', problem(401, 'unauthorized'));
  const client = clientFor(server);
  const events: string[] = [];
  client.on('session-expired', (event) => events.push(`expired:${event.reason}`));
  client.on('session-changed', (event) => events.push(`changed:${event.session === null}`));

  const error = await failure(client.profile.get());

  assert.equal(error.status, 401);
  assert.equal(error.code, 'unauthorized');
  assert.equal(client.session.isLoggedIn, false);
  assert.equal(client.session.get(), null);
  assert.deepEqual(events, ['expired:unauthorized', 'changed:true']);
});

test('a 401 from a public route (wrong code) keeps the session', async () => {
  server.on('POST /auth/otp/verify', problem(401, 'invalid_code'));
  const client = clientFor(server);
  const error = await failure(client.auth.verifyCode({challengeId: 'ch_1', code: '000000'}));
  assert.equal(error.code, 'invalid_code');
  assert.equal(client.session.isLoggedIn, true);
});

test('a member route without a session fails with 401 without a request', async () => {
  const client = clientFor(server, {loggedIn: false});
  const before = server.requests.length;
  const error = await failure(client.credits.get());
  assert.equal(error.status, 401);
  assert.equal(error.code, 'unauthorized');
  assert.equal(server.requests.length, before);
});

test('402 insufficient_credits keeps the problem title and detail', async () => {
  server.on(
    'POST /bookings',
    problem(402, 'insufficient_credits', {
      title: 'Not enough credits',
      detail: 'You need 4 credits and have 2.',
    }),
  );
  const error = await failure(clientFor(server).bookings.create(bookingRequest));
  assert.equal(error.status, 402);
  assert.equal(error.code, 'insufficient_credits');
  assert.equal(error.title, 'Not enough credits');
  assert.equal(error.detail, 'You need 4 credits and have 2.');
  assert.equal(error.problem?.code, 'insufficient_credits');
  assert.equal(error.response?.status, 402);
});

test('403 terms_not_accepted', async () => {
  server.on('POST /orders', problem(403, 'terms_not_accepted'));
  const error = await failure(
    clientFor(server).shop.createOrder({items: [{productId: 'p_1', quantity: 1}]}),
  );
  assert.equal(error.status, 403);
  assert.equal(error.code, 'terms_not_accepted');
});

test('404 message names the method and path', async () => {
  server.on('DELETE /bookings/b_404', problem(404, 'not_found'));
  const error = await failure(clientFor(server).bookings.cancel('b_404'));
  assert.equal(error.code, 'not_found');
  assert.equal(error.name, 'PorticoError');
  assert.equal(
    error.message,
    'Request failed with status code 404 (not_found): DELETE /v1/spaces/demo/bookings/b_404',
  );
  assert.equal(error.request?.method, 'DELETE');
});

test('409 slot_unavailable', async () => {
  server.on('POST /bookings', problem(409, 'slot_unavailable'));
  const error = await failure(clientFor(server).bookings.create(bookingRequest));
  assert.equal(error.status, 409);
  assert.equal(error.code, 'slot_unavailable');
});

test('422 validation_failed carries the field errors', async () => {
  const errors = [
    {field: 'body.name', message: 'Too long'},
    {field: 'body.photoUrl', message: 'Must be an http(s) URL'},
  ];
  server.on('PATCH /me', problem(422, 'validation_failed', {errors}));
  const error = await failure(clientFor(server).profile.update({name: 'x'.repeat(10)}));
  assert.equal(error.code, 'validation_failed');
  assert.deepEqual(error.fieldErrors, errors);
});

test('429 with a long Retry-After fails at once with retryAfter in seconds', async () => {
  server.on('GET /me/credits', problem(429, 'rate_limited', {}, {'retry-after': '120'}));
  const before = server.count('GET /me/credits');
  const started = Date.now();
  const error = await failure(clientFor(server).credits.get());
  assert.equal(error.status, 429);
  assert.equal(error.code, 'rate_limited');
  assert.equal(error.retryAfter, 120);
  assert.equal(
    server.count('GET /me/credits') - before,
    1,
    'a 2-minute wait is not worth freezing the page',
  );
  assert.ok(Date.now() - started < 1_000);
});

test('429 Retry-After as an HTTP date becomes seconds', async () => {
  const date = new Date(Date.now() + 90_000).toUTCString();
  server.on('GET /plans', problem(429, 'rate_limited', {}, {'retry-after': date}));
  const error = await failure(clientFor(server).membership.listPlans());
  assert.ok(
    error.retryAfter !== undefined && error.retryAfter >= 88 && error.retryAfter <= 91,
    String(error.retryAfter),
  );
});

test('500 internal_error is not retried', async () => {
  server.on('GET /me/entries', problem(500, 'internal_error'));
  const before = server.count('GET /me/entries');
  const error = await failure(clientFor(server).entries.get());
  assert.equal(error.status, 500);
  assert.equal(error.code, 'internal_error');
  assert.equal(server.count('GET /me/entries') - before, 1);
});

test('a 502 HTML page from a proxy becomes service_unavailable', async () => {
  server.on('GET /products', (_, res) => {
    res.writeHead(502, {'content-type': 'text/html'});
    res.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
  });
  const error = await failure(clientFor(server).shop.listProducts());
  assert.equal(error.status, 502);
  assert.equal(error.code, 'service_unavailable');
  assert.equal(error.problem, undefined);
  assert.equal(server.count('GET /products'), 3, 'a GET is tried three times (limit 2)');
});

test('an error body that is JSON but not a problem still maps by status', async () => {
  server.on('GET /me/orders', json({message: 'boom'}, 500));
  const error = await failure(clientFor(server).shop.listOrders());
  assert.equal(error.code, 'internal_error');
  assert.equal(error.title, 'Internal Server Error');
});

test('a problem with a code this SDK does not know keeps its title and maps by status', async () => {
  server.on(
    'GET /me/products',
    problem(409, 'brand_new_code', {title: 'Something new', detail: 'Details'}),
  );
  const error = await failure(clientFor(server).shop.listMyProducts());
  assert.equal(error.code, 'bad_request');
  assert.equal(error.title, 'Something new');
  assert.equal(error.detail, 'Details');
});

test('network down: connection refused is network_error with status 0', async () => {
  const closed = await startServer();
  await closed.close();
  const client = clientFor(closed, {loggedIn: false});
  const error = await failure(client.space.get());
  assert.equal(error.status, 0);
  assert.equal(error.code, 'network_error');
  assert.ok(error.cause, 'the underlying error is kept as cause');
  assert.match(error.message, /^Request failed due to a network error: GET \/v1\/spaces\/demo$/);
});

test('timeout: no answer within `timeout` ms is code timeout', async () => {
  server.on('GET /resources', async (_, res) => {
    await sleep(500);
    if (!res.destroyed) json({items: []})(_, res, undefined as never);
  });
  const client = clientFor(server, {timeout: 80, loggedIn: false});
  const started = Date.now();
  const error = await failure(client.resources.list());
  assert.equal(error.code, 'timeout');
  assert.equal(error.status, 0);
  assert.ok(Date.now() - started < 400, 'not retried: a timeout already waited');
});

test('abort: the caller aborting is code aborted and is not retried', async () => {
  server.on('GET /me/membership', async (_, res) => {
    await sleep(300);
    if (!res.destroyed) json({membership: null})(_, res, undefined as never);
  });
  const before = server.count('GET /me/membership');
  const controller = new AbortController();
  const promise = clientFor(server).membership.get({signal: controller.signal});
  setTimeout(() => controller.abort(), 30);
  const error = await failure(promise);
  assert.equal(error.code, 'aborted');
  assert.equal(error.status, 0);
  await sleep(50);
  assert.equal(server.count('GET /me/membership') - before, 1);
});

test('an already aborted signal fails with aborted', async () => {
  const error = await failure(clientFor(server).profile.get({signal: AbortSignal.abort()}));
  assert.equal(error.code, 'aborted');
});

test('malformed JSON in a 200 is invalid_response', async () => {
  server.on('GET /me/notifications', (_, res) => {
    res.writeHead(200, {'content-type': 'application/json'});
    res.end('{"items": [');
  });
  const error = await failure(clientFor(server).notifications.list());
  assert.equal(error.code, 'invalid_response');
  assert.equal(error.status, 200);
  assert.ok(error.cause instanceof SyntaxError);
});

test('a 200 that does not match the schema is a PorticoValidationError with zod issues', async () => {
  server.on(
    'GET /me/credits/ledger',
    json({items: [{id: 'not ok!', delta: 'ten'}], nextCursor: null}),
  );
  const error = await failure(clientFor(server).credits.listLedger());
  assert.ok(error instanceof PorticoValidationError);
  assert.ok(isPorticoValidationError(error));
  assert.equal(error.code, 'invalid_response');
  assert.equal(error.status, 200);
  assert.ok(error.issues.length > 0);
  assert.ok(error.issues.some((issue) => issue.path.join('.') === 'items.0.id'));
  assert.match(error.detail ?? '', /items\.0\./);
});

test('extra fields from a newer server are tolerated and stripped', async () => {
  server.on('GET /me', json({...member, favouriteColour: 'teal'}));
  const me = await clientFor(server).profile.get();
  assert.equal(me.name, member.name);
  assert.equal('favouriteColour' in me, false);
});

test('isPorticoError recognizes an error from another realm by its name', () => {
  const foreign = Object.assign(new Error('x'), {name: 'PorticoError', code: 'timeout'});
  assert.equal(isPorticoError(foreign), true);
  assert.equal(isPorticoError(new Error('x')), false);
  assert.equal(isPorticoError(null), false);
  assert.equal(isPorticoError('PorticoError'), false);
});

test('credits answer parses when valid', async () => {
  server.on('GET /me/credits', json(credits(7)));
  const balance = await clientFor(server).credits.get();
  assert.equal(balance.total, 7);
});

test('a custom fetch that throws a bug is internal_error, not blamed on the network', async () => {
  const client = clientFor(server, {
    loggedIn: false,
    fetch: () => Promise.reject(new RangeError('instrumentation bug')),
  });
  const error = await failure(client.membership.listPlans());
  assert.equal(error.code, 'internal_error');
  assert.equal(error.status, 0);
  assert.ok(error.cause instanceof RangeError);
});

test('a connection reset while the body is read is network_error', async () => {
  server.on('GET /me/bookings', (_, res) => {
    res.writeHead(200, {'content-type': 'application/json', 'content-length': '1000'});
    res.write('{"items": [');
    setTimeout(() => res.socket?.destroy(), 10);
  });
  const error = await failure(clientFor(server).bookings.list());
  assert.equal(error.code, 'network_error');
});
