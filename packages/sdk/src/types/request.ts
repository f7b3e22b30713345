import type * as z from 'zod/mini';
import type {
  RouteBody,
  RouteDefinition,
  RouteParams,
  RouteQuery,
  RouteResponse,
} from '../contract/route.js';
import type {Endpoint} from '../contract/endpoint.js';
import type {RouteName, Routes} from '../contract/routes.js';

/** Accepted by every client method as its last argument. */
export interface CallOptions {
  /** Aborts the request; the promise then rejects with code `aborted`. */
  signal?: AbortSignal | undefined;
}

/** Accepted by every mutation. */
export interface MutationOptions extends CallOptions {
  /**
   * The `Idempotency-Key` for routes that take one. By default a fresh UUID per call,
   * reused by that call's retries; pass your own to make a retry across page loads safe.
   */
  idempotencyKey?: string | undefined;
}

type ParamsPart<R extends RouteDefinition> = R extends {params: z.ZodMiniObject}
  ? {params: RouteParams<R>}
  : {params?: undefined};
type QueryPart<R extends RouteDefinition> = R extends {query: z.ZodMiniObject}
  ? Partial<RouteQuery<R>> extends RouteQuery<R>
    ? {query?: RouteQuery<R>}
    : {query: RouteQuery<R>}
  : {query?: undefined};
type BodyPart<R extends RouteDefinition> = R extends {body: z.ZodMiniType}
  ? {body: RouteBody<R>}
  : {body?: undefined};

/** What `client.request(route, options)` takes for a route: exactly its params, query and body. */
export type RouteRequestOptions<R extends RouteDefinition> = MutationOptions &
  ParamsPart<R> &
  QueryPart<R> &
  BodyPart<R>;

/** `options` may be left out when a route needs no params, body or required query. */
export type RouteRequestArgs<R extends RouteDefinition> =
  Partial<RouteRequestOptions<R>> extends RouteRequestOptions<R>
    ? [options?: RouteRequestOptions<R>]
    : [options: RouteRequestOptions<R>];

/**
 * A route definition, its schema-free {@link Endpoint}, or a route of the table by name. `PorticoCore.request()` takes
 * definitions only (so `RouteOf<R>` is `R` there); `PorticoClient.request()` takes names too,
 * and the two signatures share this shape so that a `PorticoClient` is a `PorticoCore`.
 */
export type RouteOf<N> =
  N extends Endpoint<infer Name>
    ? Routes[Name]
    : N extends RouteDefinition
      ? N
      : N extends RouteName
        ? Routes[N]
        : never;

/** What `client.request(name, options)` takes for a route of the table, by name. */
export type RequestOptions<N extends RouteName> = RouteRequestOptions<Routes[N]>;
export type RequestArgs<N extends RouteName> = RouteRequestArgs<Routes[N]>;

export type ResponseOf<N extends RouteName> = RouteResponse<Routes[N]>;
export type BodyOf<N extends RouteName> = RouteBody<Routes[N]>;
export type QueryOf<N extends RouteName> = RouteQuery<Routes[N]>;
export type ParamsOf<N extends RouteName> = RouteParams<Routes[N]>;
