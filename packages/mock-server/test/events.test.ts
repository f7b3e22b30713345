import assert from 'node:assert/strict';
import {test} from 'node:test';
import {DAY, HOUR, assertProblem, setup, type Json} from './helpers/mock-api.js';

const ADA = 'ada@example.com';
const BEN = 'ben@example.com';

async function event(t: ReturnType<typeof setup>, token: string, id: string): Promise<Json> {
  const reply = await t.call('GET', `/events/${id}`, {token});
  assert.equal(reply.status, 200, JSON.stringify(reply.body));
  return reply.body;
}

test('the programme: upcoming soonest first, past latest first, filters by category, day and words', async () => {
  const t = setup();
  const token = await t.login(ADA);
  const upcoming = await t.call('GET', '/events', {token});
  assert.equal(upcoming.status, 200);
  const titles = upcoming.body.items.map((e: Json) => e.title);
  assert.equal(titles[0], 'Friday drinks on the terrace');
  assert.ok(titles.includes('Founders’ lunch: raising a seed round in 2027'));
  const past = await t.call('GET', '/events?when=past', {token});
  assert.deepEqual(
    past.body.items.map((e: Json) => e.title),
    ['Design critique night', 'Breakfast & introductions'],
  );
  const workshops = await t.call('GET', '/events?category=Workshop', {token});
  assert.ok(workshops.body.items.every((e: Json) => e.category === 'Workshop'));
  assert.equal(workshops.body.items.length, 3);
  const search = await t.call('GET', '/events?q=SCREEN%20reader', {token});
  assert.deepEqual(
    search.body.items.map((e: Json) => e.id),
    ['evt_a11y_workshop'],
  );
  const day = await t.call('GET', `/events?from=${t.day(3)}&to=${t.day(3)}`, {token});
  assert.deepEqual(
    day.body.items.map((e: Json) => e.id),
    ['evt_pitch_practice'],
  );
  const categories = await t.call('GET', '/events/categories', {token});
  assert.deepEqual(categories.body.items, ['Community', 'Social', 'Talk', 'Workshop']);
});

test('one seat left: Ada takes it, Ben waits, Ada cancels and Ben is offered the seat with a notice', async () => {
  const t = setup();
  const ada = await t.login(ADA);
  const ben = await t.login(BEN);
  const before = await event(t, ada, 'evt_pitch_practice');
  assert.equal(before.seatsLeft, 1);
  const quote = await t.call('POST', '/events/evt_pitch_practice/quote', {token: ada, body: {}});
  assert.equal(quote.body.outcome, 'registered');
  const mine = await t.call('POST', '/events/evt_pitch_practice/registrations', {
    token: ada,
    body: {},
  });
  assert.equal(mine.status, 201, JSON.stringify(mine.body));
  assert.equal(mine.body.status, 'registered');
  const benQuote = await t.call('POST', '/events/evt_pitch_practice/quote', {token: ben, body: {}});
  assert.equal(benQuote.body.outcome, 'waitlisted');
  assert.equal(benQuote.body.waitlistPosition, 1);
  const waiting = await t.call('POST', '/events/evt_pitch_practice/registrations', {
    token: ben,
    body: {},
  });
  assert.equal(waiting.body.status, 'waitlisted');
  assert.equal(waiting.body.waitlistPosition, 1);
  assertProblem(
    await t.call('POST', '/events/evt_pitch_practice/registrations', {token: ben, body: {}}),
    409,
    'already_registered',
  );
  const cancelled = await t.call('DELETE', `/me/event-registrations/${mine.body.id}`, {token: ada});
  assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
  assert.equal(cancelled.body.registration.status, 'cancelled');
  const offered = await t.call('GET', `/me/event-registrations/${waiting.body.id}`, {token: ben});
  assert.equal(offered.body.registration.status, 'offered');
  assert.equal(
    Date.parse(offered.body.registration.offerExpiresAt) - t.now(),
    24 * HOUR,
    'held for the event’s 24 hours',
  );
  const notices = await t.call('GET', '/me/notifications', {token: ben});
  assert.equal(notices.body.items[0].kind, 'event.offered');
  assert.match(notices.body.items[0].title, /a seat is yours/);
  const confirmed = await t.call('POST', `/me/event-registrations/${waiting.body.id}/confirm`, {
    token: ben,
    body: {},
  });
  assert.equal(confirmed.body.status, 'registered');
  assert.equal((await event(t, ben, 'evt_pitch_practice')).seatsLeft, 0);
});

test('an offer not confirmed in time lapses and the next in line is offered the seat', async () => {
  const t = setup();
  const [ada, ben, chloe] = [
    await t.login(ADA),
    await t.login(BEN),
    await t.login('chloe@example.com'),
  ];
  // Founders' lunch is full; Ines then Ben wait. Chloe gives her seat back.
  const chloeReg = (await event(t, chloe, 'evt_founders_lunch')).myRegistration;
  await t.call('DELETE', `/me/event-registrations/${chloeReg.id}`, {token: chloe});
  const benReg = (await event(t, ben, 'evt_founders_lunch')).myRegistration;
  assert.equal(benReg.status, 'waitlisted');
  assert.equal(benReg.waitlistPosition, 1, 'Ines was offered the seat; Ben is next');
  t.advance(24 * HOUR + 1);
  const after = (await event(t, ben, 'evt_founders_lunch')).myRegistration;
  assert.equal(after.status, 'offered');
  assert.equal((await event(t, ada, 'evt_founders_lunch')).waitlistLength, 0);
});

test('paid tickets: credits are taken and given back by the refund rule; the card and the next invoice', async () => {
  const t = setup();
  const ada = await t.login(ADA);
  const credits = async () => (await t.call('GET', '/me/credits', {token: ada})).body.total;
  const start = await credits();
  const reg = await t.call('POST', '/events/evt_portfolio_review/registrations', {
    token: ada,
    body: {payWith: 'credits'},
  });
  assert.equal(reg.status, 201, JSON.stringify(reg.body));
  assert.equal(reg.body.paidWith, 'credits');
  assert.equal(await credits(), start - 3);
  const cancelled = await t.call('DELETE', `/me/event-registrations/${reg.body.id}`, {token: ada});
  assert.equal(cancelled.body.refund.percent, 100);
  assert.equal(await credits(), start);
  assertProblem(
    await t.call('POST', '/events/evt_founders_lunch/registrations', {
      token: ada,
      body: {payWith: 'credits'},
    }),
    422,
    'pay_with_unavailable',
  );
  const a11y = await t.call('POST', '/events/evt_a11y_workshop/registrations', {
    token: ada,
    body: {payWith: 'invoice', guests: 0},
  });
  assert.equal(a11y.status, 201, JSON.stringify(a11y.body));
  const upcoming = await t.call('GET', '/me/upcoming-invoice', {token: ada});
  const line = upcoming.body.lines.find((l: Json) => l.source?.kind === 'event');
  assert.equal(line.description, 'Ticket: Accessibility testing, hands on');
  assert.deepEqual(line.amount, {amount: 4000, currency: 'EUR'});
});

test('guests: within the event’s allowance, and the deadline closes registering and cancelling', async () => {
  const t = setup();
  const ada = await t.login(ADA);
  assertProblem(
    await t.call('POST', '/events/evt_pitch_practice/quote', {token: ada, body: {guests: 1}}),
    422,
    'too_many_guests',
  );
  const drinks = (await event(t, ada, 'evt_friday_drinks')).myRegistration;
  t.advance(DAY + 10 * HOUR);
  assertProblem(
    await t.call('DELETE', `/me/event-registrations/${drinks.id}`, {token: ada}),
    422,
    'registration_closed',
  );
});

test('the day before, a registered member gets a reminder, once', async () => {
  const t = setup();
  const ada = await t.login(ADA);
  await t.call('GET', '/me/event-registrations', {token: ada});
  await t.call('GET', '/events', {token: ada});
  const notices = await t.call('GET', '/me/notifications', {token: ada});
  const reminders = notices.body.items.filter((n: Json) => n.kind === 'event.reminder');
  assert.equal(reminders.length, 1);
  assert.equal(reminders[0].title, 'Tomorrow: Friday drinks on the terrace');
});

test('my events, another member’s registration is 404, and an event room is busy in availability', async () => {
  const t = setup();
  const ada = await t.login(ADA);
  const ben = await t.login(BEN);
  const mine = await t.call('GET', '/me/event-registrations', {token: ada});
  assert.deepEqual(
    mine.body.items.map((m: Json) => m.event.id),
    ['evt_friday_drinks', 'evt_winter_party'],
  );
  const past = await t.call('GET', '/me/event-registrations?when=past', {token: ada});
  assert.equal(past.body.items.length, 2);
  const id = mine.body.items[0].registration.id;
  assertProblem(
    await t.call('GET', `/me/event-registrations/${id}`, {token: ben}),
    404,
    'not_found',
  );
  assertProblem(
    await t.call('DELETE', `/me/event-registrations/${id}`, {token: ben}),
    404,
    'not_found',
  );
  const drinks = await event(t, ada, 'evt_friday_drinks');
  const from = encodeURIComponent(drinks.start);
  const to = encodeURIComponent(drinks.end);
  const availability = await t.call(
    'GET',
    `/availability?from=${from}&to=${to}&resourceIds=event-loft`,
    {token: ada},
  );
  assert.equal(availability.status, 200, JSON.stringify(availability.body));
  assert.deepEqual(availability.body.resources[0].busy, [{start: drinks.start, end: drinks.end}]);
  assert.deepEqual(availability.body.resources[0].free, []);
  const ics = await t.api.dispatch(t.request('GET', '/events/evt_friday_drinks/ics', {token: ada}));
  assert.equal(ics.headers.get('content-type'), 'text/calendar; charset=utf-8');
  assert.match(await ics.text(), /SUMMARY:Friday drinks on the terrace/);
});

test('a space that turns events off answers 404 on every events route', async () => {
  const t = setup();
  const token = await t.login(ADA);
  t.features({events: false});
  assertProblem(await t.call('GET', '/events', {token}), 404, 'not_found');
  assertProblem(await t.call('GET', '/me/event-registrations', {token}), 404, 'not_found');
});
