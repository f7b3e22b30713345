import type {FieldError, Problem, ProblemCode} from '../contract/problem.js';

/**
 * Every failure the client can report. Server problems keep their stable `code`; the rest
 * happened before or after the server answered.
 */
export type PorticoErrorCode =
  | ProblemCode
  /** The request never got an answer: offline, DNS, connection refused or reset. */
  | 'network_error'
  /** No answer within the client's `timeout`. */
  | 'timeout'
  /** The caller aborted the request with its `AbortSignal`. */
  | 'aborted'
  /** The server answered 2xx with a body that is not JSON or does not match the contract. */
  | 'invalid_response';

export interface PorticoErrorInit {
  status: number;
  code: PorticoErrorCode;
  title: string;
  detail?: string | undefined;
  fieldErrors?: readonly FieldError[] | undefined;
  retryAfter?: number | undefined;
  request?: Request | undefined;
  response?: Response | undefined;
  problem?: Problem | undefined;
  cause?: unknown;
}

/**
 * The one error type the client throws: switch on `code`, never on `message`.
 *
 * @example
 * ```ts
 * try {
 *   await client.bookings.create(request);
 * } catch (error) {
 *   if (isPorticoError(error) && error.code === 'slot_unavailable') showTaken();
 *   else throw error;
 * }
 * ```
 */
export class PorticoError extends Error {
  override name = 'PorticoError';
  /** The HTTP status, or `0` when no response arrived (network error, timeout, abort). */
  readonly status: number;
  readonly code: PorticoErrorCode;
  /** A short, human-readable summary (the problem's `title`). */
  readonly title: string;
  readonly detail: string | undefined;
  /** Invalid request fields, e.g. `{field: 'body.items.0.quantity', message: …}`. */
  readonly fieldErrors: readonly FieldError[];
  /** Seconds to wait before trying again (from `Retry-After` or the problem body). */
  readonly retryAfter: number | undefined;
  readonly request: Request | undefined;
  readonly response: Response | undefined;
  /** The `application/problem+json` body, when the server sent one. */
  readonly problem: Problem | undefined;

  constructor(init: PorticoErrorInit) {
    super(describe(init), init.cause === undefined ? undefined : {cause: init.cause});
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.fieldErrors = init.fieldErrors ?? [];
    this.retryAfter = init.retryAfter;
    this.request = init.request;
    this.response = init.response;
    this.problem = init.problem;
  }
}

const REASONS: Partial<Record<PorticoErrorCode, string>> = {
  network_error: 'due to a network error',
  timeout: 'because it timed out',
  aborted: 'because it was aborted',
  invalid_response: 'with an invalid response',
};

/** `Request failed with status code 404 (not_found): GET /v1/spaces/demo/bookings/x` */
function describe({status, code, request}: PorticoErrorInit): string {
  const reason = REASONS[code] ?? (status > 0 ? `with status code ${status} (${code})` : code);
  if (!request) return `Request failed ${reason}`;
  // The path only: a query string may carry personal data, and the origin is known.
  return `Request failed ${reason}: ${request.method} ${new URL(request.url).pathname}`;
}
