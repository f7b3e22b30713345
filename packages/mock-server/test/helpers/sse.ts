import assert from 'node:assert/strict';
import type {Json, setup} from './mock-api.js';

export interface SseMessage {
  id?: string;
  event?: string;
  data?: string;
  retry?: string;
  comment?: string;
}

/** Reads a `text/event-stream` body message by message (enough of the format for tests). */
export class SseReader {
  readonly #reader: ReadableStreamDefaultReader<Uint8Array>;
  readonly #decoder = new TextDecoder();
  #buffer = '';

  constructor(body: ReadableStream<Uint8Array>) {
    this.#reader = body.getReader();
  }

  /** The next message, or null when the stream ends. */
  async next(): Promise<SseMessage | null> {
    for (;;) {
      const end = this.#buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = this.#buffer.slice(0, end);
        this.#buffer = this.#buffer.slice(end + 2);
        const message: SseMessage = {};
        for (const line of block.split('\n')) {
          if (line.startsWith(':')) message.comment = line.slice(1).trim();
          else {
            const colon = line.indexOf(':');
            const field = line.slice(0, colon) as keyof SseMessage;
            message[field] = line.slice(colon + 1).replace(/^ /, '');
          }
        }
        return message;
      }
      const {done, value} = await this.#reader.read();
      if (done) return null;
      this.#buffer += this.#decoder.decode(value, {stream: true});
    }
  }

  /** The data of the next events, parsed, until `count` arrived. */
  async events(count: number): Promise<{id: string; type: string; data: Json}[]> {
    const events = [];
    while (events.length < count) {
      const message = await this.next();
      if (!message) break;
      if (message.data) events.push(JSON.parse(message.data));
    }
    return events;
  }

  cancel(): Promise<void> {
    return this.#reader.cancel();
  }
}

/** Opens the member's realtime stream (`GET /stream`) past its `retry` preamble. */
export async function openStream(
  t: ReturnType<typeof setup>,
  token: string,
  headers: Record<string, string> = {},
  signal?: AbortSignal,
): Promise<SseReader> {
  const request = t.request('GET', '/stream', {token, headers});
  const response = await t.api.dispatch(signal ? new Request(request, {signal}) : request);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /^text\/event-stream/);
  const reader = new SseReader(response.body as ReadableStream<Uint8Array>);
  assert.deepEqual(await reader.next(), {retry: '1000'});
  return reader;
}
