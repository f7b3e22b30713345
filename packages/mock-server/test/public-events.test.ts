import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {EventRow} from '../src/state/rows.js';
import {assertProblem, setup, type Json} from './helpers/mock-api.js';

const VISITOR = {name: 'Margaret Hamilton', email: 'Margaret@Example.org'};

/** The demo space with the pitch practice (free, 8 seats, 1 left) opened to the public. */
function withPublicPitch() {
  const t = setup();
  t.api.db.transaction((tx) => {
    const pitch = tx.get<EventRow>('events', 'evt_pitch_practice')!;
    tx.put<EventRow>('events', {...pitch, audience: 'public'});
  });
  return t;
}

const registerVisitor = (t: ReturnType<typeof setup>, body: Json, id = 'evt_pitch_practice') =>
  t.call('POST', `/public-events/${id}/registrations`, {body});

test('a visitor sees only public events, and registers for a free one with a name and email', async () => {
  const t = setup();
  const list = await t.call('GET', '/public-events');
  assert.equal(list.status, 200);
  assert.deepEqual(
    list.body.items.map((e: Json) => [e.id, e.audience, e.myRegistration]),
    [
      ['evt_a11y_workshop', 'public', null],
      ['evt_winter_party', 'public', null],
    ],
  );
  assertProblem(await t.call('GET', '/public-events/evt_pitch_practice'), 404, 'not_found');
  const party = await registerVisitor(t, VISITOR, 'evt_winter_party');
  assert.equal(party.status, 201, JSON.stringify(party.body));
  assert.deepEqual(
    {status: party.body.status, seats: party.body.seats, position: party.body.waitlistPosition},
    {status: 'registered', seats: 1, position: null},
  );
  // One open registration per email, whatever its case; a paid ticket needs an account.
  assertProblem(
    await registerVisitor(t, {...VISITOR, email: 'margaret@example.ORG'}, 'evt_winter_party'),
    409,
    'already_registered',
  );
  assertProblem(await registerVisitor(t, VISITOR, 'evt_a11y_workshop'), 422, 'sign_in_to_pay');
  assertProblem(await registerVisitor(t, VISITOR), 404, 'not_found');
  // The confirmation is mailed to the visitor.
  const mail = await t.call('GET', '/__dev/mailbox?email=margaret@example.org');
  assert.match(mail.body.messages[0].subject, /^You're in: Winter party/);
});

test("visitors and members share one event's seats and waitlist, in arrival order", async () => {
  const t = withPublicPitch();
  const [chloe, ben] = [await t.login('chloe@example.com'), await t.login('ben@example.com')];
  // Margaret takes the last seat; Ben then waits first, Alan second.
  assert.equal((await registerVisitor(t, VISITOR)).body.status, 'registered');
  const benWaits = await t.call('POST', '/events/evt_pitch_practice/registrations', {
    token: ben,
    body: {},
  });
  assert.deepEqual([benWaits.body.status, benWaits.body.waitlistPosition], ['waitlisted', 1]);
  const alan = await registerVisitor(t, {name: 'Alan Turing', email: 'alan@example.com'});
  assert.deepEqual([alan.body.status, alan.body.waitlistPosition], ['waitlisted', 2]);
  // Chloe gives her seat back: Ben is offered it; Ben leaves the line: Alan gets a seat.
  const chloeSeat = (
    await t.call('GET', '/me/event-registrations', {token: chloe})
  ).body.items.find((mine: Json) => mine.event.id === 'evt_pitch_practice').registration.id;
  await t.call('DELETE', `/me/event-registrations/${chloeSeat}`, {token: chloe});
  const offered = await t.call('GET', `/me/event-registrations/${benWaits.body.id}`, {token: ben});
  assert.equal(offered.body.registration.status, 'offered');
  await t.call('DELETE', `/me/event-registrations/${benWaits.body.id}`, {token: ben});
  const event = await t.call('GET', '/public-events/evt_pitch_practice');
  assert.deepEqual([event.body.seatsLeft, event.body.waitlistLength], [0, 0]);
  const mail = await t.call('GET', '/__dev/mailbox?email=alan@example.com');
  assert.match(mail.body.messages[0].subject, /^A seat opened: Lunch & learn/);
});

test("a visitor's registration is nobody else's to read, and its details never leave the server", async () => {
  const t = withPublicPitch();
  const ada = await t.login('ada@example.com');
  const margaret = await registerVisitor(t, VISITOR);
  assertProblem(
    await t.call('GET', `/me/event-registrations/${margaret.body.id}`, {token: ada}),
    404,
    'not_found',
  );
  assertProblem(
    await t.call('GET', `/me/event-registrations/${margaret.body.id}`),
    401,
    'unauthorized',
  );
  const everything = JSON.stringify([
    await t.call('GET', '/events/evt_pitch_practice', {token: ada}),
    await t.call('GET', '/me/event-registrations', {token: ada}),
    await t.call('GET', '/public-events'),
    await t.call('GET', '/public-events/evt_pitch_practice'),
  ]);
  assert.ok(!/margaret/i.test(everything), 'a visitor’s name or email in an answer');
  assert.ok(!everything.includes(margaret.body.id), 'a visitor’s registration in an answer');
});

test('a visitor cancels with the key they got on registering, and their seat goes to the waitlist', async () => {
  const t = withPublicPitch();
  const margaret = await registerVisitor(t, VISITOR);
  const alan = await registerVisitor(t, {name: 'Alan Turing', email: 'alan@example.com'});
  assert.deepEqual([alan.body.status, alan.body.waitlistPosition], ['waitlisted', 1]);
  const key = margaret.body.cancelToken;
  assert.match(key, /^[A-Za-z0-9_-]{40,64}$/);
  // The key is in the visitor's confirmation mail, and only there.
  const mailed = await t.call('GET', '/__dev/mailbox?email=margaret@example.org');
  assert.ok(mailed.body.messages[0].text.includes(key));
  const cancel = (token: string) =>
    t.call('POST', '/public-event-registrations/cancel', {body: {token}});
  // Any other key, even one character off, is 404 and changes nothing.
  const wrong = `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`;
  assertProblem(await cancel(wrong), 404, 'not_found');
  assertProblem(await cancel(alan.body.id), 404, 'not_found');
  const done = await cancel(key);
  assert.equal(done.status, 200, JSON.stringify(done.body));
  assert.deepEqual([done.body.eventId, done.body.status], ['evt_pitch_practice', 'cancelled']);
  assertProblem(await cancel(key), 409, 'already_cancelled');
  // Alan, next in line, has the seat, and both visitors are told by mail.
  const event = await t.call('GET', '/public-events/evt_pitch_practice');
  assert.deepEqual([event.body.seatsLeft, event.body.waitlistLength], [0, 0]);
  const alanMail = await t.call('GET', '/__dev/mailbox?email=alan@example.com');
  assert.match(alanMail.body.messages[0].subject, /^A seat opened: Lunch & learn/);
  const after = await t.call('GET', '/__dev/mailbox?email=margaret@example.org');
  assert.match(after.body.messages[0].subject, /^Cancelled: Lunch & learn/);
  // After the deadline, the key no longer cancels.
  const winter = await registerVisitor(t, VISITOR, 'evt_winter_party');
  const party = await t.call('GET', '/public-events/evt_winter_party');
  await t.call('POST', '/__dev/clock', {
    body: {now: new Date(Date.parse(party.body.registrationDeadline) + 60_000).toISOString()},
  });
  assertProblem(await cancel(winter.body.cancelToken), 422, 'registration_closed');
});

test('a visitor’s registration keeps to the contract’s limits', async () => {
  const t = setup();
  for (const body of [
    {...VISITOR, name: 'G'.repeat(500)},
    {...VISITOR, email: 'not an email'},
    {...VISITOR, guests: 99},
    {...VISITOR, memberId: 'mem_ada'},
  ]) {
    const reply = await registerVisitor(t, body, 'evt_winter_party');
    assert.equal(reply.status, 400, JSON.stringify(body));
    assert.equal(reply.headers.get('content-type'), 'application/problem+json');
  }
  t.features({events: false});
  assertProblem(await t.call('GET', '/public-events'), 404, 'not_found');
});
