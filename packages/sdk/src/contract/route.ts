import * as z from 'zod/mini';
import {Id} from './primitives.js';
import type {ProblemCode} from './problem-status.js';
import type {QueryRoot} from './query-roots.js';
import type {Features} from '../areas/space/schemas.js';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** Who may call a route: anyone, a logged-in member (bearer token), or only a dev server. */
export type RouteAccess = 'public' | 'member' | 'dev';

/** One endpoint of the API; the client, the mock server and openapi.json all derive from it. */
export interface RouteDefinition {
  readonly method: HttpMethod;
  /** Path under `/v1/spaces/{space}`, with `:name` parameters, e.g. `/bookings/:bookingId`. */
  readonly path: string;
  readonly summary: string;
  readonly access: RouteAccess;
  readonly params?: z.ZodMiniObject;
  readonly query?: z.ZodMiniObject;
  readonly body?: z.ZodMiniType;
  /** The success body's schema, or null for `204 No Content` and event streams. */
  readonly response: z.ZodMiniType | null;
  readonly status: 200 | 201 | 202 | 204;
  /**
   * Problem codes of this route's own rules. The codes every route shares, those its shape
   * implies and the idempotency codes are added by `routeErrors()`; statuses come from
   * `PROBLEM_STATUS`.
   */
  readonly errors: readonly ProblemCode[];
  /**
   * The route accepts an `Idempotency-Key` header: a retry with the same key answers the
   * first response again. The SDK always sends one and may then retry safely. Brings the
   * codes `idempotency_key_reused` (422) and `idempotency_conflict` (409).
   */
  readonly idempotent?: boolean;
  /**
   * A POST with no side effect (a quote): like a GET, the SDK may repeat it after a dropped
   * connection or a 502/503/504, with no Idempotency-Key.
   */
  readonly safe?: boolean;
  /**
   * The cached queries a success makes stale (by {@link QueryRoot}); the store refetches the
   * ones on screen. A refusal that means the page was stale (a 402 or 409) does the same.
   */
  readonly invalidates?: readonly QueryRoot[];
  /**
   * The request's limits a form should enforce before sending (quantities, lengths), the same
   * constants its schemas check: `endpoints.createOrder.limits.quantity`.
   */
  readonly limits?: Readonly<Record<string, number>>;
  /**
   * The part of the portal this route belongs to, when a space may turn it off
   * (`Space.features`): a space without it answers `404 not_found`, like an unknown route.
   */
  readonly feature?: keyof Features;
  /** A success logs the member in (the answer holds a session) or out. */
  readonly session?: 'login' | 'logout';
  /** Answers `text/event-stream` instead of JSON. */
  readonly stream?: boolean;
  /** Answers a document of this type instead of JSON (`response` is null). */
  readonly mediaType?: 'text/calendar' | 'text/csv' | 'text/html' | 'application/pdf';
}

/** Keeps each route's literal types while checking it against {@link RouteDefinition}. */
export const defineRoute = <const R extends RouteDefinition>(route: R): R => route;

/** The names of a path's parameters: `'/posts/:postId/replies/:replyId'` → `'postId' | 'replyId'`. */
type PathParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/** One `Id` per parameter of the path, or nothing for a path without any. */
type PathParams<P> = P extends string
  ? [PathParamNames<P>] extends [never]
    ? unknown
    : {readonly params: z.ZodMiniObject<{[K in PathParamNames<P>]: typeof Id}>}
  : unknown;

/** A route as its area declares it: what {@link routesWith} fills in may be left out. */
export type RouteDeclaration = Omit<RouteDefinition, 'access' | 'status' | 'errors'> &
  Partial<Pick<RouteDefinition, 'access' | 'status' | 'errors'>>;

/** What several routes of an area share: anything but what names a route (method, path, summary). */
type Shared = Partial<Omit<RouteDefinition, 'method' | 'path' | 'summary'>>;

/** A declaration given the area's shared fields `D`: what `D` says may be left out. */
type DeclarationWith<D> = Pick<RouteDefinition, 'method' | 'path' | 'summary'> &
  Omit<RouteDeclaration, keyof D> &
  Partial<RouteDefinition> &
  (D extends {access: RouteAccess} ? unknown : {access: RouteAccess});

/** The declaration completed: its own fields win over the area's and the defaults. */
type Completed<D, R> = Omit<
  {readonly status: 200; readonly errors: readonly []} & PathParams<
    R extends {path: infer P} ? P : never
  > &
    D,
  keyof R
> &
  R;

/**
 * Declares an area's routes with what they share said once: who may call them, the feature a
 * space may turn off, and for a family of routes what they answer, invalidate or limit (e.g.
 * every change to a membership answers the membership). A route then states only what is its own:
 * `status` is 200, `errors` (its own codes) none, and `params` one `Id` per `:name` of its
 * path, unless it or the area says otherwise.
 */
export const routesWith =
  <const D extends Shared>(shared: D) =>
  <const R extends DeclarationWith<D>>(route: R): Completed<D, R> => {
    const names = Array.from(route.path.matchAll(/:(\w+)/g), (match) => match[1] as string);
    const params = names.length
      ? {params: z.object(Object.fromEntries(names.map((name) => [name, Id])))}
      : {};
    return {status: 200, errors: [], ...params, ...shared, ...route} as unknown as Completed<D, R>;
  };

/** The routes of an area without a feature switch, by who may call them. */
export const memberRoute = routesWith({access: 'member'});
export const publicRoute = routesWith({access: 'public'});
export const devRoute = routesWith({access: 'dev'});

type Infer<S, Fallback> = S extends z.ZodMiniType ? z.infer<S> : Fallback;
type Input<S, Fallback> = S extends z.ZodMiniType ? z.input<S> : Fallback;

export type RouteParams<R extends RouteDefinition> = Infer<R['params'], Record<string, never>>;
export type RouteQuery<R extends RouteDefinition> = Input<R['query'], Record<string, never>>;
export type RouteBody<R extends RouteDefinition> = Input<R['body'], undefined>;
/** A document route (`mediaType`) answers its bytes as a `Blob`, e.g. an invoice's PDF. */
export type RouteResponse<R extends RouteDefinition> = R['response'] extends z.ZodMiniType
  ? z.infer<R['response']>
  : R extends {mediaType: string}
    ? Blob
    : void;
