import {isHTTPError, isNetworkError, isTimeoutError} from 'ky';
import {Problem, type ProblemCode} from '../contract/problem.js';
import {PorticoError} from '../errors/PorticoError.js';
import {PorticoValidationError} from '../errors/PorticoValidationError.js';
import {parseRetryAfter} from '../utils/retry-after.js';
import type * as z from 'zod/mini';

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
  const parsed = Problem.safeParse(body);
  const problem = parsed.success ? parsed.data : undefined;
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

/** Turns whatever ky or fetch threw into a PorticoError. */
export function transportError(
  error: unknown,
  signal: AbortSignal | undefined,
  timeout: number,
): PorticoError {
  if (error instanceof PorticoError) return error;
  const request = (error as {request?: Request}).request;
  // Checked first: an abort may surface as any error (the signal's reason).
  if (signal?.aborted) {
    return new PorticoError({
      status: 0,
      code: 'aborted',
      title: 'The request was aborted',
      request,
      cause: error,
    });
  }
  if (isHTTPError(error)) return httpError(error.response, error.request, error.data);
  if (isTimeoutError(error)) {
    return new PorticoError({
      status: 0,
      code: 'timeout',
      title: `No answer within ${timeout} ms`,
      request,
      cause: error,
    });
  }
  if (!isNetworkError(error) && (error as {name?: unknown}).name === 'AbortError') {
    return new PorticoError({
      status: 0,
      code: 'aborted',
      title: 'The request was aborted',
      request,
      cause: error,
    });
  }
  // ky recognizes the usual network failures while fetching; a connection reset while
  // reading the body (undici's "terminated", a TypeError too) is one as well.
  if (isNetworkError(error) || error instanceof TypeError) {
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

/** Parses a 2xx body with the route's schema. */
export function parseResponse<T>(
  schema: z.ZodMiniType<T>,
  text: string,
  response: Response,
  request: Request,
): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new PorticoError({
      status: response.status,
      code: 'invalid_response',
      title: 'The response is not JSON',
      detail: text.slice(0, 200),
      request,
      response,
      cause,
    });
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const {issues} = result.error;
  const detail = issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  throw new PorticoValidationError(
    {status: response.status, detail, request, response, cause: result.error},
    issues,
  );
}
