/** One dispatched server-sent event. */
export interface SseMessage {
  /** The stream's last event id at dispatch (what `Last-Event-ID` resumes from). */
  readonly id: string;
  /** The `event:` field, `message` when absent. */
  readonly event: string;
  readonly data: string;
}

/**
 * An incremental `text/event-stream` parser following the HTML standard's "interpret an
 * event stream": lines end in CRLF, LF or CR (also split across chunks), `:` starts a
 * comment, one leading space after the colon is dropped, `data` lines join with `\n`, an
 * `id` containing NUL is ignored, `retry` takes digits only, and a blank line dispatches.
 */
export class SseParser {
  /** The last event id seen; survives across events and is sent back on reconnect. */
  lastEventId = '';

  #buffer = '';
  #data = '';
  #event = '';
  #idBuffer = '';
  #started = false;
  readonly #onMessage: (message: SseMessage) => void;
  readonly #onRetry: (ms: number) => void;

  constructor(onMessage: (message: SseMessage) => void, onRetry: (ms: number) => void = () => {}) {
    this.#onMessage = onMessage;
    this.#onRetry = onRetry;
  }

  push(chunk: string): void {
    let text = this.#buffer + chunk;
    if (!this.#started && text.length > 0) {
      this.#started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    let start = 0;
    for (;;) {
      const cr = text.indexOf('\r', start);
      const lf = text.indexOf('\n', start);
      if (cr === -1 && lf === -1) break;
      const end = cr === -1 ? lf : lf === -1 ? cr : Math.min(cr, lf);
      // A CR at the very end may be the first half of a CRLF split across chunks.
      if (end === cr && end === text.length - 1) break;
      this.#line(text.slice(start, end));
      start = end + (end === cr && text[end + 1] === '\n' ? 2 : 1);
    }
    this.#buffer = text.slice(start);
  }

  #line(line: string): void {
    if (line === '') return this.#dispatch();
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'data':
        this.#data += value + '\n';
        break;
      case 'event':
        this.#event = value;
        break;
      case 'id':
        if (!value.includes('\0')) this.#idBuffer = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) this.#onRetry(Number(value));
        break;
    }
  }

  #dispatch(): void {
    this.lastEventId = this.#idBuffer;
    if (this.#data === '') {
      this.#event = '';
      return;
    }
    const message = {
      id: this.lastEventId,
      event: this.#event || 'message',
      data: this.#data.slice(0, -1),
    };
    this.#data = '';
    this.#event = '';
    this.#onMessage(message);
  }
}
