import * as endpoints from '../src/contract/endpoints.js';
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {fillPath, routes, type RouteDefinition, type RouteName} from '../src/contract/index.js';
import {createPorticoClient, isPorticoError} from '../src/index.js';
import {clientFor} from './helpers/client.js';
import {METHOD_CASES as cases} from './helpers/method-cases.js';
import {authResult, member, session} from './helpers/fixtures.js';
import {json, problem, type RecordedRequest, reset, startFileServer} from './helpers/server.js';

const server = await startFileServer();

for (const [name, {call, route: routeName, params = {}, query = {}, body}] of Object.entries(
  cases,
)) {
  test(`${name}() sends ${routes[routeName].method} ${routes[routeName].path} as the route table says`, async () => {
    const route: RouteDefinition = routes[routeName];
    const path = route.path === '/' ? '/' : fillPath(route.path, params);
    // Answer something no schema accepts: this test is about the request.
    server.on(
      `${route.method} ${path}`,
      route.status === 204 ? (_, res) => void res.writeHead(204).end() : json('nope'),
    );
    const client = clientFor(server, {retry: {limit: 0}});
    const before = server.requests.length;
    await call(client).catch((error: unknown) => {
      assert.ok(isPorticoError(error));
      assert.equal(error.code, 'invalid_response');
    });
    const sent = server.requests.slice(before);
    assert.equal(sent.length, 1);
    const request = sent[0] as RecordedRequest;
    assert.equal(`${request.method} ${request.path}`, `${route.method} ${path}`);
    assert.deepEqual(Object.fromEntries(request.query), query);
    assert.deepEqual(request.body, body);
    assert.equal(
      request.headers.authorization,
      route.access === 'member' ? `Bearer ${session.token}` : undefined,
    );
    assert.equal(request.headers['idempotency-key'] !== undefined, route.idempotent === true);
    if (body !== undefined)
      assert.match(String(request.headers['content-type']), /^application\/json/);
  });
}

test('every route except events, dev routes and documents for other apps has a namespaced method', () => {
  const covered = new Set(Object.values(cases).map((c) => c.route));
  // A calendar feed (`mediaType`) is read by calendar apps, not through the SDK.
  const missing = (Object.keys(routes) as RouteName[]).filter(
    (name) =>
      !covered.has(name) &&
      routes[name].access !== 'dev' &&
      name !== 'stream' &&
      !('mediaType' in routes[name]),
  );
  assert.deepEqual(missing, []);
});

test('request() is typed by the route table and parses the answer', async () => {
  server.on('GET /me', json(member));
  const me = await clientFor(server).request(endpoints.getProfile);
  assert.equal(me.email, 'ada@example.com');
});

test('the space slug and path params are encoded', async () => {
  const client = createPorticoClient({
    baseUrl: `${server.apiUrl}/`,
    space: 'demo',
    session: 'memory',
    retry: {limit: 0},
  });
  client.session.set(session);
  await client.bookings.cancel('b 1/../x').catch(() => undefined);
  assert.equal(server.requests.at(-1)?.url, '/v1/spaces/demo/bookings/b%201%2F..%2Fx');
});

test('locale is sent as Accept-Language', async () => {
  server.on('GET /plans', json({items: []}));
  await clientFor(server, {locale: 'fr'}).membership.listPlans();
  assert.equal(server.requests.at(-1)?.headers['accept-language'], 'fr');
});

test('a custom fetch is used for every request', async () => {
  server.on('GET /plans', json({items: []}));
  const seen: string[] = [];
  const client = clientFor(server, {
    fetch: (input, init) => {
      seen.push(input instanceof Request ? input.url : String(input));
      return fetch(input, init);
    },
  });
  await client.membership.listPlans();
  assert.deepEqual(seen, [`${server.apiUrl}/spaces/demo/plans`]);
});

test('verifyCode keeps the session and sends it from then on', async () => {
  server.on('POST /auth/otp/verify', json(authResult));
  server.on('GET /me', json(member));
  const client = clientFor(server, {loggedIn: false});
  const changes: unknown[] = [];
  client.on('session-changed', (event) => changes.push(event.session));

  const result = await client.auth.verifyCode({challengeId: 'ch_1', code: '123456'});

  assert.equal(result.member.email, 'ada@example.com');
  assert.deepEqual(client.session.get(), session);
  assert.equal(client.session.isLoggedIn, true);
  assert.deepEqual(changes, [session]);
  await client.profile.get();
  assert.equal(server.requests.at(-1)?.headers.authorization, `Bearer ${session.token}`);
});

test('acceptInvitation logs in too', async () => {
  server.on('POST /auth/invitations/inv_9/accept', json(authResult));
  const client = clientFor(server, {loggedIn: false});
  await client.auth.acceptInvitation({token: 'inv_9'});
  assert.equal(client.session.isLoggedIn, true);
});

test('logout revokes the token on the server and forgets it', async () => {
  server.on('POST /auth/logout', (_, res) => void res.writeHead(204).end());
  const client = clientFor(server);
  const result = await client.auth.logout();
  assert.equal(result, undefined);
  assert.equal(server.requests.at(-1)?.headers.authorization, `Bearer ${session.token}`);
  assert.equal(client.session.isLoggedIn, false);
});

test('logout forgets the token even when the server cannot be reached, and says so', async () => {
  server.on('POST /auth/logout', reset);
  const client = clientFor(server);
  await assert.rejects(
    client.auth.logout(),
    (error) => isPorticoError(error) && error.code === 'network_error',
  );
  assert.equal(client.session.isLoggedIn, false);
});

test('logging out while logged out resolves', async () => {
  server.on('POST /auth/logout', problem(401, 'unauthorized'));
  await clientFor(server, {loggedIn: false}).auth.logout();
  const client = clientFor(server);
  await client.auth.logout();
  assert.equal(client.session.isLoggedIn, false);
});

test('a 401 for an old token does not log out a member who logged in again since', async () => {
  let release!: () => void;
  let reached!: () => void;
  const requestReached = new Promise<void>((resolve) => (reached = resolve));
  server.on('GET /me/bookings', async (_, res) => {
    const held = new Promise<void>((resolve) => (release = resolve));
    reached();
    await held;
    problem(401, 'unauthorized')(_, res, undefined as never);
  });
  const client = clientFor(server);
  const pending = client.bookings.list().catch((error: unknown) => error);
  // The old token's request is at the server (not a fixed wait: a loaded machine is slower).
  await requestReached;
  const fresh = {token: 'tok_new', expiresAt: session.expiresAt};
  client.session.set(fresh);
  release();
  const error = await pending;
  assert.ok(isPorticoError(error) && error.status === 401);
  assert.deepEqual(client.session.get(), fresh);
});

test('createPorticoClient checks its options', () => {
  assert.throws(
    () => createPorticoClient({baseUrl: '', space: 'demo'}),
    /\[Portico\] Failed to create a client: `baseUrl` is required/,
  );
  assert.throws(
    () => createPorticoClient({baseUrl: 'http://x/v1', space: ''}),
    /`space` is required/,
  );
});
