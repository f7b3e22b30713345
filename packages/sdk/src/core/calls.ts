import type {Endpoint} from '../contract/endpoint.js';
import type {RouteName, Routes} from '../contract/routes.js';
import type {
  BodyOf,
  CallOptions,
  MutationOptions,
  ParamsOf,
  QueryOf,
  ResponseOf,
} from '../types/request.js';
import type {PorticoCore} from './PorticoCore.js';

// The shapes most of an area's calls (`areas/<area>/calls.ts`) take: each factory types the
// call's arguments from its endpoint, so an area writes `bodyCall(endpoints.createOrder)`.
// `@__NO_SIDE_EFFECTS__` lets a bundler drop the calls an app never imports.

/** A read can be aborted; a mutation also takes an idempotency key. */
type OptionsOf<N extends RouteName> = Routes[N]['method'] extends 'GET'
  ? CallOptions
  : MutationOptions;

/** The routes whose definition has field `K`: the factories refuse a route of another shape. */
type RoutesWith<K extends 'body' | 'params' | 'query'> = {
  [N in RouteName]: Routes[N] extends Record<K, object> ? N : never;
}[RouteName];

/** `client.request()` for a route whose name is generic: the factories check the arguments. */
const send = <N extends RouteName>(client: PorticoCore, endpoint: Endpoint<N>, options?: object) =>
  (
    client as unknown as {request(route: Endpoint, options?: object): Promise<ResponseOf<N>>}
  ).request(endpoint, options);

/** `(client, options?)`: a route with nothing to send. */
/*@__NO_SIDE_EFFECTS__*/
export function call<N extends Exclude<RouteName, RoutesWith<'body'> | RoutesWith<'params'>>>(
  endpoint: Endpoint<N>,
) {
  return (client: PorticoCore, options?: OptionsOf<N>) => send(client, endpoint, options);
}

/** `(client, body, options?)`: a route that sends a JSON body. */
/*@__NO_SIDE_EFFECTS__*/
export function bodyCall<N extends Exclude<RoutesWith<'body'>, RoutesWith<'params'>>>(
  endpoint: Endpoint<N>,
) {
  return (client: PorticoCore, body: BodyOf<N>, options?: MutationOptions) =>
    send(client, endpoint, {...options, body});
}

/** `(client, query?, options?)`: a list read with optional filters and paging. */
/*@__NO_SIDE_EFFECTS__*/
export function queryCall<N extends RoutesWith<'query'>>(endpoint: Endpoint<N>) {
  return (client: PorticoCore, query?: QueryOf<N>, options?: CallOptions) =>
    send(client, endpoint, {...options, query});
}

/** `(client, id, body, options?)`: a route on one record that also sends a JSON body. */
/*@__NO_SIDE_EFFECTS__*/
export function idBodyCall<N extends RoutesWith<'params'> & RoutesWith<'body'>>(
  endpoint: Endpoint<N>,
  param: keyof ParamsOf<N> & string,
) {
  return (client: PorticoCore, id: string, body: BodyOf<N>, options?: MutationOptions) =>
    send(client, endpoint, {...options, params: {[param]: id}, body});
}

/** `(client, id, options?)`: a route on one record, named by its path's only parameter. */
/*@__NO_SIDE_EFFECTS__*/
export function idCall<N extends Exclude<RoutesWith<'params'>, RoutesWith<'body'>>>(
  endpoint: Endpoint<N>,
  param: keyof ParamsOf<N> & string,
) {
  return (client: PorticoCore, id: string, options?: OptionsOf<N>) =>
    send(client, endpoint, {...options, params: {[param]: id}});
}
