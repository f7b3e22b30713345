import * as z from 'zod/mini';
import {PROBLEM_STATUS, Problem, routeErrors, routePath, routes} from '@portico/sdk/contract';
import type {RouteName} from '@portico/sdk/contract';
import {fail} from './expect.js';

/** One answer from the server under test, already checked against the contract. */
export interface Reply<T = unknown> {
  readonly status: number;
  readonly headers: Headers;
  /** The parsed success body (per the route's schema), or the problem body. */
  readonly body: T;
  /** Set when the server answered with a problem instead of the route's success status. */
  readonly problem: Problem | undefined;
  /** The JSON as sent, before the schema dropped unknown keys. */
  readonly json: unknown;
}

export interface CallOptions {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  token?: string;
  idempotencyKey?: string;
  headers?: Record<string, string>;
}

type Success<N extends RouteName> = (typeof routes)[N]['response'] extends z.ZodMiniType
  ? z.infer<(typeof routes)[N]['response']>
  : undefined;

/**
 * A plain-fetch client for the API under test. Every answer is checked: the route's
 * success status must carry a body matching the contract's schema, anything else must be
 * an `application/problem+json` body matching `Problem`, whose `status` equals the HTTP one.
 * A mismatch fails the case, whatever the case itself was about.
 */
export class ApiClient {
  readonly apiUrl: string;
  readonly space: string;
  readonly #origin: string;

  constructor(apiUrl: string, space: string) {
    this.apiUrl = apiUrl.replace(/\/+$/, '');
    this.space = space;
    // routePath() already starts with /v1, so the prefix is whatever comes before it.
    this.#origin = this.apiUrl.replace(/\/v1$/, '');
  }

  /** The absolute URL of a route, e.g. `http://127.0.0.1:4010/v1/spaces/demo/bookings`. */
  url(
    name: RouteName,
    params: Record<string, string> = {},
    query?: Record<string, string>,
  ): string {
    const search = query ? `?${new URLSearchParams(query)}` : '';
    return this.#origin + routePath(routes[name], this.space, params) + search;
  }

  /** The URL of a raw path under the space, for requests the route table cannot express. */
  spaceUrl(path: string): string {
    return `${this.#origin}${routePath({path: '/'}, this.space)}${path}`;
  }

  /** Calls a route of the contract and checks the answer against it. */
  async call<N extends RouteName>(name: N, options: CallOptions = {}): Promise<Reply<Success<N>>> {
    const route = routes[name];
    const headers: Record<string, string> = {accept: 'application/json', ...options.headers};
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
    let body: string | undefined;
    if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    const url = this.url(name, options.params, options.query);
    const response = await fetch(url, {method: route.method, headers, body});
    const label = `${route.method} ${new URL(url).pathname}`;
    if (response.status === route.status) {
      if (route.response === null) {
        await response.body?.cancel();
        return {
          status: response.status,
          headers: response.headers,
          body: undefined as Success<N>,
          problem: undefined,
          json: undefined,
        };
      }
      const json = await readJson(response, label, 'application/json');
      const body = check(route.response, json, label) as Success<N>;
      return {status: response.status, headers: response.headers, body, problem: undefined, json};
    }
    const problem = await readProblem(response, label);
    // Any problem a route answers must be one the contract lists for it.
    if (!routeErrors(route).includes(problem.code)) {
      fail(
        `${label} answered ${problem.status} ${problem.code}, a code the contract does not list for it`,
      );
    }
    return {
      status: response.status,
      headers: response.headers,
      body: problem as never,
      problem,
      json: problem,
    };
  }

  /** Sends anything; a non-2xx answer must still be a valid problem. */
  async raw(url: string, init: RequestInit = {}): Promise<Reply<unknown>> {
    const response = await fetch(url, init);
    const label = `${init.method ?? 'GET'} ${new URL(url).pathname}`;
    if (response.ok) {
      const text = await response.text();
      return {
        status: response.status,
        headers: response.headers,
        body: text,
        problem: undefined,
        json: undefined,
      };
    }
    const problem = await readProblem(response, label);
    return {
      status: response.status,
      headers: response.headers,
      body: problem,
      problem,
      json: problem,
    };
  }
}

/** Validates `value` with a contract schema, failing with every issue named by its path. */
export function check<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  label: string,
): z.infer<S> {
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  const issues = result.error.issues.map(
    (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
  );
  return fail(
    `${label} answered a body that does not match the contract: ${issues.slice(0, 5).join('; ')}`,
  );
}

async function readProblem(response: Response, label: string): Promise<Problem> {
  const json = await readJson(response, label, 'application/problem+json');
  const problem = check(Problem, json, `${label} (${response.status})`);
  if (problem.status !== response.status) {
    fail(
      `${label} answered HTTP ${response.status} with a problem whose status is ${problem.status}`,
    );
  }
  if (PROBLEM_STATUS[problem.code] !== response.status) {
    fail(
      `${label} answered ${problem.code} with HTTP ${response.status}; the contract gives it ${PROBLEM_STATUS[problem.code]}`,
    );
  }
  return problem;
}

async function readJson(response: Response, label: string, type: string): Promise<unknown> {
  const contentType = response.headers.get('content-type') ?? '(none)';
  const text = await response.text();
  if (!contentType.toLowerCase().startsWith(type)) {
    fail(
      `${label} answered ${response.status} with content-type ${contentType}, expected ${type}: ${text.slice(0, 200)}`,
    );
  }
  try {
    return JSON.parse(text);
  } catch {
    return fail(
      `${label} answered ${response.status} with a body that is not JSON: ${text.slice(0, 200)}`,
    );
  }
}
