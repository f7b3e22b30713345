import type {Event} from '@portico/sdk/contract';
import type {CaseContext} from '../context.js';
import {defineCases} from '../define-cases.js';
import {expectStatus, ok} from '../expect.js';
import {openStream, readParsedEvents, sawTypes} from './realtime.js';

/** An upcoming free event with a few seats and nobody registered yet (the demo seeds one). */
async function emptySmallEvent(context: CaseContext, token: string): Promise<Event> {
  const list = await context.api.call('listEvents', {token, query: {limit: '100'}});
  expectStatus(list, 200, 'GET /events');
  const event = list.body.items.find(
    (e) =>
      e.price.kind === 'free' &&
      e.capacity !== null &&
      e.capacity <= 10 &&
      e.seatsLeft === e.capacity &&
      e.waitlistLength === 0 &&
      e.maxGuests === 0,
  );
  ok(event, 'no upcoming free event with at most 10 seats, all free, to register for');
  return event;
}

/** `count` members who never logged in before, each with a session. */
async function newMembers(context: CaseContext, prefix: string, count: number) {
  const tokens: string[] = [];
  for (let i = 1; i <= count; i++)
    tokens.push((await context.login(`${prefix}-${i}@example.com`)).token);
  return tokens;
}

const registerFor = (context: CaseContext, token: string, eventId: string) =>
  context.send('register', {token, params: {eventId}, body: {}});

export const eventCases = defineCases('events', {
  async 'members racing for seats: three times as many as the seats, exactly that many registered, the rest waitlisted 1…n'(
    context,
  ) {
    const {token} = await context.login('ada@example.com');
    const event = await emptySmallEvent(context, token);
    const seats = event.capacity!;
    const tokens = await newMembers(context, 'racer', seats * 3);
    const replies = await Promise.all(tokens.map((t) => registerFor(context, t, event.id)));
    replies.forEach((reply, i) => expectStatus(reply, 201, `racing registration #${i + 1}`));
    const bodies = replies.map(
      (reply) => reply.body as {status: string; waitlistPosition: number | null},
    );
    const registered = bodies.filter((b) => b.status === 'registered').length;
    ok(
      registered === seats,
      `${registered} of ${tokens.length} racing members got one of ${seats} seats`,
    );
    const positions = bodies
      .filter((b) => b.status === 'waitlisted')
      .map((b) => b.waitlistPosition)
      .sort((a, b) => a! - b!);
    ok(
      positions.join() === Array.from({length: seats * 2}, (_, i) => i + 1).join(),
      `the waitlist positions answered were ${positions.join()}, expected 1…${seats * 2} once each`,
    );
    const after = await context.api.call('getEvent', {token, params: {eventId: event.id}});
    expectStatus(after, 200, 'GET /events/:eventId');
    ok(
      after.body.seatsLeft === 0 && after.body.waitlistLength === seats * 2,
      `after the race the event has ${after.body.seatsLeft} seats left and ${after.body.waitlistLength} waiting`,
    );
  },

  async 'a cancellation offers the seat to the first in line, who is told live, and the line moves up'(
    context,
  ) {
    const {token} = await context.login('ada@example.com');
    const event = await emptySmallEvent(context, token);
    const [first, ...others] = await newMembers(context, 'line', event.capacity! + 2);
    const seated = [first!, ...others.slice(0, event.capacity! - 1)];
    const [next, after] = others.slice(event.capacity! - 1);
    const mine: string[] = [];
    for (const t of seated) mine.push((await registerFor(context, t, event.id)).body.id);
    const waiting: {id: string; status: string; waitlistPosition: number | null}[] = [];
    for (const t of [next!, after!]) {
      const reply = await registerFor(context, t, event.id);
      expectStatus(reply, 201, 'a registration once the seats are gone');
      waiting.push(reply.body);
    }
    ok(
      waiting.map((w) => `${w.status}#${w.waitlistPosition}`).join() ===
        'waitlisted#1,waitlisted#2',
      `late registrations answered ${waiting.map((w) => `${w.status}#${w.waitlistPosition}`).join()}`,
    );
    const abort = new AbortController();
    try {
      const stream = await openStream(context, next!, abort.signal);
      const cancelled = await context.api.call('cancelRegistration', {
        token: first,
        params: {registrationId: mine[0]!},
      });
      expectStatus(cancelled, 200, 'DELETE /me/event-registrations/:id');
      const parsed = await readParsedEvents(
        stream,
        sawTypes('registration.changed', 'notification.created'),
        3000,
      );
      ok(
        parsed.some(
          (e) =>
            e.type === 'registration.changed' &&
            e.data.registrationId === waiting[0]!.id &&
            e.data.status === 'offered',
        ),
        'the first in line got no registration.changed (offered) event within 3 s',
      );
      ok(
        parsed.some((e) => e.type === 'notification.created'),
        'the first in line got no notification within 3 s',
      );
    } finally {
      abort.abort();
    }
    const offered = await context.api.call('getMyEvent', {
      token: next,
      params: {registrationId: waiting[0]!.id},
    });
    expectStatus(offered, 200, "the first in line's registration");
    const held = offered.body.registration;
    ok(
      held.status === 'offered' && held.offerExpiresAt !== null,
      `the first in line is ${held.status} (offer until ${held.offerExpiresAt})`,
    );
    const second = await context.api.call('getMyEvent', {
      token: after,
      params: {registrationId: waiting[1]!.id},
    });
    ok(
      second.body.registration.waitlistPosition === 1,
      `the second in line is now #${second.body.registration.waitlistPosition}, expected #1`,
    );
    const confirmed = await context.send('confirmOffer', {
      token: next,
      params: {registrationId: waiting[0]!.id},
      body: {},
    });
    expectStatus(confirmed, 200, 'POST …/confirm');
    ok(confirmed.body.status === 'registered', `confirming answered ${confirmed.body.status}`);
  },

  async "another member's registration is 404 to read, confirm or cancel, and is not listed"(
    context,
  ) {
    const ada = await context.login('ada@example.com');
    const ben = await context.login('ben@example.com');
    const event = await emptySmallEvent(context, ada.token);
    const created = await registerFor(context, ada.token, event.id);
    expectStatus(created, 201, "ada's registration");
    const registrationId = created.body.id;
    const params = {registrationId};
    await context.expectNotFound(ben.token, [
      ['getMyEvent', {params}, "ben reads ada's registration"],
      ['confirmOffer', {params, body: {}}, "ben confirms ada's registration"],
      ['cancelRegistration', {params}, "ben cancels ada's registration"],
    ]);
    const list = await context.api.call('listMyEvents', {token: ben.token});
    expectStatus(list, 200, "ben's GET /me/event-registrations");
    ok(
      !list.body.items.some((item) => item.registration.id === registrationId),
      "ada's registration is in ben's list",
    );
    const seen = await context.api.call('getEvent', {
      token: ben.token,
      params: {eventId: event.id},
    });
    ok(seen.body.myRegistration === null, "ben's view of the event carries ada's registration");
    const still = await context.api.call('getMyEvent', {token: ada.token, params});
    ok(still.body.registration.status === 'registered', "ada's registration changed");
  },
});
