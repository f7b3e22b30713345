import type {Event} from '@portico/sdk/contract';
import type {CaseContext} from '../context.js';
import {defineCases} from '../define-cases.js';
import {expectProblem, expectStatus, ok} from '../expect.js';

/** A public, free event still open to registration (the demo seeds one). */
async function freePublicEvent(context: CaseContext): Promise<Event> {
  const list = await context.api.call('listPublicEvents', {query: {limit: '100'}});
  expectStatus(list, 200, 'GET /public-events (no session)');
  ok(
    list.body.items.every((e) => e.audience === 'public' && e.myRegistration === null),
    'GET /public-events lists a members-only event, or someone’s registration',
  );
  const event = list.body.items.find(
    (e) => e.price.kind === 'free' && (e.seatsLeft === null || e.seatsLeft > 1),
  );
  ok(event, 'no free public event with seats left to register for');
  return event;
}

const visitor = (context: CaseContext) => ({
  name: 'Margaret Hamilton',
  email: `${context.key()}@visitors.example.org`,
});

/** A new visitor registers for a free public event (201), then Ada signs in to look. */
async function visitorRegisters(context: CaseContext) {
  const event = await freePublicEvent(context);
  const who = visitor(context);
  const reply = await context.send('registerForPublicEvent', {
    params: {eventId: event.id},
    body: who,
  });
  expectStatus(reply, 201, 'POST /public-events/:eventId/registrations');
  const {token} = await context.login('ada@example.com');
  return {event, who, registration: reply.body, token};
}

export const publicEventCases = defineCases('public events', {
  async 'a visitor registers for a free public event with a name and email, once per email, on the members’ seats'(
    context,
  ) {
    const {event, who, registration, token} = await visitorRegisters(context);
    ok(registration.status === 'registered', `the visitor is ${registration.status}`);
    const again = await context.send('registerForPublicEvent', {
      params: {eventId: event.id},
      body: {...who, email: who.email.toUpperCase()},
    });
    expectProblem(again, 'already_registered', 'the same email again');
    const seen = await context.api.call('getEvent', {token, params: {eventId: event.id}});
    expectStatus(seen, 200, 'GET /events/:eventId');
    ok(
      event.seatsLeft === null || seen.body.seatsLeft === event.seatsLeft - 1,
      `members see ${seen.body.seatsLeft} seats left after a visitor took one of ${event.seatsLeft}`,
    );
    const members = await context.api.call('listEvents', {token, query: {limit: '100'}});
    const only = members.body.items.find((e) => e.audience === 'members');
    ok(only, 'no members-only event to check');
    const hidden = await context.send('registerForPublicEvent', {
      params: {eventId: only.id},
      body: visitor(context),
    });
    expectProblem(hidden, 'not_found', 'a visitor registering for a members-only event');
  },

  async 'isolation: a visitor’s registration is nobody else’s to read, and its email never leaves the server'(
    context,
  ) {
    const {event, who, registration, token} = await visitorRegisters(context);
    const read = await context.api.call('getMyEvent', {
      token,
      params: {registrationId: registration.id},
    });
    expectProblem(read, 'not_found', "a member reading a visitor's registration");
    const answers = JSON.stringify([
      (await context.api.call('getEvent', {token, params: {eventId: event.id}})).body,
      (await context.api.call('listMyEvents', {token, query: {limit: '100'}})).body,
      (await context.api.call('listPublicEvents', {query: {limit: '100'}})).body,
      (await context.api.call('getPublicEvent', {params: {eventId: event.id}})).body,
    ]);
    ok(!answers.includes(who.email), 'an answer carries the visitor’s email');
    ok(!answers.includes(registration.id), 'an answer carries the visitor’s registration');
  },

  async 'a visitor cancels only with their own key: any other is 404, and it cancels once'(
    context,
  ) {
    const {event, registration} = await visitorRegisters(context);
    const other = await context.send('registerForPublicEvent', {
      params: {eventId: event.id},
      body: visitor(context),
    });
    expectStatus(other, 201, 'a second visitor registers');
    const cancel = (token: string) => context.send('cancelPublicRegistration', {body: {token}});
    const key = registration.cancelToken;
    const oneOff = `${key.slice(0, -1)}${key.endsWith('x') ? 'y' : 'x'}`;
    for (const token of [registration.id, oneOff]) {
      expectProblem(await cancel(token), 'not_found', 'cancelling with a key that is not theirs');
    }
    const done = await cancel(registration.cancelToken);
    expectStatus(done, 200, 'POST /public-event-registrations/cancel');
    ok(done.body.eventId === event.id && done.body.status === 'cancelled', 'not cancelled');
    expectProblem(await cancel(registration.cancelToken), 'already_cancelled', 'the key again');
    const seen = await context.api.call('getPublicEvent', {params: {eventId: event.id}});
    ok(
      event.seatsLeft === null || seen.body.seatsLeft === event.seatsLeft - 1,
      `${seen.body.seatsLeft} seats left: the cancelled seat is not free again, or the other visitor's went too`,
    );
  },
});
