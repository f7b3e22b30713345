import type {RealtimeEvent} from './schemas.js';
import {isRealtimeEvent} from './is-realtime-event.js';
import {parseJsonText} from '../../utils/parse-json-text.js';
import {reportError} from '../../utils/report.js';
import {SseParser} from './SseParser.js';
import {SEQ_HEADER} from '../../contract/seq-header.js';

export interface RealtimeStreamOptions {
  /** The full URL of `GET /stream`. */
  url: string;
  fetch: typeof fetch;
  /** Read before each connection, so a reconnect always uses the current token. */
  getToken: () => string | undefined;
  onEvent: (event: RealtimeEvent) => void;
  /** The server refused `token` (401): the stream has stopped for good. */
  onUnauthorized: (token: string) => void;
  /**
   * A connection opened. `resumed` is true for every connection after the first attempt: events
   * sent while the stream was down may be lost (the server keeps only so many), so what they
   * would have changed must be refetched. `seq` is the answer's `Portico-Seq` header, if any.
   */
  onOpen?: (info: {resumed: boolean; seq: string | null}) => void;
  /**
   * The first reconnection delay in ms, until the server sets one with `retry:`.
   * @default 1_000
   */
  retryMs?: number;
  /** @default 30_000 */
  maxRetryMs?: number;
  headers?: Record<string, string>;
}

export type RealtimeStreamStatus = 'connecting' | 'open' | 'closed';

/**
 * Reads `GET /stream` with `fetch` (the browser's `EventSource` cannot send an
 * `Authorization` header, and a token in the URL ends up in logs) and keeps it open:
 * reconnects with exponential backoff and jitter, resumes with `Last-Event-ID`, honours
 * the server's `retry:` and stops for good on a 401 or an answer of 204. {@link reconnect}
 * skips the wait when the caller knows the network is back.
 */
export class RealtimeStream {
  #controller: AbortController | undefined;
  /** The current attempt or wait; aborted by {@link reconnect} to start over at once. */
  #attempt: AbortController | undefined;
  #reconnectNow = false;
  #retryMs: number;
  #lastEventId = '';
  #status: RealtimeStreamStatus = 'closed';
  readonly #options: RealtimeStreamOptions;

  constructor(options: RealtimeStreamOptions) {
    this.#options = options;
    this.#retryMs = options.retryMs ?? 1_000;
  }

  get status(): RealtimeStreamStatus {
    return this.#status;
  }

  get lastEventId(): string {
    return this.#lastEventId;
  }

  start(): void {
    if (this.#controller) return;
    const controller = new AbortController();
    this.#controller = controller;
    void this.#run(controller.signal).finally(() => {
      if (this.#controller === controller) this.#controller = undefined;
      this.#status = 'closed';
    });
  }

  stop(): void {
    this.#controller?.abort();
    this.#controller = undefined;
    this.#status = 'closed';
  }

  /**
   * Connects again now, resuming with `Last-Event-ID`: skips a pending backoff, and replaces an
   * open connection too, since one that lived through a network change may be dead without
   * knowing it (a cut network sends no FIN). Does nothing on a stopped stream.
   */
  reconnect(): void {
    if (!this.#controller) return;
    this.#reconnectNow = true;
    this.#attempt?.abort();
  }

  async #run(signal: AbortSignal): Promise<void> {
    let failures = 0;
    let attempts = 0;
    while (!signal.aborted) {
      const token = this.#options.getToken();
      if (token === undefined) return;
      this.#status = 'connecting';
      this.#reconnectNow = false;
      const attempt = this.#startAttempt(signal);
      const outcome = await this.#connect(token, attempt, attempts++ > 0);
      if (outcome === 'stop' || signal.aborted) return;
      // A stream that opened and then ended reconnects after the base delay; failures back off.
      failures = outcome === 'ended' ? 0 : failures + 1;
      if (this.#reconnectNow) {
        failures = 0;
        continue;
      }
      await sleep(this.#delay(failures), this.#startAttempt(signal));
    }
  }

  /** A signal aborted by `stop()` (via `signal`) or by `reconnect()`. */
  #startAttempt(signal: AbortSignal): AbortSignal {
    // The previous attempt has settled: aborting it drops its listener on `signal`.
    this.#attempt?.abort();
    const attempt = new AbortController();
    this.#attempt = attempt;
    const abort = () => attempt.abort();
    signal.addEventListener('abort', abort, {once: true});
    attempt.signal.addEventListener('abort', () => signal.removeEventListener('abort', abort), {
      once: true,
    });
    return attempt.signal;
  }

  async #connect(
    token: string,
    signal: AbortSignal,
    resumed: boolean,
  ): Promise<'stop' | 'ended' | 'failed'> {
    const headers: Record<string, string> = {
      ...this.#options.headers,
      accept: 'text/event-stream',
      authorization: `Bearer ${token}`,
    };
    if (this.#lastEventId) headers['last-event-id'] = this.#lastEventId;
    let response: Response;
    try {
      response = await this.#options.fetch(this.#options.url, {headers, signal, cache: 'no-store'});
    } catch {
      return 'failed';
    }
    if (response.status === 401) {
      void response.body?.cancel().catch(() => undefined);
      this.#options.onUnauthorized(token);
      return 'stop';
    }
    // 204 is the standard's way for a server to say "do not reconnect".
    if (response.status === 204) return 'stop';
    const type = response.headers.get('content-type') ?? '';
    if (!response.ok || !response.body || !type.startsWith('text/event-stream')) {
      void response.body?.cancel().catch(() => undefined);
      return 'failed';
    }
    this.#status = 'open';
    try {
      this.#options.onOpen?.({resumed, seq: response.headers.get(SEQ_HEADER)});
    } catch (error) {
      reportError(error);
    }
    const parser = new SseParser(
      (message) => {
        this.#lastEventId = message.id;
        this.#deliver(message.data);
      },
      (ms) => (this.#retryMs = ms),
    );
    parser.lastEventId = this.#lastEventId;
    const decoder = new TextDecoder();
    const reader = response.body.getReader();
    try {
      for (;;) {
        const {done, value} = await reader.read();
        if (done) break;
        parser.push(decoder.decode(value, {stream: true}));
      }
    } catch {
      // Dropped connection (or our own abort): reconnect below unless stopped.
    } finally {
      this.#lastEventId = parser.lastEventId;
      void reader.cancel().catch(() => undefined);
    }
    return 'ended';
  }

  #deliver(data: string): void {
    let json: unknown;
    try {
      json = parseJsonText(data);
    } catch {
      return;
    }
    // An event this SDK does not understand (a newer server) is dropped, never guessed at.
    if (!isRealtimeEvent(json)) return;
    try {
      this.#options.onEvent(json);
    } catch (error) {
      // A listener's bug must not look like a dropped connection.
      reportError(error);
    }
  }

  /** Exponential from the server's `retry:`, capped, with "equal jitter" (never zero). */
  #delay(failures: number): number {
    const max = this.#options.maxRetryMs ?? 30_000;
    const delay = Math.min(max, this.#retryMs * 2 ** failures);
    return delay / 2 + Math.random() * (delay / 2);
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, {once: true});
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
