// An error answer as a PorticoError, with the table of problem codes it needs: a lazy chunk
// (core/errors.ts loads it with the first error answer), so a page that never sees one never
// downloads the table.
import type {FieldError, Problem, ProblemCode} from '../contract/problem.js';
import {PROBLEM_CODES} from '../contract/problem-status.js';
import {PorticoError} from '../errors/PorticoError.js';
import {parseRetryAfter} from '../utils/retry-after.js';
import {isRecord, isString} from '../utils/shape.js';
export {STALE_VIEW_CODES} from './stale-view.js';

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

/**
 * A problem+json body, checked by shape (the contract's `Problem` schema is the full
 * description; validating against it is the opt-in response validation's job). A `code`
 * this SDK does not know yet makes it no problem: the error maps by status, keeping the
 * title and detail (see {@link httpError}).
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
