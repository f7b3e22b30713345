import assert from 'node:assert/strict';
import {test} from 'node:test';
import {assertProblem, freeSlot, must, setup, setupSignedIn} from './helpers/mock-api.js';

type T = ReturnType<typeof setup>;

/** Ada asks for the Loft (which needs approval) two days ahead; answers the pending booking. */
async function requestLoft(t: T, token: string) {
  const slot = await freeSlot(t, 'event-loft', t.day(3), 120, '09:00');
  const reply = await t.call('POST', '/bookings', {
    token,
    body: {resourceId: 'event-loft', ...slot},
  });
  assert.equal(reply.status, 201, JSON.stringify(reply.body));
  const booking = must(reply.body.bookings[0], 'booking');
  assert.equal(booking.status, 'pending_approval');
  return booking as {id: string; cost: {credits: number}};
}

const hubTypes = (t: T, after: number) =>
  t.api.realtime
    .recent()
    .filter((e) => e.id > after)
    .map((e) => e.event.type);

test('approving a pending booking confirms it, notifies the member and tells realtime', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const booking = await requestLoft(t, token);
  const lastId = t.api.realtime.recent().at(-1)?.id ?? 0;
  const reply = await t.call('POST', `/__dev/bookings/${booking.id}/approve`);
  assert.equal(reply.status, 200, JSON.stringify(reply.body));
  assert.equal(reply.body.status, 'confirmed');
  const mine = (await t.call('GET', '/me/bookings', {token})).body.items;
  assert.equal(mine.find((b: {id: string}) => b.id === booking.id).status, 'confirmed');
  const [latest] = (await t.call('GET', '/me/notifications', {token})).body.items;
  assert.match(latest.title, /Le Loft confirmed/);
  const types = hubTypes(t, lastId);
  assert.ok(types.includes('booking.changed'), types.join());
  assert.ok(types.includes('notification.created'), types.join());
  // Approving again changes nothing.
  const again = await t.call('POST', `/__dev/bookings/${booking.id}/approve`);
  assert.equal(again.body.status, 'confirmed');
});

test('declining a booking cancels it with a full refund and notifies the member', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const before = (await t.call('GET', '/me/credits', {token})).body.total;
  const booking = await requestLoft(t, token);
  assert.ok(booking.cost.credits > 0);
  const reply = await t.call('POST', `/__dev/bookings/${booking.id}/decline`);
  assert.equal(reply.status, 200, JSON.stringify(reply.body));
  assert.equal(reply.body.status, 'cancelled');
  assert.deepEqual(reply.body.refund, {percent: 100, credits: booking.cost.credits, money: null});
  assert.equal((await t.call('GET', '/me/credits', {token})).body.total, before);
  const [latest] = (await t.call('GET', '/me/notifications', {token})).body.items;
  assert.match(latest.title, /Le Loft declined/);
  assertProblem(
    await t.call('POST', `/__dev/bookings/${booking.id}/approve`),
    409,
    'already_cancelled',
  );
});

test('approval routes answer 404 for an unknown booking and when dev routes are off', async () => {
  const t = setup();
  assertProblem(await t.call('POST', '/__dev/bookings/bk_nope/approve'), 404, 'not_found');
  const off = setup({devRoutes: false});
  assertProblem(await off.call('POST', '/__dev/bookings/bk_1/decline'), 404, 'dev_routes_disabled');
});
