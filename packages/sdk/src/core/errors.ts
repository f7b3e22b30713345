import {isHTTPError, isTimeoutError} from 'ky';
import type {FieldError, Problem, ProblemCode} from '../contract/problem.js';
import {PROBLEM_CODES} from '../contract/problem-status.js';
import {PorticoError, type PorticoErrorCode} from '../errors/PorticoError.js';
import {parseJsonText} from '../utils/parse-json-text.js';
import {parseRetryAfter} from '../utils/retry-after.js';
import {isRecord, isString} from '../utils/shape.js';

/** The code of an error answer that is not problem+json (a proxy's HTML 502 page, say). */
const STATUS_CODES: Record<number, ProblemCode> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'validation_failed',
  429: 'rate_limited',
  502: 'service_unavailable',
  503: 'service_unavailable',
  504: 'service_unavailable',
};

function codeForStatus(status: number): ProblemCode {
  return STATUS_CODES[status] ?? (status >= 500 ? 'internal_error' : 'bad_request');
}

/** An error answer, with its problem+json body when it has one. */
export function httpError(response: Response, request: Request, body: unknown): PorticoError {
  const problem = readProblem(body);
  // A problem with a code this SDK does not know yet still has a useful title and detail.
  const loose = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  return new PorticoError({
    status: response.status,
    code: problem?.code ?? codeForStatus(response.status),
    title:
      problem?.title ??
      (typeof loose.title === 'string'
        ? loose.title
        : response.statusText || `HTTP ${response.status}`),
    detail: problem?.detail ?? (typeof loose.detail === 'string' ? loose.detail : undefined),
    fieldErrors: problem?.errors,
    retryAfter: parseRetryAfter(response.headers.get('retry-after')) ?? problem?.retryAfter,
    request,
    response,
    problem,
  });
}

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
    return httpError(error.response, error.request, await readBody(error.response));
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

/**
 * A problem+json body, checked by shape (the contract's `Problem` schema is the full
 * description; validating against it is the opt-in response validation's job). A `code`
 * this SDK does not know yet is kept: the server knows better.
 */
function readProblem(body: unknown): Problem | undefined {
  if (!isRecord(body) || !isString(body.title) || !isKnownCode(body.code)) return undefined;
  if (typeof body.status !== 'number') return undefined;
  const errors = Array.isArray(body.errors)
    ? body.errors.filter(
        (each): each is FieldError =>
          isRecord(each) && isString(each.field) && isString(each.message),
      )
    : undefined;
  return {
    type: isString(body.type) ? body.type : 'about:blank',
    title: body.title,
    status: body.status,
    code: body.code,
    ...(isString(body.detail) ? {detail: body.detail} : {}),
    ...(isString(body.instance) ? {instance: body.instance} : {}),
    ...(errors ? {errors} : {}),
    ...(typeof body.retryAfter === 'number' ? {retryAfter: body.retryAfter} : {}),
  };
}

const KNOWN_CODES: ReadonlySet<string> = new Set(PROBLEM_CODES);
const isKnownCode = (code: unknown): code is ProblemCode => isString(code) && KNOWN_CODES.has(code);

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
