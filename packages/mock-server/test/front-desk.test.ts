import assert from 'node:assert/strict';
import {test} from 'node:test';
import {adaHears, noticeTitles} from './helpers/hub.js';
import {assertProblem, setupSignedIn} from './helpers/mock-api.js';

const ANA = {name: 'Ana', day: '', time: '15:00'};

test("Ada's visitors: today's and tomorrow's upcoming, the past ones newest first, her rules", async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const {body} = await t.call('GET', '/me/visitors', {token});
  assert.deepEqual(
    body.upcoming.map((v: {name: string; day: string}) => [v.name, v.day]),
    [
      ['Ana Pereira', t.day(0)],
      ['Jonas Weber', t.day(1)],
    ],
  );
  assert.deepEqual(
    body.past.map((v: {name: string; status: string}) => [v.name, v.status]),
    [
      ['Charles Babbage', 'arrived'],
      ['Mary Somerville', 'cancelled'],
    ],
  );
  assert.deepEqual(body.rules, {perDay: 3, allowed: true});
});

test('registering, changing and cancelling a visitor; the space marks arrival and the host hears it', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const heard = adaHears(t);
  const created = await t.call('POST', '/me/visitors', {
    token,
    key: 'v1',
    body: {...ANA, day: t.day(3), company: 'Pereira', note: 'Parking please'},
  });
  assert.equal(created.status, 201);
  assert.equal(created.body.status, 'expected');
  const id = created.body.id;
  const moved = await t.call('PATCH', `/me/visitors/${id}`, {token, body: {time: '16:30'}});
  assert.equal(moved.body.time, '16:30');
  assert.equal(moved.body.company, 'Pereira', 'fields not sent stay');
  const arrived = await t.call('POST', `/__dev/visitors/${id}/arrive`);
  assert.equal(arrived.body.status, 'arrived');
  assert.ok(arrived.body.arrivedAt);
  assert.ok(heard.some((e) => e.type === 'visitor.changed' && e.data.status === 'arrived'));
  assert.equal(noticeTitles(heard)[0], 'Your visitor Ana has arrived');
  // Once arrived, the visit cannot change, be cancelled or arrive twice.
  assertProblem(
    await t.call('PATCH', `/me/visitors/${id}`, {token, body: {time: '17:00'}}),
    409,
    'visitor_not_expected',
  );
  assertProblem(await t.call('DELETE', `/me/visitors/${id}`, {token}), 409, 'visitor_not_expected');
  assertProblem(await t.call('POST', `/__dev/visitors/${id}/arrive`), 409, 'visitor_not_expected');
  const other = await t.call('POST', '/me/visitors', {
    token,
    key: 'v2',
    body: {...ANA, day: t.day(3)},
  });
  const cancelled = await t.call('DELETE', `/me/visitors/${other.body.id}`, {token});
  assert.equal(cancelled.body.status, 'cancelled');
});

test('the space allows three visitors a day, never in the past, and only on monthly plans', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  // Ada expects Jonas tomorrow: two more fit, the fourth does not.
  for (const key of ['a', 'b']) {
    const ok = await t.call('POST', '/me/visitors', {token, key, body: {...ANA, day: t.day(1)}});
    assert.equal(ok.status, 201);
  }
  assertProblem(
    await t.call('POST', '/me/visitors', {token, key: 'c', body: {...ANA, day: t.day(1)}}),
    422,
    'visitor_limit_reached',
  );
  assertProblem(
    await t.call('POST', '/me/visitors', {token, key: 'd', body: {...ANA, day: t.day(-1)}}),
    422,
    'visitor_in_past',
  );
  const chloe = await t.login('chloe@example.com');
  const rules = await t.call('GET', '/me/visitors', {token: chloe});
  assert.deepEqual(rules.body.rules, {perDay: 3, allowed: false});
  assertProblem(
    await t.call('POST', '/me/visitors', {token: chloe, key: 'e', body: {...ANA, day: t.day(1)}}),
    403,
    'visitors_members_only',
  );
});

test("another member's visitor and parcel answer 404 and stay as they were", async () => {
  const {t, token} = await setupSignedIn('ben@example.com');
  const ada = await t.login('ada@example.com');
  const visitor = (await t.call('GET', '/me/visitors', {token: ada})).body.upcoming[0];
  const parcel = (await t.call('GET', '/me/deliveries', {token: ada})).body.waiting[0];
  assertProblem(
    await t.call('PATCH', `/me/visitors/${visitor.id}`, {token, body: {time: '18:00'}}),
    404,
    'not_found',
  );
  assertProblem(await t.call('DELETE', `/me/visitors/${visitor.id}`, {token}), 404, 'not_found');
  assertProblem(
    await t.call('POST', `/me/deliveries/${parcel.id}/collect`, {token}),
    404,
    'not_found',
  );
  const ben = (await t.call('GET', '/me/visitors', {token})).body;
  assert.ok(![...ben.upcoming, ...ben.past].some((v: {id: string}) => v.id === visitor.id));
  assert.equal(
    (await t.call('GET', '/me/deliveries', {token: ada})).body.waiting[0].status,
    'waiting',
  );
});

test("Ada's parcels: two waiting oldest first, a year of history; a posted parcel notifies her live", async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const before = (await t.call('GET', '/me/deliveries', {token})).body;
  assert.deepEqual(
    before.waiting.map((d: {carrier: string}) => d.carrier),
    ['La Poste', 'DHL'],
  );
  assert.deepEqual(
    before.history.map((d: {carrier: string}) => d.carrier),
    ['UPS', 'Chronopost'],
    '12 months only',
  );
  const heard = adaHears(t);
  const posted = await t.call('POST', '/__dev/deliveries', {
    body: {
      member: 'ada@example.com',
      carrier: 'FedEx',
      sender: 'Babbage',
      size: 'large',
      location: 'Storage room',
    },
  });
  assert.equal(posted.status, 201);
  assert.ok(heard.some((e) => e.type === 'delivery.changed' && e.data.status === 'waiting'));
  assert.ok(noticeTitles(heard).includes('A large parcel is waiting for you'));
  const collected = await t.call('POST', `/me/deliveries/${posted.body.id}/collect`, {token});
  assert.deepEqual([collected.body.status, collected.body.collectedBy], ['collected', 'member']);
  assertProblem(
    await t.call('POST', `/me/deliveries/${posted.body.id}/collect`, {token}),
    409,
    'delivery_already_collected',
  );
  const handed = await t.call('POST', `/__dev/deliveries/${before.waiting[0].id}/collect`);
  assert.equal(handed.body.collectedBy, 'space');
  const after = (await t.call('GET', '/me/deliveries', {token})).body;
  assert.deepEqual(
    after.waiting.map((d: {carrier: string}) => d.carrier),
    ['DHL'],
  );
});

test('a space that turns visitors or deliveries off answers 404 for their routes', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  t.features({visitors: false, deliveries: false});
  assertProblem(await t.call('GET', '/me/visitors', {token}), 404, 'not_found');
  assertProblem(await t.call('GET', '/me/deliveries', {token}), 404, 'not_found');
  assertProblem(await t.call('POST', '/__dev/visitors/vis_s1/arrive'), 404, 'not_found');
  assert.equal((await t.call('GET', '/me/credits', {token})).status, 200, 'other areas stay');
});
