import {problemStatus} from '@portico/sdk/contract';
import type {FieldError, Problem, ProblemCode, ProblemStatus} from '@portico/sdk/contract';

const LIBRARY_PREFIX = '[Portico]';

/** Every diagnostic the mock server prints goes through here, prefixed with `[Portico]`. */
export const devUtils = {
  formatMessage(message: string, ...positionals: unknown[]): string {
    let index = 0;
    const text = message.replace(/%s/g, () => String(positionals[index++]));
    return `${LIBRARY_PREFIX} ${text}`;
  },
  warn(message: string, ...positionals: unknown[]): void {
    console.warn(devUtils.formatMessage(message, ...positionals));
  },
  error(message: string, ...positionals: unknown[]): void {
    console.error(devUtils.formatMessage(message, ...positionals));
  },
};

/**
 * A fault of the mock server itself (a broken invariant, a response that violates the
 * contract): it answers `500 internal_error` and is logged, never mistaken for a mocked error.
 */
export class InternalError extends Error {
  override name = 'InternalError';
}

/** `invariant(cond, 'Failed to <do X>: <why>.')` throws an {@link InternalError} when `cond` is falsy. */
export function invariant(
  condition: unknown,
  message: string,
  ...positionals: unknown[]
): asserts condition {
  if (!condition) throw new InternalError(devUtils.formatMessage(message, ...positionals));
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export interface ProblemExtras {
  errors?: FieldError[];
  /** Seconds; also sent as the `Retry-After` header. */
  retryAfter?: number;
  headers?: Record<string, string>;
}

/**
 * An expected refusal (`slot_unavailable`, `validation_failed`, …). Route handlers throw it,
 * inside a transaction too (which then changes nothing); the dispatcher answers it as
 * `application/problem+json`. Its status is the contract's for its code (`PROBLEM_STATUS`):
 * the server never decides a status itself.
 */
export class ProblemError extends Error {
  override name = 'ProblemError';
  readonly status: ProblemStatus;
  readonly code: ProblemCode;
  readonly detail: string | undefined;
  readonly extras: ProblemExtras;

  constructor(code: ProblemCode, detail?: string, extras: ProblemExtras = {}) {
    const status = problemStatus(code);
    super(`${status} ${code}${detail ? `: ${detail}` : ''}`);
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.extras = extras;
  }
}

/** Shorthand for `new ProblemError(…)`, to `throw problem('slot_unavailable', '…')`. */
export function problem(code: ProblemCode, detail?: string, extras?: ProblemExtras): ProblemError {
  return new ProblemError(code, detail, extras);
}

/** A `400 validation_failed` naming one field, e.g. `body.resourceId`. */
export function invalidField(field: string, message: string): ProblemError {
  return problem('validation_failed', `${field}: ${message}`, {errors: [{field, message}]});
}

export function isProblemError(error: unknown): error is ProblemError {
  return (
    error instanceof ProblemError || (error as {name?: unknown} | null)?.name === 'ProblemError'
  );
}

export function problemBody(error: ProblemError, instance?: string): Problem {
  const body: Problem = {
    type: `https://portico.dev/problems/${error.code}`,
    title: TITLES[error.status] ?? 'Error',
    status: error.status,
    code: error.code,
  };
  if (error.detail !== undefined) body.detail = error.detail;
  if (instance !== undefined) body.instance = instance;
  if (error.extras.errors) body.errors = error.extras.errors;
  if (error.extras.retryAfter !== undefined) body.retryAfter = error.extras.retryAfter;
  return body;
}

/** The `application/problem+json` response for a problem. */
export function problemResponse(error: ProblemError, instance?: string): Response {
  const headers: Record<string, string> = {
    'content-type': 'application/problem+json',
    ...error.extras.headers,
  };
  if (error.extras.retryAfter !== undefined)
    headers['retry-after'] = String(error.extras.retryAfter);
  return new Response(JSON.stringify(problemBody(error, instance)), {
    status: error.status,
    headers,
  });
}
