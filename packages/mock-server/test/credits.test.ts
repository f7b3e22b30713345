import assert from 'node:assert/strict';
import {test} from 'node:test';
import {RealtimeEvent} from '@portico/sdk/contract';
import type {Json, setup} from './helpers/mock-api.js';
import {freeSlot, must, setupSignedIn} from './helpers/mock-api.js';
import {SseReader} from './helpers/sse.js';

const DAY_MS = 24 * 60 * 60 * 1000;

async function open(t: ReturnType<typeof setup>, token: string) {
  const response = await t.api.dispatch(t.request('GET', '/stream', {token}));
  assert.equal(response.status, 200);
  const reader = new SseReader(response.body as ReadableStream<Uint8Array>);
  assert.deepEqual(await reader.next(), {retry: '1000'});
  return reader;
}

/** The next `count` events, or a failure naming what arrived if they do not come within 2 s. */
async function nextEvents(reader: SseReader, count: number) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no ${count} event(s) within 2 s`)), 2000);
  });
  try {
    const events = await Promise.race([reader.events(count), timeout]);
    for (const event of events) RealtimeEvent.parse(event);
    return events;
  } finally {
    clearTimeout(timer);
  }
}

/** Ada's grant of 5 credits that expires in two days (the seeded warning). */
async function expiringGrant(t: ReturnType<typeof setup>, token: string) {
  const credits = (await t.call('GET', '/me/credits', {token})).body;
  const soonest = must(credits.buckets[0] as Json);
  assert.equal(soonest.amount, 5);
  assert.equal(soonest.source, 'grant');
  return {total: credits.total as number, expiresAt: soonest.expiresAt as string};
}

test('credits that expire while the server runs get an expiry ledger entry and credits.changed', async () => {
  const {t, token: ada} = await setupSignedIn('ada@example.com');
  const {total, expiresAt} = await expiringGrant(t, ada);
  const stream = await open(t, ada);
  t.advance(3 * DAY_MS);

  const credits = (await t.call('GET', '/me/credits', {token: ada})).body;
  assert.equal(credits.total, total - 5);
  assert.deepEqual(await nextEvents(stream, 1).then((e) => e.map((x) => [x.type, x.data])), [
    ['credits.changed', {total: total - 5}],
  ]);
  const ledger = (await t.call('GET', '/me/credits/ledger', {token: ada})).body.items;
  const {id: _, ...entry} = ledger[0];
  assert.deepEqual(entry, {
    at: expiresAt,
    delta: -5,
    balanceAfter: total - 5,
    reason: 'expiry',
    description: '5 credits expired',
    bookingId: null,
    orderId: null,
    booking: null,
    order: null,
  });
  // Written once: later requests find nothing left to expire.
  const again = (await t.call('GET', '/me/credits/ledger', {token: ada})).body.items;
  assert.equal(
    again.filter((e: Json) => e.reason === 'expiry').length,
    ledger.filter((e: Json) => e.reason === 'expiry').length,
  );
  await stream.cancel();
});

test('a booking after an expiry is charged to what is left, and the ledger balances run in order', async () => {
  const {t, token: ada} = await setupSignedIn('ada@example.com');
  const {total} = await expiringGrant(t, ada);
  t.advance(3 * DAY_MS);
  const slot = await freeSlot(t, 'room-atelier', t.day(1), 60, '09:00');
  const booked = await t.call('POST', '/bookings', {
    token: ada,
    body: {resourceId: 'room-atelier', ...slot},
  });
  assert.equal(booked.status, 201, JSON.stringify(booked.body));
  const cost = booked.body.bookings[0].cost.credits as number;
  assert.equal(booked.body.creditsRemaining, total - 5 - cost);
  const ledger = (await t.call('GET', '/me/credits/ledger', {token: ada})).body.items;
  assert.deepEqual(
    ledger.slice(0, 2).map((e: Json) => [e.reason, e.delta, e.balanceAfter]),
    [
      ['booking', -cost, total - 5 - cost],
      ['expiry', -5, total - 5],
    ],
  );
});

test('moving the dev clock past an expiry writes it off at once: an open page hears credits.changed', async () => {
  const {t, token: ada} = await setupSignedIn('ada@example.com');
  const {total} = await expiringGrant(t, ada);
  const stream = await open(t, ada);
  const moved = await t.call('POST', '/__dev/clock', {
    body: {now: new Date(t.now() + 3 * DAY_MS).toISOString()},
  });
  assert.equal(moved.status, 200);
  // Nothing of Ada's was requested since: the clock route itself wrote the expiry off.
  assert.deepEqual(await nextEvents(stream, 1).then((e) => e.map((x) => [x.type, x.data])), [
    ['credits.changed', {total: total - 5}],
  ]);
  await stream.cancel();
  const ledger = (await t.call('GET', '/me/credits/ledger', {token: ada})).body.items;
  assert.deepEqual([ledger[0].reason, ledger[0].delta], ['expiry', -5]);
});

test('a reset tells each open page its credits changed, with ids after every earlier event', async () => {
  const {t, token: ada} = await setupSignedIn('ada@example.com');
  const ben = await t.login('ben@example.com');
  const seeded = (await t.call('GET', '/me/credits', {token: ada})).body.total as number;
  const benCredits = (await t.call('GET', '/me/credits', {token: ben})).body.total as number;
  const adaStream = await open(t, ada);
  const benStream = await open(t, ben);
  const slot = await freeSlot(t, 'room-atelier', t.day(1), 60, '09:00');
  const booked = await t.call('POST', '/bookings', {
    token: ada,
    body: {resourceId: 'room-atelier', ...slot},
  });
  assert.equal(booked.status, 201);
  const before = await nextEvents(adaStream, 4);
  assert.ok(before.some((e) => e.type === 'credits.changed' && e.data.total < seeded));
  await nextEvents(benStream, 1); // availability.changed

  assert.equal((await t.call('POST', '/__dev/reset', {body: {}})).status, 200);
  const [adaReset] = await nextEvents(adaStream, 1);
  const [benReset] = await nextEvents(benStream, 1);
  assert.deepEqual([adaReset?.type, adaReset?.data], ['credits.changed', {total: seeded}]);
  assert.deepEqual([benReset?.type, benReset?.data], ['credits.changed', {total: benCredits}]);
  const lastBefore = Math.max(...before.map((e) => Number(e.id)));
  assert.ok(Number(adaReset?.id) > lastBefore, `reset event ${adaReset?.id} after ${lastBefore}`);
  await adaStream.cancel();
  await benStream.cancel();
});
