import type {
  RouteDefinition,
  RouteName,
  RouteResponse,
  Routes,
  Scenario,
} from '@portico/sdk/contract';
import type * as z from 'zod/mini';
import type {JsonText} from '../../dispatcher/prepared.js';
import type {RealtimeHub} from '../realtime/realtime-hub.js';
import type {Clock} from '../../state/clock.js';
import type {Db, Transaction} from '../../state/db.js';
import type {MemberRow, SessionRow, SpaceRow} from '../../state/rows.js';

type Parsed<S, Fallback> = S extends z.ZodMiniType ? z.output<S> : Fallback;

/** Everything a route handler gets: the parsed request, who calls, the state and the clock. */
export interface RouteContext<R extends RouteDefinition = RouteDefinition> {
  readonly request: Request;
  /** Read committed state here; write only through {@link RouteContext.transaction}. */
  readonly db: Db;
  /**
   * `db.transaction`, plus: on a route called with an `Idempotency-Key`, what `fn` returns is
   * stored as the response for that key in the same transaction. So a handler of an
   * idempotent route does its work in one `transaction` and answers exactly its result.
   */
  transaction<T>(fn: (tx: Transaction) => T): T;
  readonly space: SpaceRow;
  readonly params: Parsed<R['params'], Record<string, never>>;
  readonly query: Parsed<R['query'], Record<string, never>>;
  readonly body: Parsed<R['body'], undefined>;
  /** The logged-in member; always set on `member` routes. */
  readonly member: R['access'] extends 'member' ? MemberRow : MemberRow | null;
  readonly session: R['access'] extends 'member' ? SessionRow : SessionRow | null;
  /** Epoch ms, read once when the handler starts, so one request sees one instant. */
  readonly now: number;
  readonly clock: Clock;
  readonly realtime: RealtimeHub;
  /** Dev routes only: replaces the whole state with a scenario. */
  readonly reset: (scenario?: Scenario) => Scenario;
  /** Sets the delay before every handler (`POST /__dev/latency`); null restores the configured one. */
  readonly setLatency: (ms: number | null) => void;
}

/**
 * A handler answers the route's success body (the dispatcher adds the status), that body
 * already serialized as {@link JsonText} (a remembered answer), or a whole Response (event
 * streams).
 */
export type RouteHandler<R extends RouteDefinition> = (
  ctx: RouteContext<R>,
) => RouteResponse<R> | JsonText | Response | Promise<RouteResponse<R> | JsonText | Response>;

export type RouteHandlers = {[K in RouteName]: RouteHandler<Routes[K]>};

/** Types one area's handlers against the route table; `areas/index.ts` checks that every route has one. */
export const defineHandlers = <K extends RouteName>(handlers: {
  [P in K]: RouteHandler<Routes[P]>;
}) => handlers;
