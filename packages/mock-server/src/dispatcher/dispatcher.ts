import {SPACE_BASE_PATH, routeErrors, routes} from '@portico/sdk/contract';
import {offers} from '@portico/sdk/domain';
import type {ProblemCode, RouteDefinition, RouteName, Scenario} from '@portico/sdk/contract';
import {IdempotencyKeys, canonicalJson, checkIdempotencyKey} from '../idempotency.js';
import type {IdempotencyStart} from '../idempotency.js';
import {InternalError, devUtils, isProblemError, problem, problemResponse} from '../problem.js';
import type {ProblemError} from '../problem.js';
import type {RealtimeHub} from '../areas/realtime/realtime-hub.js';
import type {RouteContext, RouteHandlers} from '../areas/shared/context.js';
import type {Clock} from '../state/clock.js';
import type {Db, Transaction} from '../state/db.js';
import {spaceBySlug} from '../state/lookups.js';
import type {MemberRow, SeedMeta, SessionRow, SpaceRow} from '../state/rows.js';
import {TABLES} from '../state/rows.js';
import {checkDeclaredLength, readJsonBody} from './body.js';
import {withApiHeaders} from './api-headers.js';
import {preflight} from './cors.js';
import {DISPATCH_PREPARED, JsonText, toResponse} from './prepared.js';
import {SEQ_HEADER} from '@portico/sdk/contract';
import type {PreparedDispatch, PreparedJson} from './prepared.js';
import {requestTarget} from './request-target.js';
import type {RequestTarget} from './request-target.js';
import {Router} from './router.js';
import {fieldErrors, parsePart, safeParse} from './validate.js';

export interface DispatcherOptions {
  db: Db;
  clock: Clock;
  realtime: RealtimeHub;
  handlers: RouteHandlers;
  /** Serve `/__dev/*`; otherwise they answer 404 `dev_routes_disabled`. */
  devRoutes: boolean;
  /** Milliseconds to wait before each handler runs. */
  latency: () => number;
  /** Check every success body against the route's response schema (a mismatch is a 500). */
  validateResponses: boolean;
  reset: (scenario?: Scenario) => Scenario;
  /** Overrides `latency` (`POST /__dev/latency`); null restores it. */
  setLatency: (ms: number | null) => void;
  /**
   * Brings what came due with time for a signed-in member (renewals) up to `now`, before their
   * request runs, so the clock, not the order of requests, decides what they see.
   */
  catchUp?: (db: Db, space: SpaceRow, member: MemberRow, now: number) => void;
}

interface CompiledRoute {
  readonly name: RouteName;
  readonly route: RouteDefinition;
  /** Every code the contract lets this route answer (`routeErrors`). */
  readonly errors: ReadonlySet<ProblemCode>;
  /** Parsed queries by their raw `?…` text (see {@link parseQuery}). */
  readonly queries: Map<string, unknown>;
}

/** Requests whose path starts with this are the API's; anything else is not found. */
const API_PREFIX = '/v1/';
/** Every third GET fails in the `errors` scenario. */
const FAIL_EVERY = 3;
/** How many parsed query strings each route remembers. */
const REMEMBERED_QUERIES = 64;

/**
 * Compiles the route table into a router once and answers requests with it: match, space,
 * auth, parse and validate, idempotency, latency, handler, response check. Every failure is
 * an `application/problem+json` response; nothing thrown escapes.
 */
export function createDispatcher(
  options: DispatcherOptions,
): (request: Request) => Promise<Response> {
  const {db, clock, handlers} = options;
  const router = new Router<CompiledRoute>();
  for (const [name, route] of Object.entries(routes) as [RouteName, RouteDefinition][]) {
    const path = route.path === '/' ? SPACE_BASE_PATH : SPACE_BASE_PATH + route.path;
    router.add(route.method, path, {
      name,
      route,
      errors: new Set(routeErrors(route)),
      queries: new Map(),
    });
  }
  const idempotency = new IdempotencyKeys(db);
  // Bound once: the context of a request without an Idempotency-Key passes it on as it is.
  const transaction: RouteContext['transaction'] = db.transaction.bind(db);
  let getCount = 0;

  /** `matched` receives the route once known, so a problem can be checked against it. */
  async function handle(
    request: Request,
    url: RequestTarget,
    matched: {route?: CompiledRoute},
    bytes: Uint8Array | undefined,
  ): Promise<Response | PreparedJson> {
    const match = router.match(request.method, url.pathname);
    if (match.kind === 'not_found')
      throw problem('not_found', `No route for ${request.method} ${url.pathname}.`);
    if (match.kind === 'method_not_allowed') {
      const allow = match.allowed.join(', ');
      throw problem(
        'method_not_allowed',
        `${url.pathname} answers ${allow}, not ${request.method}.`,
        {headers: {allow}},
      );
    }
    matched.route = match.value;
    const {name, route} = match.value;
    const space = spaceBySlug(db, match.params['space'] ?? '');
    if (!space) throw problem('not_found', `There is no space "${match.params['space']}".`);
    if (route.feature && !offers(space.features, route.feature)) {
      throw problem('not_found', `${space.name} does not offer ${route.feature}.`);
    }
    if (route.access === 'dev' && !options.devRoutes) {
      throw problem('dev_routes_disabled', 'Dev routes are disabled on this server.');
    }
    const seed = db.get<SeedMeta>(TABLES.meta, 'seed');
    if (
      seed?.scenario === 'errors' &&
      request.method === 'GET' &&
      route.access !== 'dev' &&
      !route.stream
    ) {
      await sleep(options.latency());
      if (++getCount % FAIL_EVERY === 0) {
        throw problem(
          'service_unavailable',
          'Injected failure (scenario "errors"); retry after a second.',
          {retryAfter: 1},
        );
      }
    }
    const declared = route.body ? checkDeclaredLength(request) : null;
    if (declared) throw declared;

    let session: SessionRow | null = null;
    let member: MemberRow | null = null;
    if (route.access === 'member') ({session, member} = authenticate(request, space));
    if (member) options.catchUp?.(db, space, member, clock.now());

    const params = route.params
      ? orThrow(parsePart(route.params, withoutSpace(match.params), 'params'))
      : {};
    const query = route.query ? parseQuery(match.value, url) : {};
    let body: unknown = undefined;
    if (route.body) {
      const read = await readJsonBody(request, bytes);
      if (isProblemError(read)) throw read;
      body = orThrow(parsePart(route.body, read.value, 'body'));
    }

    let ticket: IdempotencyStart | null = null;
    const key = route.idempotent && member ? request.headers.get('idempotency-key') : null;
    if (key !== null && member) {
      const invalid = checkIdempotencyKey(key);
      if (invalid) throw invalid;
      const fingerprint = `${name} ${url.pathname} ${canonicalJson(body ?? null)}`;
      ticket = idempotency.start({
        spaceId: space.id,
        memberId: member.id,
        key,
        fingerprint,
        now: clock.now(),
      });
      if (ticket.kind === 'answer') return ticket.response;
      if (ticket.kind === 'refuse') throw ticket.problem;
    }
    const proceed = ticket?.kind === 'proceed' ? ticket : null;

    try {
      // The errors scenario already waited; otherwise wait here, inside the in-flight window.
      if (seed?.scenario !== 'errors' || request.method !== 'GET') await sleep(options.latency());
      const now = clock.now();
      const ctx: RouteContext = {
        request,
        db,
        space,
        params: params as never,
        query: query as never,
        body: body as never,
        member,
        session,
        now,
        clock,
        realtime: options.realtime,
        reset: options.reset,
        setLatency: options.setLatency,
        transaction: proceed
          ? <T>(fn: (tx: Transaction) => T): T =>
              db.transaction((tx) => {
                const result = fn(tx);
                checkResponse(name, route, result);
                proceed.recordIn(tx, route.status, result, now);
                return result;
              })
          : transaction,
      };
      const handler = handlers[name] as (ctx: RouteContext) => unknown;
      const result = await handler(ctx);
      const answer =
        result instanceof Response
          ? result
          : result instanceof JsonText
            ? {status: route.status, body: result.bytes}
            : respond(name, route, result);
      if (!proceed) return answer;
      return await proceed.finish(
        answer instanceof Response ? answer : toResponse(answer),
        clock.now(),
      );
    } catch (error) {
      if (!proceed) throw error;
      if (!isProblemError(error)) {
        proceed.abort();
        throw error;
      }
      const declared = checkDeclared(matched.route, error);
      if (!isProblemError(declared)) {
        proceed.abort();
        throw declared;
      }
      return proceed.finish(problemResponse(declared, url.pathname), clock.now());
    }
  }

  /**
   * The route's query, parsed and checked. Pollers repeat the same query text (a calendar
   * asks for its week again and again), so a valid one is remembered per route, frozen.
   */
  function parseQuery(compiled: CompiledRoute, url: RequestTarget): unknown {
    const remembered = compiled.queries.get(url.search);
    if (remembered !== undefined) return remembered;
    const schema = compiled.route.query as NonNullable<RouteDefinition['query']>;
    const query = Object.freeze(
      orThrow(parsePart(schema, Object.fromEntries(new URLSearchParams(url.search)), 'query')),
    );
    if (compiled.queries.size >= REMEMBERED_QUERIES) compiled.queries.clear();
    compiled.queries.set(url.search, query);
    return query;
  }

  function authenticate(
    request: Request,
    space: SpaceRow,
  ): {session: SessionRow; member: MemberRow} {
    const header = request.headers.get('authorization') ?? '';
    const token = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
    if (!token)
      throw unauthorized(
        space,
        'Send "Authorization: Bearer <token>"; log in with a one-time code first.',
      );
    const session = db.get<SessionRow>(TABLES.sessions, token);
    // A token of another space is unknown here: spaces never share sessions.
    if (!session || session.spaceId !== space.id)
      throw unauthorized(space, 'The session token is not valid (revoked, or for another space).');
    if (session.expiresAtMs <= clock.now())
      throw unauthorized(space, 'The session has expired; log in again.');
    const member = db.get<MemberRow>(TABLES.members, session.memberId);
    if (!member || member.spaceId !== space.id)
      throw unauthorized(space, 'The session has no member any more.');
    return {session, member};
  }

  /**
   * In tests, a problem whose code the contract does not list for the route is a fault of
   * the server (an undeclared error a client cannot plan for), answered as `internal_error`.
   */
  function checkDeclared(compiled: CompiledRoute | undefined, error: unknown): unknown {
    if (!options.validateResponses || !compiled || !isProblemError(error)) return error;
    if (compiled.errors.has(error.code)) return error;
    return new InternalError(
      devUtils.formatMessage(
        'Failed to answer %s: the contract does not list the problem code "%s" for this route.',
        compiled.name,
        error.code,
      ),
    );
  }

  function checkResponse(name: RouteName, route: RouteDefinition, result: unknown): void {
    if (!options.validateResponses || !route.response) return;
    const parsed = safeParse(route.response, result);
    if (!parsed.ok) {
      const issues = fieldErrors('response', parsed.issues)
        .map((e) => `${e.field}: ${e.message}`)
        .join('; ');
      throw new InternalError(
        devUtils.formatMessage(
          'Failed to answer %s: the response violates the contract (%s).',
          name,
          issues,
        ),
      );
    }
  }

  function respond(
    name: RouteName,
    route: RouteDefinition,
    result: unknown,
  ): Response | PreparedJson {
    if (route.status === 204 || route.response === null)
      return new Response(null, {status: route.status === 204 ? 204 : route.status});
    checkResponse(name, route, result);
    return {status: route.status, body: JSON.stringify(result)};
  }

  const dispatchPrepared: PreparedDispatch = async (request, bytes) => {
    let url: RequestTarget | undefined;
    try {
      url = requestTarget(request.url);
      if (request.method === 'OPTIONS') return preflight();
      if (!url.pathname.startsWith(API_PREFIX))
        throw problem('not_found', `No route for ${request.method} ${url.pathname}.`);
      let answer: Response | PreparedJson;
      const matched: {route?: CompiledRoute} = {};
      // What an answer reflects at least: whatever its handler reads, it reads after this.
      const readFrom = db.seq;
      try {
        answer = await handle(request, url, matched, bytes);
      } catch (error) {
        answer = failure(checkDeclared(matched.route, error), request, url);
      }
      // Acknowledge nothing a crash could still lose: wait for this answer's commits (and any
      // before them) to be synced. Writes arriving meanwhile share the next sync.
      const durable = db.whenDurable();
      if (durable) {
        await durable.catch((error: unknown) => {
          throw problem('service_unavailable', (error as Error).message);
        });
      }
      // A stream sends every event after it subscribed, which is before now: the upper bound
      // is the safe side there, as the lower one is for data (see SEQ_HEADER).
      const seq = matched.route?.route.stream ? db.seq : readFrom;
      if (!(answer instanceof Response)) return {status: answer.status, body: answer.body, seq};
      answer.headers.set(SEQ_HEADER, String(seq));
      return withApiHeaders(answer);
    } catch (error) {
      return withApiHeaders(failure(error, request, url));
    }
  };

  async function dispatch(request: Request): Promise<Response> {
    const answer = await dispatchPrepared(request);
    return answer instanceof Response ? answer : toResponse(answer);
  }
  // The standalone server's listener finds the prepared form here (see PreparedJson).
  return Object.assign(dispatch, {[DISPATCH_PREPARED]: dispatchPrepared});
}

function failure(error: unknown, request: Request, url: RequestTarget | undefined): Response {
  if (isProblemError(error)) return problemResponse(error, url?.pathname);
  if (error instanceof URIError) {
    return problemResponse(
      problem('bad_request', 'The path has a malformed percent-encoding.'),
      url?.pathname,
    );
  }
  devUtils.error(
    'Failed to handle %s %s: %s',
    request.method,
    url?.pathname ?? request.url,
    error instanceof Error ? (error.stack ?? error.message) : String(error),
  );
  const detail =
    error instanceof InternalError
      ? error.message
      : 'The mock server failed to handle this request.';
  return problemResponse(problem('internal_error', detail), url?.pathname);
}

function unauthorized(space: SpaceRow, detail: string): ProblemError {
  return problem('unauthorized', detail, {
    headers: {'www-authenticate': `Bearer realm="${space.slug}"`},
  });
}

/** The path parameters a route's schema checks: all but `space`, which the dispatcher resolved. */
function withoutSpace(params: Record<string, string>): Record<string, string> {
  const rest: Record<string, string> = {};
  for (const name in params) if (name !== 'space') rest[name] = params[name] as string;
  return rest;
}

function orThrow<T>(value: T | ProblemError): T {
  if (isProblemError(value)) throw value;
  return value;
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
