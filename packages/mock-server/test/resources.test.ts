import assert from 'node:assert/strict';
import {test} from 'node:test';
import {Availability} from '@portico/sdk/contract';
import {slotsWithin} from '@portico/sdk/domain';
import type {Json} from './helpers/mock-api.js';
import {DAY, TZ, assertProblem, freeSlot, setup, setupSignedIn} from './helpers/mock-api.js';

const window = (t: ReturnType<typeof setup>, days: number, extra = '') =>
  `/availability?from=${encodeURIComponent(new Date(t.now()).toISOString())}&to=${encodeURIComponent(new Date(t.now() + days * DAY).toISOString())}${extra}`;

/** The slots a client derives from one resource's free ranges. */
async function slotsOf(t: ReturnType<typeof setup>, entry: Json): Promise<Json[]> {
  const {items} = (await t.call('GET', '/resources')).body;
  const resource = items.find((r: {id: string}) => r.id === entry.resourceId);
  return slotsWithin(entry.free, resource.rules.slotMinutes, TZ);
}

test('availability is public: free and busy intervals for every resource', async () => {
  const t = setup();
  const reply = await t.call('GET', window(t, 7));
  assert.equal(reply.status, 200);
  Availability.parse(reply.body);
  assert.equal(reply.body.resources.length, 8);
  for (const resource of reply.body.resources) {
    for (const slot of await slotsOf(t, resource)) {
      assert.ok(Date.parse(slot.start) >= t.now() && Date.parse(slot.end) <= t.now() + 7 * DAY);
    }
  }
  const atelier = reply.body.resources.find(
    (r: {resourceId: string}) => r.resourceId === 'room-atelier',
  );
  assert.ok((await slotsOf(t, atelier)).length > 50);
  // Merged: fewer ranges than slots, each a whole number of 30-minute slots, none touching.
  assert.ok(atelier.free.length < (await slotsOf(t, atelier)).length);
  for (const [i, free] of atelier.free.entries()) {
    assert.equal((Date.parse(free.end) - Date.parse(free.start)) % (30 * 60_000), 0);
    if (i > 0) assert.ok(Date.parse(free.start) > Date.parse(atelier.free[i - 1].end));
  }
  assert.ok(atelier.busy.length > 0);
});

test('busy intervals never say who booked', async () => {
  const t = setup();
  const reply = await t.call('GET', window(t, 7));
  for (const resource of reply.body.resources) {
    for (const busy of resource.busy) assert.deepEqual(Object.keys(busy).sort(), ['end', 'start']);
  }
  assert.doesNotMatch(JSON.stringify(reply.body), /mem_|@example/);
});

test('slots follow the space time zone and the resource hours', async () => {
  const t = setup();
  const reply = await t.call('GET', window(t, 7, '&resourceIds=parking-p1,room-atelier'));
  assert.deepEqual(
    reply.body.resources.map((r: {resourceId: string}) => r.resourceId),
    ['room-atelier', 'parking-p1'],
  );
  const [atelier, parking] = await Promise.all(
    reply.body.resources.map((entry: Json) => slotsOf(t, entry)),
  );
  // Tuesday: the space opens at 08:00, the car park at 07:00.
  const tuesday = t.day(1);
  assert.equal(
    atelier.find((s: {start: string}) => s.start.startsWith(tuesday)).start,
    `${tuesday}T08:00:00+01:00`,
  );
  assert.equal(
    parking.find((s: {start: string}) => s.start.startsWith(tuesday)).start,
    `${tuesday}T07:00:00+01:00`,
  );
  // Sunday: closed.
  assert.equal(atelier.filter((s: {start: string}) => s.start.startsWith(t.day(6))).length, 0);
});

test('at most 31 days, and `to` after `from`', async () => {
  const t = setup();
  assert.equal((await t.call('GET', window(t, 31))).status, 200);
  assertProblem(await t.call('GET', window(t, 32)), 422, 'invalid_time_range');
  assertProblem(await t.call('GET', window(t, 0)), 422, 'invalid_time_range');
  assertProblem(
    await t.call('GET', window(t, 7, '&resourceIds=room-moon')),
    400,
    'validation_failed',
  );
});

test('a new booking shows at once (the memo is exact)', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const slot = await freeSlot(t, 'room-atelier', t.day(1), 60, '08:00');
  const busyAt = async () => {
    const reply = await t.call('GET', window(t, 7, '&resourceIds=room-atelier'));
    return reply.body.resources[0].busy.some(
      (b: {start: string}) => Date.parse(b.start) === Date.parse(slot.start),
    );
  };
  assert.equal(await busyAt(), false);
  assert.equal(await busyAt(), false);
  assert.equal(
    (await t.call('POST', '/bookings', {token, body: {resourceId: 'room-atelier', ...slot}}))
      .status,
    201,
  );
  assert.equal(await busyAt(), true);
});

test('slots inside the minimum notice disappear as time passes, even when remembered', async () => {
  const t = setup();
  const path = window(t, 2, '&resourceIds=room-atelier');
  const first = (await slotsOf(t, (await t.call('GET', path)).body.resources[0]))[0];
  // 30 minutes' notice: the first slot goes once now + 30 min passes its start.
  t.advance(Date.parse(first.start) - 30 * 60_000 - t.now() + 1);
  const later = (await slotsOf(t, (await t.call('GET', path)).body.resources[0]))[0];
  assert.ok(Date.parse(later.start) > Date.parse(first.start));
});
