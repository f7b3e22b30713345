import assert from 'node:assert/strict';
import {test} from 'node:test';
import ICAL from 'ical.js';
import type {setup} from './helpers/mock-api.js';
import {DAY, assertProblem, freeSlot, setupSignedIn, type Json} from './helpers/mock-api.js';

/** Each event of a feed as ical.js (Mozilla's parser) reads it. */
function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      id: event.uid.replace(/@.*$/, ''),
      start: event.startDate.toUnixTime() * 1000,
      end: event.endDate.toUnixTime() * 1000,
      description: event.description,
      injected: vevent.getFirstPropertyValue('x-injected'),
    };
  });
}

async function feedText(t: ReturnType<typeof setup>, url: string) {
  // A calendar app's request: no Authorization header, the secret in the path.
  const response = await t.api.dispatch(new Request(url));
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'text/calendar; charset=utf-8');
  assert.equal(response.headers.get('cache-control'), 'private, no-store');
  return response.text();
}

test("the feed holds exactly the member's bookings that are not cancelled, at their instants", async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const slot = await freeSlot(t, 'desk-hot', t.day(1), 60, '08:00');
  const note = 'Bring the key\rX-INJECTED:1\r\nsecond line';
  const created = await t.call('POST', '/bookings', {
    token,
    body: {resourceId: 'desk-hot', ...slot, note},
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const {url} = (await t.call('GET', '/me/calendar-feed', {token})).body;
  assert.match(url, /^http:\/\/portico\.test\/v1\/spaces\/demo\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);

  const read = events(await feedText(t, url));
  const listed = (await t.call('GET', '/me/bookings?limit=100', {token})).body.items as Json[];
  const expected = listed
    .filter((b) => b.status !== 'cancelled' && Date.parse(b.end) > t.now() - 30 * DAY)
    .map((b) => ({id: b.id, start: Date.parse(b.start), end: Date.parse(b.end)}));
  assert.ok(expected.some((b) => b.id === created.body.bookings[0].id));
  assert.deepEqual(
    read.map(({id, start, end}) => ({id, start, end})),
    expected,
  );
  const mine = read.find((e) => e.id === created.body.bookings[0].id);
  // The note's lone CR is a line break inside the description, never a property of its own.
  assert.equal(mine?.description, 'Bring the key\nX-INJECTED:1\nsecond line');
  assert.ok(read.every((e) => e.injected === null));
});

test('a booking that ended more than 30 days ago leaves the feed', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const slot = await freeSlot(t, 'desk-hot', t.day(1), 60, '08:00');
  const created = await t.call('POST', '/bookings', {
    token,
    body: {resourceId: 'desk-hot', ...slot},
  });
  const id = created.body.bookings[0].id;
  const {url} = (await t.call('GET', '/me/calendar-feed', {token})).body;
  t.advance(30 * DAY);
  assert.ok(events(await feedText(t, url)).some((e) => e.id === id));
  t.advance(2 * DAY);
  assert.ok(!events(await feedText(t, url)).some((e) => e.id === id));
});

test('reset answers a new address and the old one is not found', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const first = (await t.call('GET', '/me/calendar-feed', {token})).body;
  assert.equal((await t.call('GET', '/me/calendar-feed', {token})).body.url, first.url);
  const reset = await t.call('POST', '/me/calendar-feed/reset', {token});
  assert.equal(reset.status, 200);
  assert.notEqual(reset.body.url, first.url);
  const old = await t.api.dispatch(new Request(first.url));
  assert.equal(old.status, 404);
  assert.equal(old.headers.get('content-type'), 'application/problem+json');
  await feedText(t, reset.body.url);
  assertProblem(await t.call('GET', '/me/calendar-feed'), 401, 'unauthorized');
});
