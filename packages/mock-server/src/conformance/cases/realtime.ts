import {SseParser} from '@portico/sdk/realtime';
import type {SseMessage} from '@portico/sdk/realtime';
import {RealtimeEvent} from '@portico/sdk/contract';
import type {CaseContext} from '../context.js';
import {bookingBody, defineCases} from '../define-cases.js';
import {expectProblem, expectStatus, fail, ok} from '../expect.js';
import {check} from '../http.js';

/**
 * Reads server-sent events with the SDK's own parser until `until` returns true or `timeout`
 * ms pass. Returns the events and the stream's last event id (what `Last-Event-ID` resumes).
 */
export async function readEvents(
  response: Response,
  until: (events: SseMessage[]) => boolean,
  timeout: number,
): Promise<{events: SseMessage[]; lastEventId: string}> {
  const events: SseMessage[] = [];
  const parser = new SseParser((message) => events.push(message));
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const timer = setTimeout(() => void reader.cancel(), timeout);
  try {
    for (;;) {
      const {done, value} = await reader.read();
      if (done) break;
      parser.push(value);
      if (until(events)) break;
    }
  } finally {
    clearTimeout(timer);
    await reader.cancel().catch(() => {});
  }
  return {events, lastEventId: parser.lastEventId};
}

/** A `readEvents` stop: once an event of each of these types has come (matched in its data). */
export const sawTypes =
  (...types: string[]) =>
  (seen: readonly SseMessage[]): boolean =>
    types.every((type) => seen.some((e) => e.data.includes(type)));

/** The events' data checked against the contract, each with the id it came with. */
export function parseEvents(events: readonly SseMessage[]): (RealtimeEvent & {id: string})[] {
  return events.map((event) => {
    let json: unknown;
    try {
      json = JSON.parse(event.data);
    } catch {
      fail(`an event's data is not JSON: ${event.data.slice(0, 100)}`);
    }
    const realtime = check(RealtimeEvent, json, 'GET /stream');
    ok(event.id, `the ${realtime.type} event has no id: line, so it cannot be resumed`);
    return {...realtime, id: event.id};
  });
}

/** The events {@link readEvents} reads, each checked against the contract. */
export async function readParsedEvents(
  response: Response,
  until: (events: SseMessage[]) => boolean,
  timeout: number,
): Promise<(RealtimeEvent & {id: string})[]> {
  return parseEvents((await readEvents(response, until, timeout)).events);
}

/** Opens `GET /stream` (optionally resuming) and checks it is an event stream. */
export async function openStream(
  context: CaseContext,
  token: string,
  signal: AbortSignal,
  lastEventId?: string,
): Promise<Response> {
  const response = await fetch(context.api.url('stream'), {
    headers: {
      authorization: `Bearer ${token}`,
      accept: 'text/event-stream',
      ...(lastEventId === undefined ? {} : {'last-event-id': lastEventId}),
    },
    signal,
  });
  ok(response.status === 200, `GET /stream answered ${response.status}`);
  ok(
    response.headers.get('content-type')?.startsWith('text/event-stream'),
    'GET /stream is not text/event-stream',
  );
  return response;
}

/** Whether the raw events hold a booking.changed for `bookingId`. */
const bookingChanged = (events: readonly SseMessage[], bookingId: string) =>
  events.some((e) => e.data.includes('booking.changed') && e.data.includes(bookingId));

export const realtimeCases = defineCases('realtime', {
  async 'the event stream needs a token'(context) {
    expectProblem(await context.api.call('stream'), 'unauthorized', 'GET /stream without a token');
  },

  async 'a booking pushes availability and booking events with ids'(context) {
    const {token} = await context.login('ada@example.com');
    const [slot] = await context.slots();
    const abort = new AbortController();
    const response = await openStream(context, token, abort.signal);
    try {
      const created = await context.send('createBooking', {
        token,
        body: bookingBody(slot!),
      });
      expectStatus(created, 201, 'POST /bookings');
      const bookingId = created.body.bookings[0]!.id;
      const parsed = await readParsedEvents(
        response,
        sawTypes('booking.changed', 'availability.changed'),
        3000,
      );
      ok(
        parsed.some((e) => e.type === 'booking.changed' && e.data.bookingId === bookingId),
        'no booking.changed event for the new booking within 3 s',
      );
      ok(
        parsed.some(
          (e) =>
            e.type === 'availability.changed' && e.data.resourceIds.includes(slot!.resource.id),
        ),
        'no availability.changed event for the booked resource within 3 s',
      );
    } finally {
      abort.abort();
    }
  },

  async 'Last-Event-ID resumes with the events missed while disconnected, and only those'(context) {
    const {token} = await context.login('ada@example.com');
    const [first, second] = await context.slots();
    const book = async (slot: typeof first) => {
      const created = await context.send('createBooking', {
        token,
        body: bookingBody(slot!),
      });
      expectStatus(created, 201, 'POST /bookings');
      return created.body.bookings[0]!.id;
    };
    const abort = new AbortController();
    let lastEventId: string;
    let firstId: string;
    try {
      const response = await openStream(context, token, abort.signal);
      firstId = await book(first);
      ({lastEventId} = await readEvents(
        response,
        (seen) => bookingChanged(seen, firstId) && sawTypes('availability.changed')(seen),
        3000,
      ));
    } finally {
      abort.abort();
    }
    ok(lastEventId !== '', 'the first booking brought no event with an id');
    // Booked while no stream is open: only a resume can deliver its events.
    const secondId = await book(second);
    const resumed = new AbortController();
    try {
      const response = await openStream(context, token, resumed.signal, lastEventId);
      const parsed = await readParsedEvents(
        response,
        (seen) => bookingChanged(seen, secondId),
        3000,
      );
      ok(
        parsed.some((e) => e.type === 'booking.changed' && e.data.bookingId === secondId),
        `resuming from Last-Event-ID ${lastEventId} did not deliver the booking.changed event ` +
          'of a booking made while disconnected',
      );
      ok(
        !parsed.some((e) => e.type === 'booking.changed' && e.data.bookingId === firstId),
        `resuming from Last-Event-ID ${lastEventId} replayed an event that came before it`,
      );
    } finally {
      resumed.abort();
    }
  },
});
