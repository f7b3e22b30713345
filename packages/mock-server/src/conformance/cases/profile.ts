import type {CaseContext, Slot} from '../context.js';
import {bookingBody, defineCases} from '../define-cases.js';
import {expectProblem, expectStatus, ok} from '../expect.js';

/** A secret of fewer characters (base64url, 6 bits each) carries under 128 random bits. */
const MIN_SECRET_LENGTH = 22;

/** The member's feed address, and its secret (the last path segment without `.ics`). */
async function feedOf(context: CaseContext, token: string) {
  const reply = await context.api.call('getCalendarFeed', {token});
  expectStatus(reply, 200, 'GET /me/calendar-feed');
  const secret = /\/calendar\/([A-Za-z0-9_-]+)\.ics$/.exec(new URL(reply.body.url).pathname)?.[1];
  ok(secret, `the feed address ${reply.body.url} does not end in /calendar/{secret}.ics`);
  ok(
    secret.length >= MIN_SECRET_LENGTH,
    `the feed secret has ${secret.length} characters; at least ${MIN_SECRET_LENGTH} (128 random bits) are needed`,
  );
  return {url: reply.body.url, secret};
}

/** Reads a feed as a calendar app does: no Authorization header. */
async function readFeed(context: CaseContext, url: string) {
  const reply = await context.api.raw(url);
  expectStatus(reply, 200, `GET ${new URL(url).pathname}`);
  const type = reply.headers.get('content-type') ?? '';
  ok(/^text\/calendar;\s*charset=utf-8$/i.test(type), `the feed's content-type is "${type}"`);
  const cache = reply.headers.get('cache-control') ?? '';
  ok(
    /\b(no-store|private)\b/.test(cache),
    `the feed's cache-control is "${cache}"; a shared cache could keep a member's bookings`,
  );
  const text = String(reply.body);
  ok(text.startsWith('BEGIN:VCALENDAR\r\n'), 'the feed is not an iCalendar file');
  // Unfolded (RFC 5545 §3.1), each event's UID is `{bookingId}@…`.
  const uids = [...text.replace(/\r\n[ \t]/g, '').matchAll(/^UID:([^@\r\n]+)@/gm)];
  return new Set(uids.map((match) => match[1]));
}

// The group keeps its earlier name: reports and `--grep` select cases by it.
export const profileCases = defineCases('calendar feed', {
  async "a member's feed lists their bookings, not cancelled ones nor another member's"(context) {
    const ada = await context.login('ada@example.com');
    const ben = await context.login('ben@example.com');
    // The cheapest slots, so ada's credits pay for two bookings.
    const cost = (slot: Slot) => (slot.resource.creditsPerHour ?? 0) * (slot.end - slot.start);
    const [first, second, third] = (await context.slots()).sort((a, b) => cost(a) - cost(b));
    ok(first && second && third, 'three free slots are needed');
    const book = async (token: string, slot: typeof first) => {
      const reply = await context.send('createBooking', {
        token,
        body: bookingBody(slot),
      });
      expectStatus(reply, 201, 'POST /bookings');
      return reply.body.bookings[0]!.id;
    };
    const kept = await book(ada.token, first);
    const cancelled = await book(ada.token, second);
    const bens = await book(ben.token, third);
    expectStatus(
      await context.api.call('cancelBooking', {token: ada.token, params: {bookingId: cancelled}}),
      200,
      'DELETE /bookings/{id}',
    );
    const ids = await readFeed(context, (await feedOf(context, ada.token)).url);
    ok(ids.has(kept), `ada's feed does not list her booking ${kept}`);
    ok(!ids.has(cancelled), `ada's feed lists her cancelled booking ${cancelled}`);
    ok(!ids.has(bens), `ada's feed lists ben's booking ${bens}`);
    const bensIds = await readFeed(context, (await feedOf(context, ben.token)).url);
    ok(bensIds.has(bens) && !bensIds.has(kept), "ben's feed is not his own");
  },

  async 'the feed address stays until reset; then the old one answers 404'(context) {
    const ada = await context.login('ada@example.com');
    const before = await feedOf(context, ada.token);
    ok((await feedOf(context, ada.token)).url === before.url, 'the feed address changed by itself');
    const reset = await context.api.call('resetCalendarFeed', {token: ada.token});
    expectStatus(reset, 200, 'POST /me/calendar-feed/reset');
    ok(reset.body.url !== before.url, 'reset answered the same address');
    expectProblem(await context.api.raw(before.url), 'not_found', 'GET the feed after a reset');
    ok(
      (await feedOf(context, ada.token)).url === reset.body.url,
      'GET does not answer the new address',
    );
    await readFeed(context, reset.body.url);
  },

  async 'an unknown secret, or a secret in another space, answers 404'(context) {
    const ada = await context.login('ada@example.com');
    const {secret} = await feedOf(context, ada.token);
    const flipped = (secret[0] === 'A' ? 'B' : 'A') + secret.slice(1);
    expectProblem(
      await context.api.raw(context.api.url('calendarFeedFile', {secret: flipped})),
      'not_found',
      'GET a feed with one character of the secret changed',
    );
    expectProblem(
      await context.api.raw(context.otherSpace().url('calendarFeedFile', {secret})),
      'not_found',
      "GET ada's feed under another space",
    );
    expectProblem(
      await context.api.call('getCalendarFeed'),
      'unauthorized',
      'GET /me/calendar-feed without a session',
    );
  },
});
