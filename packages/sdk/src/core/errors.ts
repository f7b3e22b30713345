import {isHTTPError, isTimeoutError} from 'ky';
import {PorticoError, type PorticoErrorCode} from '../errors/PorticoError.js';
import {parseJsonText} from '../utils/parse-json-text.js';

/** What the request that failed was, for the error's message and `request`. */
interface TransportContext {
  /** The request as sent (ky 1's network errors are fetch's own TypeError, without it). */
  readonly request: Request;
  readonly signal: AbortSignal | undefined;
  /** The per-attempt timeout, in ms. */
  readonly timeout: number;
}

/**
 * Turns whatever ky or fetch threw into a PorticoError. ky 1 leaves an error answer's body
 * unread: it is read here, for its problem+json.
 */
export async function transportError(
  error: unknown,
  {request: sent, signal, timeout}: TransportContext,
): Promise<PorticoError> {
  if (error instanceof PorticoError) return error;
  const request = (error as {request?: Request}).request ?? sent;
  // Checked first: an abort may surface as any error (the signal's reason). A fetch aborted
  // otherwise throws an AbortError (never ky's HTTP or timeout error, which have their names).
  if (signal?.aborted || (error as {name?: unknown}).name === 'AbortError') {
    return new PorticoError({
      status: 0,
      code: 'aborted',
      title: 'The request was aborted',
      request,
      cause: error,
    });
  }
  if (isHTTPError(error)) {
    const body = await readBody(error.response);
    // The problem codes' table loads with the first error answer, not with every page.
    const {httpError} = await import('./http-error.js');
    return httpError(error.response, error.request, body);
  }
  if (isTimeoutError(error)) {
    return new PorticoError({
      status: 0,
      code: 'timeout',
      title: `No answer within ${timeout} ms`,
      request,
      cause: error,
    });
  }
  // fetch rejects with a TypeError when the network fails; a connection reset while reading
  // the body (undici's "terminated") is one as well.
  if (error instanceof TypeError) {
    return new PorticoError({
      status: 0,
      code: 'network_error',
      title: 'The server could not be reached',
      request,
      cause: error,
    });
  }
  // Anything else is a bug (in a custom `fetch`, say): say so rather than blame the network.
  const title = error instanceof Error ? error.message : String(error);
  return new PorticoError({status: 0, code: 'internal_error', title, request, cause: error});
}

/** An error answer's body: JSON, or the text (a proxy's HTML page), or undefined if unreadable. */
async function readBody(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    return parseJsonText(text);
  } catch {
    return text;
  }
}

/** A 2xx body as JSON; a body that is not JSON is an `invalid_response`. */
export function parseJson(text: string, response: Response, request: Request): unknown {
  try {
    return parseJsonText(text);
  } catch (cause) {
    throw new PorticoError({
      status: response.status,
      code: 'invalid_response' satisfies PorticoErrorCode,
      title: 'The response is not JSON',
      detail: text.slice(0, 200),
      request,
      response,
      cause,
    });
  }
}
