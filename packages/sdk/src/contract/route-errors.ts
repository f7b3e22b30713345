import {PROBLEM_STATUS} from './problem-status.js';
import type {ProblemCode, ProblemStatus} from './problem-status.js';
import type {RouteDefinition} from './route.js';

/** Codes any route can answer: an unknown space, a malformed request line, a server fault. */
export const COMMON_ERRORS = [
  'bad_request',
  'not_found',
  'rate_limited',
  'internal_error',
  'service_unavailable',
] as const satisfies readonly ProblemCode[];

/** What an `Idempotency-Key` adds: the key reused with another body, or the first still running. */
export const IDEMPOTENCY_ERRORS = [
  'idempotency_key_reused',
  'idempotency_conflict',
] as const satisfies readonly ProblemCode[];

/**
 * Every problem code a route can answer: the common ones, those its shape implies (a body
 * can be malformed or too large, parameters can be invalid, a member route needs a session,
 * `idempotent: true` brings the idempotency codes, a dev route can be disabled), and its own
 * `errors`. The mock server refuses (in tests) to answer a code outside this list.
 */
export function routeErrors(route: RouteDefinition): ProblemCode[] {
  const codes = new Set<ProblemCode>(COMMON_ERRORS);
  if (route.params || route.query || route.body || route.idempotent) codes.add('validation_failed');
  if (route.body) {
    codes.add('payload_too_large');
    codes.add('unsupported_media_type');
  }
  if (route.access === 'member') codes.add('unauthorized');
  if (route.access === 'dev') codes.add('dev_routes_disabled');
  if (route.idempotent) for (const code of IDEMPOTENCY_ERRORS) codes.add(code);
  for (const code of route.errors) codes.add(code);
  return [...codes];
}

/** {@link routeErrors} grouped by status, statuses ascending: what `openapi.json` declares. */
export function routeErrorsByStatus(
  route: RouteDefinition,
): [status: ProblemStatus, codes: ProblemCode[]][] {
  const byStatus = new Map<ProblemStatus, ProblemCode[]>();
  for (const code of routeErrors(route)) {
    const status = PROBLEM_STATUS[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return [...byStatus].sort(([a], [b]) => a - b);
}
