import {problem} from '../problem.js';
import type {ProblemError} from '../problem.js';

/** Request bodies above this answer `413 payload_too_large`. */
export const MAX_BODY_BYTES = 1024 * 1024;

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;
/** One decoder for every body: without `stream`, each `decode` call starts afresh. */
const UTF8 = new TextDecoder('utf-8', {fatal: true});

const tooLarge = () =>
  problem('payload_too_large', `Request bodies are limited to ${MAX_BODY_BYTES} bytes.`);

/** Refuses a body whose declared `Content-Length` is over the limit, before reading it. */
export function checkDeclaredLength(request: Request): ProblemError | null {
  const declared = Number(request.headers.get('content-length'));
  return declared > MAX_BODY_BYTES ? tooLarge() : null;
}

/**
 * The body's bytes, stopping at the size limit; null when it is over. Firefox (ESR 153) has
 * no `Request.prototype.body` stream: there, the whole body is read at once (msw's service
 * worker has already buffered it) and then measured.
 */
async function readBytes(request: Request): Promise<Uint8Array | null> {
  if (request.body === undefined) {
    const bytes = new Uint8Array(await request.arrayBuffer());
    return bytes.byteLength > MAX_BODY_BYTES ? null : bytes;
  }
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Reads and parses a JSON body, stopping at the size limit; `given` is the body when it was
 * already read (see `PreparedDispatch`). An empty body is `undefined` (the route's schema then
 * says the body is required).
 */
export async function readJsonBody(
  request: Request,
  given?: Uint8Array,
): Promise<{value: unknown} | ProblemError> {
  const bytes = given ?? (await readBytes(request));
  if (!bytes || bytes.byteLength > MAX_BODY_BYTES) return tooLarge();
  if (bytes.byteLength === 0) return {value: undefined};
  const type = request.headers.get('content-type') ?? '';
  if (!JSON_TYPE.test(type)) {
    return problem(
      'unsupported_media_type',
      `Send JSON with "Content-Type: application/json", not "${type || 'no content type'}".`,
    );
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return problem('bad_request', 'The body is not valid UTF-8.');
  }
  try {
    return {value: JSON.parse(text)};
  } catch (error) {
    return problem('bad_request', `The body is not valid JSON: ${(error as Error).message}`);
  }
}
