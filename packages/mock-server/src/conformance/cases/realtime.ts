import {RealtimeEvent} from '@portico/sdk/contract';
import {bookingBody, defineCases} from '../define-cases.js';
import {expectProblem, expectStatus, fail, ok} from '../expect.js';
import {check} from '../http.js';

interface ServerSentEvent {
  id: string | undefined;
  event: string | undefined;
  data: string;
}

/** Reads server-sent events until `until` returns true or `timeout` ms pass. */
async function readEvents(
  response: Response,
  until: (events: ServerSentEvent[]) => boolean,
  timeout: number,
): Promise<ServerSentEvent[]> {
  const events: ServerSentEvent[] = [];
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const timer = setTimeout(() => void reader.cancel(), timeout);
  let buffer = '';
  try {
    for (;;) {
      const {done, value} = await reader.read();
      if (done) break;
      buffer += value;
      let end: number;
      while ((end = buffer.search(/\r?\n\r?\n/)) !== -1) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, '');
        const event: ServerSentEvent = {id: undefined, event: undefined, data: ''};
        for (const line of block.split(/\r?\n/)) {
          const [, field, value = ''] = /^([^:]*):? ?(.*)$/.exec(line) ?? [];
          if (field === 'id') event.id = value;
          else if (field === 'event') event.event = value;
          else if (field === 'data') event.data += (event.data ? '\n' : '') + value;
        }
        if (event.data) events.push(event);
      }
      if (until(events)) break;
    }
  } finally {
    clearTimeout(timer);
    await reader.cancel().catch(() => {});
  }
  return events;
}

export const realtimeCases = defineCases('realtime', {
  async 'the event stream needs a token'(context) {
    expectProblem(
      await context.api.call('events'),
      401,
      'unauthorized',
      'GET /events without a token',
    );
  },

  async 'a booking pushes availability and booking events with ids'(context) {
    const {token} = await context.login('ada@example.com');
    const [slot] = await context.slots();
    const abort = new AbortController();
    const response = await fetch(context.api.url('events'), {
      headers: {authorization: `Bearer ${token}`, accept: 'text/event-stream'},
      signal: abort.signal,
    });
    try {
      ok(response.status === 200, `GET /events answered ${response.status}`);
      ok(
        response.headers.get('content-type')?.startsWith('text/event-stream'),
        'GET /events is not text/event-stream',
      );
      const created = await context.api.call('createBooking', {
        token,
        idempotencyKey: context.key(),
        body: bookingBody(slot!),
      });
      expectStatus(created, 201, 'POST /bookings');
      const bookingId = created.body.bookings[0]!.id;
      const events = await readEvents(
        response,
        (seen) =>
          seen.some((e) => e.data.includes('booking.changed')) &&
          seen.some((e) => e.data.includes('availability.changed')),
        3000,
      );
      const parsed = events.map((event) => {
        let json: unknown;
        try {
          json = JSON.parse(event.data);
        } catch {
          fail(`an event's data is not JSON: ${event.data.slice(0, 100)}`);
        }
        const realtime = check(RealtimeEvent, json, 'GET /events');
        ok(event.id, `the ${realtime.type} event has no id: line, so it cannot be resumed`);
        return realtime;
      });
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
});
