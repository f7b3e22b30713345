import {SEQ_HEADER} from '@portico/sdk/contract';
import {API_HEADERS} from './api-headers.js';

const UTF8 = new TextEncoder();

/**
 * A success body a handler has already serialized (the availability memo keeps its answers
 * so); the dispatcher answers it with the route's status, as it would the object.
 */
export class JsonText {
  /**
   * The text as UTF-8, encoded once: a remembered answer is sent as these bytes on every
   * hit, where a string would be measured and encoded again for each socket write.
   */
  readonly bytes: Uint8Array;

  constructor(text: string) {
    this.bytes = UTF8.encode(text);
  }
}

/**
 * A JSON answer before it becomes a `Response`. Building a `Response` from a string costs
 * undici a body stream, which for a cached answer is most of the work left; the standalone
 * server writes this straight to the socket instead, and `dispatch` wraps it for everyone else.
 */
export interface PreparedJson {
  readonly status: number;
  /** The JSON text, or its UTF-8 bytes (a {@link JsonText}'s). */
  readonly body: string | Uint8Array;
  /** The `Portico-Seq` header (the contract's `SEQ_HEADER`). */
  readonly seq?: number;
}

/** The headers of every JSON answer, CORS and security included, as a Response would list them (sorted). */
const JSON_HEADERS: Record<string, string> = {...API_HEADERS, 'content-type': 'application/json'};
/** The same as flat `[name, value, …]` pairs, which `writeHead` takes without building an object. */
export const JSON_HEADER_PAIRS: readonly string[] = Object.entries(JSON_HEADERS)
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .flat();

export function toResponse(answer: PreparedJson): Response {
  const response = new Response(answer.body as BodyInit, {
    status: answer.status,
    headers: JSON_HEADERS,
  });
  if (answer.seq !== undefined) response.headers.set(SEQ_HEADER, String(answer.seq));
  return response;
}

/**
 * Set on the dispatcher's `dispatch` function: the same dispatch, answering JSON as
 * {@link PreparedJson}. `toNodeListener` uses it when the handler it is given has it.
 */
export const DISPATCH_PREPARED = Symbol.for('portico.mock-server.dispatchPrepared');

/**
 * `body` is the request's bytes when the caller has already read them (the standalone server
 * has, from the socket): the Request then carries no body of its own, since building a body
 * stream only to read it back cost about a sixth of a write.
 */
export type PreparedDispatch = (
  request: Request,
  body?: Uint8Array,
) => Promise<Response | PreparedJson>;
