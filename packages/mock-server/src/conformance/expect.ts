import type {Reply} from './http.js';

/** A broken expectation about the server under test (not a fault of the suite). */
export class ConformanceError extends Error {
  override name = 'ConformanceError' as const;
}

export function fail(message: string): never {
  throw new ConformanceError(message);
}

export function ok(condition: unknown, message: string): asserts condition {
  if (!condition) fail(message);
}

/** The answer has the success status; on a problem, its code and detail are shown. */
export function expectStatus<T>(
  reply: Reply<T>,
  status: number,
  what: string,
): asserts reply is Reply<T> & {problem: undefined} {
  if (reply.status === status && reply.problem === undefined) return;
  const problem = reply.problem
    ? ` ${reply.problem.code}: ${reply.problem.detail ?? reply.problem.title}`
    : '';
  fail(`${what}: expected ${status}, got ${reply.status}${problem}`);
}

/**
 * The answer is a problem with this code and status. `status` may be a list when the
 * contract names the code but not the status (e.g. a wrong one-time code), or `'4xx'`.
 */
export function expectProblem(
  reply: Reply,
  status: number | readonly number[] | '4xx',
  code: string | readonly string[],
  what: string,
): void {
  const codes = typeof code === 'string' ? [code] : code;
  const statusOk =
    status === '4xx'
      ? reply.status >= 400 && reply.status < 500
      : typeof status === 'number'
        ? reply.status === status
        : status.includes(reply.status);
  const got = reply.problem
    ? `${reply.status} ${reply.problem.code}`
    : `${reply.status} (no problem)`;
  ok(
    reply.problem && statusOk && codes.includes(reply.problem.code),
    `${what}: expected ${String(status)} ${codes.join('|')}, got ${got}`,
  );
}

/** The problem names `field` in its `errors` (or, failing that, in its detail). */
export function expectNamesField(reply: Reply, field: string, what: string): void {
  const problem = reply.problem;
  ok(problem, `${what}: expected a problem naming "${field}", got ${reply.status}`);
  const named =
    problem.errors?.some(
      (error) =>
        error.field === field || error.field.endsWith(`.${field}`) || error.field.includes(field),
    ) ?? false;
  ok(
    named || (problem.detail ?? '').includes(field),
    `${what}: the problem does not name "${field}": ${JSON.stringify(problem)}`,
  );
}
