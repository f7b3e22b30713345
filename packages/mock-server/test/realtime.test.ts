import assert from 'node:assert/strict';
import {test} from 'node:test';
import {RealtimeEvent} from '@portico/sdk/contract';
import {freeSlot, must, setup, setupSignedIn} from './helpers/mock-api.js';
import {openStream as open, SseReader} from './helpers/sse.js';

test('a booking reaches its member as booking, credits, notification and availability events', async () => {
  const {t, token: ada} = await setupSignedIn('ada@example.com');
  const stream = await open(t, ada);
  const slot = await freeSlot(t, 'room-atelier', t.day(1), 60, '08:00');
  const booked = await t.call('POST', '/bookings', {
    token: ada,
    body: {resourceId: 'room-atelier', ...slot},
  });
  const events = await stream.events(4);
  for (const event of events) RealtimeEvent.parse(event);
  const byType = Object.fromEntries(events.map((e) => [e.type, e]));
  assert.deepEqual(Object.keys(byType).sort(), [
    'availability.changed',
    'booking.changed',
    'credits.changed',
    'notification.created',
  ]);
  assert.deepEqual(must(byType['booking.changed']).data, {
    bookingId: booked.body.bookings[0].id,
    status: 'confirmed',
  });
  assert.deepEqual(must(byType['credits.changed']).data, {total: booked.body.creditsRemaining});
  assert.deepEqual(must(byType['availability.changed']).data.resourceIds, ['room-atelier']);
  assert.equal(Date.parse(must(byType['availability.changed']).data.from), Date.parse(slot.start));
  const ids = events.map((e) => Number(e.id));
  assert.deepEqual(
    ids,
    [...ids].sort((a, b) => a - b),
  );
  await stream.cancel();
});

test("other members get availability.changed, never someone else's booking or credits", async () => {
  const {t, token: ada} = await setupSignedIn('ada@example.com');
  const ben = await t.login('ben@example.com');
  const stream = await open(t, ben);
  const slot = await freeSlot(t, 'room-atelier', t.day(1), 60, '08:00');
  await t.call('POST', '/bookings', {token: ada, body: {resourceId: 'room-atelier', ...slot}});
  // Then something of Ben's own, so we know everything before it was delivered.
  await t.call('POST', '/me/entries/check-in', {token: ben});
  await t.call('POST', '/orders', {
    token: ben,
    body: {items: [{productId: 'day-pass', quantity: 1}]},
  });
  const events = await stream.events(2);
  assert.deepEqual(
    events.map((e) => e.type),
    ['availability.changed', 'order.changed'],
  );
  await stream.cancel();
});

test('the harbour space never sees demo events', async () => {
  const t = setup();
  const hank = await t.login('hank@example.com', 'harbour');
  const request = t.request('GET', '/stream', {token: hank, space: 'harbour'});
  const response = await t.api.dispatch(request);
  const stream = new SseReader(response.body as ReadableStream<Uint8Array>);
  await stream.next();
  const ada = await t.login('ada@example.com');
  const slot = await freeSlot(t, 'room-atelier', t.day(1), 60, '08:00');
  await t.call('POST', '/bookings', {token: ada, body: {resourceId: 'room-atelier', ...slot}});
  const order = await t.call('POST', '/orders', {
    token: hank,
    body: {items: [{productId: 'hb-pack-10', quantity: 1}]},
    space: 'harbour',
  });
  assert.equal(order.status, 201);
  const [event] = await stream.events(1);
  assert.equal(event?.type, 'order.changed');
  await stream.cancel();
});

test('Last-Event-ID replays what was missed', async () => {
  const {t, token: ada} = await setupSignedIn('ada@example.com');
  const first = await open(t, ada);
  await t.call('POST', '/orders', {
    token: ada,
    body: {items: [{productId: 'day-pass', quantity: 1}]},
  });
  const [seen] = await first.events(1);
  await first.cancel();
  // While disconnected: a booking (4 events) happens.
  const slot = await freeSlot(t, 'room-atelier', t.day(1), 60, '08:00');
  await t.call('POST', '/bookings', {token: ada, body: {resourceId: 'room-atelier', ...slot}});
  const resumed = await open(t, ada, {'last-event-id': seen!.id});
  const missed = await resumed.events(4);
  assert.deepEqual(missed.map((e) => e.type).sort(), [
    'availability.changed',
    'booking.changed',
    'credits.changed',
    'notification.created',
  ]);
  assert.ok(missed.every((e) => Number(e.id) > Number(seen!.id)));
  await resumed.cancel();
});

test('a heartbeat comment every 15 seconds; the stream ends on abort and on close', async (context) => {
  context.mock.timers.enable({apis: ['setInterval']});
  const {t, token: ada} = await setupSignedIn('ada@example.com');
  const controller = new AbortController();
  const stream = await open(t, ada, {}, controller.signal);
  context.mock.timers.tick(15_000);
  assert.deepEqual(await stream.next(), {comment: 'heartbeat'});
  controller.abort();
  assert.equal(await stream.next(), null);
  const other = await open(t, ada);
  t.api.close();
  assert.equal(await other.next(), null);
});

test('the event stream needs a token', async () => {
  const t = setup();
  const response = await t.api.dispatch(t.request('GET', '/stream'));
  assert.equal(response.status, 401);
});

test('paying an invoice reaches its member as invoice.changed and notification.created', async () => {
  const {t, token: ada} = await setupSignedIn('ada@example.com');
  const invoices = (await t.call('GET', '/me/invoices?status=overdue', {token: ada})).body.items;
  const methods = (await t.call('GET', '/me/payment-methods', {token: ada})).body.items;
  const stream = await open(t, ada);
  const paid = await t.call('POST', '/me/payments', {
    token: ada,
    key: 'pay',
    body: {invoiceIds: [invoices[0].id], paymentMethodId: methods[0].id},
  });
  assert.equal(paid.body.status, 'succeeded');
  const events = await stream.events(2);
  for (const event of events) RealtimeEvent.parse(event);
  const byType = Object.fromEntries(events.map((e) => [e.type, e]));
  assert.deepEqual(Object.keys(byType).sort(), ['invoice.changed', 'notification.created']);
  assert.deepEqual(must(byType['invoice.changed']).data, {
    invoiceId: invoices[0].id,
    status: 'paid',
  });
  assert.equal(must(byType['notification.created']).data.notification.kind, 'invoice.paid');
  await stream.cancel();
});

test('answers carry Portico-Seq: what data reflects at least, and what a stream starts after', async () => {
  const {t, token: ada} = await setupSignedIn('ada@example.com');
  const seqOf = (response: {headers: Headers}) => Number(response.headers.get('portico-seq'));
  const read = await t.call('GET', '/me/credits', {token: ada});
  assert.equal(seqOf(read), t.api.db.seq, 'a read with no write since');
  assert.match(read.headers.get('access-control-expose-headers') ?? '', /Portico-Seq/);

  const stream = await t.api.dispatch(t.request('GET', '/stream', {token: ada}));
  assert.equal(seqOf(stream), t.api.db.seq);
  await stream.body?.cancel();

  const slot = await freeSlot(t, 'room-atelier', t.day(1), 60, '08:00');
  const booked = await t.call('POST', '/bookings', {
    token: ada,
    body: {resourceId: 'room-atelier', ...slot},
  });
  assert.equal(booked.status, 201);
  assert.ok(seqOf(booked) < t.api.db.seq, 'a write answers the seq it started from');
  const after = await t.call('GET', '/me/credits', {token: ada});
  assert.ok(seqOf(after) > seqOf(read), 'the booking moved it on');
  assert.equal(seqOf(after), t.api.db.seq);
});

test('a post the space publishes or a reply reaches every member as post.changed; a read, only its reader', async () => {
  const {t, token: ada} = await setupSignedIn('ada@example.com');
  const ben = await t.login('ben@example.com');
  const [adaStream, benStream] = [await open(t, ada), await open(t, ben)];
  const published = await t.call('POST', '/__dev/posts', {
    body: {
      title: 'Roof terrace',
      summary: 'Open Monday.',
      body: 'Bring **lunch**.',
      categoryId: 'articles',
    },
  });
  assert.equal(published.status, 201, JSON.stringify(published.body));
  await t.call('POST', '/posts/post-coffee/replies', {token: ben, body: {body: 'Oat milk?'}});
  await t.call('POST', `/posts/${published.body.id}/read`, {token: ada});
  // Then something of Ben's own, so we know everything before it was delivered.
  await t.call('POST', '/me/entries/check-in', {token: ben});
  await t.call('POST', '/orders', {
    token: ben,
    body: {items: [{productId: 'day-pass', quantity: 1}]},
  });
  const changed = (events: {type: string; data: {postId?: string}}[]) =>
    events.map((e) => [e.type, e.data.postId]);
  const adas = await adaStream.events(3);
  for (const event of adas) RealtimeEvent.parse(event);
  assert.deepEqual(changed(adas), [
    ['post.changed', published.body.id],
    ['post.changed', 'post-coffee'],
    ['post.changed', published.body.id],
  ]);
  assert.deepEqual(changed(await benStream.events(3)), [
    ['post.changed', published.body.id],
    ['post.changed', 'post-coffee'],
    ['order.changed', undefined],
  ]);
  // Members see the new post, signed by the space.
  const list = await t.call('GET', '/posts', {token: ben});
  assert.deepEqual(
    {title: list.body.items[2].title, author: list.body.items[2].author.name},
    {title: 'Roof terrace', author: 'La Canopée Coworking'},
  );
  await Promise.all([adaStream.cancel(), benStream.cancel()]);
});

test('publishing a post needs a category of the space', async () => {
  const t = setup();
  const answer = await t.call('POST', '/__dev/posts', {
    body: {
      title: 'Roof terrace',
      summary: 'Open Monday.',
      body: 'Bring lunch.',
      categoryId: 'nope',
    },
  });
  assert.equal(answer.status, 404);
  assert.equal(answer.body.code, 'not_found');
});

test('a reply its author deletes reaches every member as post.changed, and leaves nothing to read', async () => {
  const {t, token: ada} = await setupSignedIn('ada@example.com');
  const ben = await t.login('ben@example.com');
  const reply = await t.call('POST', '/posts/post-coffee/replies', {
    token: ben,
    body: {body: 'Oat milk, please?'},
  });
  assert.equal(reply.status, 201, JSON.stringify(reply.body));
  const adaStream = await open(t, ada);
  const deleted = await t.call('DELETE', `/posts/post-coffee/replies/${reply.body.id}`, {
    token: ben,
  });
  assert.equal(deleted.status, 204, JSON.stringify(deleted.body));
  // Then an order of Ada's own, so we know everything before it was delivered.
  await t.call('POST', '/orders', {
    token: ada,
    body: {items: [{productId: 'day-pass', quantity: 1}]},
  });
  const events = await adaStream.events(2);
  for (const event of events) RealtimeEvent.parse(event);
  assert.deepEqual(
    events.map((e: {type: string; data: {postId?: string}}) => [e.type, e.data.postId]),
    [
      ['post.changed', 'post-coffee'],
      ['order.changed', undefined],
    ],
  );
  const post = await t.call('GET', '/posts/post-coffee', {token: ada});
  assert.ok(!JSON.stringify(post.body).includes(reply.body.id), 'the deleted reply is listed');
  assert.ok(!JSON.stringify(t.api.db.snapshot()).includes('Oat milk'), 'its text is kept');
  const again = await t.call('DELETE', `/posts/post-coffee/replies/${reply.body.id}`, {token: ben});
  assert.equal(again.status, 404);
  await adaStream.cancel();
});
