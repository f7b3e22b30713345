import {PROBLEM_STATUS} from '@portico/sdk/contract';
import type {ProblemCode} from '@portico/sdk/contract';
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
 * The answer is a problem with exactly this code, and the status the contract's table gives
 * it (`PROBLEM_STATUS`): no list of acceptable statuses, no `4xx`.
 */
export function expectProblem(reply: Reply, code: ProblemCode, what: string): void {
  const status = PROBLEM_STATUS[code];
  const got = reply.problem
    ? `${reply.status} ${reply.problem.code}`
    : `${reply.status} (no problem)`;
  ok(
    reply.problem && reply.status === status && reply.problem.code === code,
    `${what}: expected ${status} ${code}, got ${got}`,
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

/** The answer is a `validation_failed` problem that names `field`. */
export function expectInvalidField(reply: Reply, field: string, what: string): void {
  expectProblem(reply, 'validation_failed', what);
  expectNamesField(reply, field, what);
}
