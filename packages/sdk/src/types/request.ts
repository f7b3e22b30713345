import type * as z from 'zod/mini';
import type {RouteBody, RouteParams, RouteQuery, RouteResponse} from '../contract/route.js';
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

type ParamsPart<R> = R extends {params: z.ZodMiniObject}
  ? {params: RouteParams<R & Routes[RouteName]>}
  : {params?: undefined};
type QueryPart<R> = R extends {query: z.ZodMiniObject}
  ? Partial<RouteQuery<R & Routes[RouteName]>> extends RouteQuery<R & Routes[RouteName]>
    ? {query?: RouteQuery<R & Routes[RouteName]>}
    : {query: RouteQuery<R & Routes[RouteName]>}
  : {query?: undefined};
type BodyPart<R> = R extends {body: z.ZodMiniType}
  ? {body: RouteBody<R & Routes[RouteName]>}
  : {body?: undefined};

/** What `client.request(name, options)` takes for a route: exactly its params, query and body. */
export type RequestOptions<N extends RouteName> = MutationOptions &
  ParamsPart<Routes[N]> &
  QueryPart<Routes[N]> &
  BodyPart<Routes[N]>;

/** `options` may be left out when a route needs no params, body or required query. */
export type RequestArgs<N extends RouteName> =
  Partial<RequestOptions<N>> extends RequestOptions<N>
    ? [options?: RequestOptions<N>]
    : [options: RequestOptions<N>];

export type ResponseOf<N extends RouteName> = RouteResponse<Routes[N]>;
export type BodyOf<N extends RouteName> = RouteBody<Routes[N]>;
export type QueryOf<N extends RouteName> = RouteQuery<Routes[N]>;
export type ParamsOf<N extends RouteName> = RouteParams<Routes[N]>;
