import assert from 'node:assert/strict';
import {beforeEach, test} from 'node:test';
import {clientFor} from './helpers/client.js';
import {
  authResult,
  bookingCreated,
  bookingRequest,
  credits,
  member,
  order,
  space,
} from './helpers/fixtures.js';
import {json, problem, startFileServer, until} from './helpers/server.js';

const server = await startFileServer();

let balance = 10;
beforeEach(() => (balance = 10));
server.on('GET /me/credits', (_, res) => json(credits(balance))(_, res, undefined as never));
server.on('GET /me/membership', json({membership: null}));
server.on('GET /me/products', json({items: []}));
server.on('GET /me', json(member));
server.on(
  'GET /availability',
  json({from: '2030-03-04T00:00:00Z', to: '2030-03-05T00:00:00Z', resources: []}),
);

test('a booking lowers the balance in every widget showing credits, with one refetch', async () => {
  const client = clientFor(server);
  const credits = client.queries.credits();
  const seen: number[][] = [[], []];
  const unsubscribes = [0, 1].map((widget) =>
    client.store.subscribe(credits, (state) => {
      if (state.data && !state.isFetching) seen[widget]?.push(state.data.total);
    }),
  );
  await until(() => client.store.get(credits).data?.total === 10);
  const before = server.count('GET /me/credits');

  server.on('POST /bookings', (_, res) => {
    balance = 6;
    json(bookingCreated, 201)(_, res, undefined as never);
  });
  await client.bookings.create(bookingRequest);

  await until(() => client.store.get(credits).data?.total === 6, 1_000, 'the new balance');
  assert.equal(server.count('GET /me/credits') - before, 1, 'two widgets, one request');
  assert.deepEqual(seen, [
    [10, 6],
    [10, 6],
  ]);
  unsubscribes.forEach((unsubscribe) => unsubscribe());
});

test('a booking invalidates availability, bookings, credits, membership and notifications only', async () => {
  const client = clientFor(server);
  server.on('POST /bookings', json(bookingCreated, 201));
  const invalidated = new Set<string>();
  client.store.on(
    (event) => event.type === 'invalidated' && invalidated.add(String(event.query.key[0])),
  );
  for (const query of [
    client.queries.credits(),
    client.queries.membership(),
    client.queries.myProducts(),
    client.queries.profile(),
    client.queries.availability({from: '2030-03-04T00:00:00Z', to: '2030-03-05T00:00:00Z'}),
  ]) {
    await client.store.fetch(query as never);
  }
  await client.bookings.create(bookingRequest);
  assert.deepEqual([...invalidated].sort(), ['availability', 'credits', 'membership']);
});

test('cancelling a booking refetches credits on screen (the refund)', async () => {
  const client = clientFor(server);
  server.on('DELETE /bookings/b_1', (_, res) => {
    balance = 14;
    json({booking: bookingCreated.bookings[0], refund: {percent: 100, credits: 4, money: null}})(
      _,
      res,
      undefined as never,
    );
  });
  const unsubscribe = client.store.subscribe(client.queries.credits(), () => {});
  await until(() => client.store.get(client.queries.credits()).data?.total === 10);
  await client.bookings.cancel('b_1');
  await until(
    () => client.store.get(client.queries.credits()).data?.total === 14,
    1_000,
    'the refund',
  );
  unsubscribe();
});

test('buying a credit pack refetches credits and my products', async () => {
  const client = clientFor(server);
  server.on('POST /orders/o_1/pay', (_, res) => {
    balance = 30;
    json({...order, status: 'paid'})(_, res, undefined as never);
  });
  const unsubscribes = [client.queries.credits(), client.queries.myProducts()].map((q) =>
    client.store.subscribe(q as never, () => {}),
  );
  await until(() => client.store.get(client.queries.credits()).data?.total === 10);
  const products = server.count('GET /me/products');
  await client.shop.payOrder('o_1', {paymentMethod: 'pm_card_visa'});
  await until(
    () => client.store.get(client.queries.credits()).data?.total === 30,
    1_000,
    'the pack',
  );
  await until(() => server.count('GET /me/products') === products + 1, 1_000, 'my products');
  unsubscribes.forEach((unsubscribe) => unsubscribe());
});

test('a 409 slot_unavailable refetches the availability the member was looking at', async () => {
  const client = clientFor(server);
  server.on('POST /bookings', problem(409, 'slot_unavailable'));
  const availability = client.queries.availability({
    from: '2030-03-04T00:00:00Z',
    to: '2030-03-05T00:00:00Z',
  });
  const unsubscribe = client.store.subscribe(availability, () => {});
  await until(() => client.store.get(availability).status === 'success');
  const before = server.count('GET /availability');
  await assert.rejects(client.bookings.create(bookingRequest));
  await until(() => server.count('GET /availability') === before + 1, 1_000, 'the refetch');
  unsubscribe();
});

test('a 422 does not refetch anything', async () => {
  const client = clientFor(server);
  server.on('POST /bookings', problem(422, 'too_late'));
  const invalidated: unknown[] = [];
  await client.store.fetch(client.queries.credits());
  client.store.on((event) => event.type === 'invalidated' && invalidated.push(event.query.key));
  await assert.rejects(client.bookings.create(bookingRequest));
  assert.deepEqual(invalidated, []);
});

test('updating the profile refetches me', async () => {
  const client = clientFor(server);
  server.on('PATCH /me', json({...member, company: 'Engines'}));
  const me = client.queries.profile();
  const unsubscribe = client.store.subscribe(me, () => {});
  await until(() => client.store.get(me).status === 'success');
  const before = server.count('GET /me');
  await client.profile.update({company: 'Engines'});
  await until(() => server.count('GET /me') === before + 1);
  unsubscribe();
});

test('logout clears the store; the widgets on screen then show they need a login', async () => {
  const client = clientFor(server);
  server.on('POST /auth/logout', (_, res) => void res.writeHead(204).end());
  const credits = client.queries.credits();
  const unsubscribe = client.store.subscribe(credits, () => {});
  await until(() => client.store.get(credits).data?.total === 10);
  await client.store.fetch(client.queries.profile());

  await client.auth.logout();

  assert.equal(client.store.get(client.queries.profile()).status, 'idle', 'private data is gone');
  await until(() => client.store.get(credits).status === 'error');
  assert.equal(client.store.get(credits).data, undefined);
  assert.equal(client.store.get(credits).error?.code, 'unauthorized');
  unsubscribe();
});

test('logging in reloads the widgets that were waiting for it, and leaves the public ones alone', async () => {
  const client = clientFor(server, {loggedIn: false});
  server.on('POST /auth/otp/verify', json(authResult));
  const credits = client.queries.credits();
  const calendar = client.queries.availability({
    from: '2030-03-04T00:00:00Z',
    to: '2030-03-05T00:00:00Z',
  });
  const statuses: string[] = [];
  const unsubscribes = [
    client.store.subscribe(credits, () => {}),
    client.store.subscribe(calendar, (state) => statuses.push(state.status)),
  ];
  await until(() => client.store.get(credits).status === 'error');
  await until(() => client.store.get(calendar).status === 'success');
  const calendarRequests = server.count('GET /availability');

  await client.auth.verifyCode({challengeId: 'ch_1', code: '123456'});

  await until(() => client.store.get(credits).data?.total === 10, 1_000, 'the balance after login');
  // Availability is public and the same for everyone: signing in does not ask for it again.
  assert.equal(server.count('GET /availability'), calendarRequests, 'no calendar refetch');
  assert.deepEqual(statuses, ['loading', 'success'], 'the calendar never went back to loading');
  unsubscribes.forEach((unsubscribe) => unsubscribe());
});

test("switching member drops the previous member's data at once", async () => {
  const client = clientFor(server);
  const me = client.queries.profile();
  await client.store.fetch(me);
  client.session.set({token: 'tok_someone_else', expiresAt: '2099-01-01T00:00:00Z'});
  assert.equal(client.store.get(me).data, undefined);
});

test('a 401 on a query logs out and reports it in the state', async () => {
  const client = clientFor(server);
  server.on('GET /me/notifications', problem(401, 'unauthorized'));
  let expired = 0;
  client.on('session-expired', () => expired++);
  const notifications = client.queries.notifications();
  const unsubscribe = client.store.subscribe(notifications, () => {});
  await until(() => client.store.get(notifications).status === 'error');
  assert.equal(client.store.get(notifications).error?.code, 'unauthorized');
  assert.equal(expired, 1);
  assert.equal(client.session.isLoggedIn, false);
  unsubscribe();
});

test('signing in refreshes the member data only: public data (the space) is not fetched again', async () => {
  server.on('GET /', json(space));
  server.on('POST /auth/otp/verify', json(authResult));
  const client = clientFor(server, {loggedIn: false});
  const spaceQuery = client.queries.space();
  const stop = client.store.subscribe(spaceQuery, () => undefined);
  await until(() => client.store.get(spaceQuery).data !== undefined);
  const before = server.count('GET /');
  const invalidated = new Set<string>();
  client.store.on(
    (event) => event.type === 'invalidated' && invalidated.add(String(event.query.key[0])),
  );
  await client.auth.verifyCode({challengeId: 'ch_1', code: '123456'});
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(server.count('GET /') - before, 0, 'no second GET of the space');
  assert.equal(invalidated.has('space'), false);
  stop();
});
