import type {RouteDefinition} from './route.js';
import type {RouteName} from './routes.js';

/**
 * A route of the table by its identity, wire shape and rules (method, path, who may call it,
 * its own error codes, what it invalidates), without its schemas: what a client needs to send
 * a request. Each area's `endpoints.ts` lists one per route, generated from its `routes.ts`, so a browser bundle that calls three routes does not
 * carry zod or any schema. Request and response types still come from the route (`name`).
 */
export interface Endpoint<N extends RouteName = RouteName> extends Pick<
  RouteDefinition,
  | 'method'
  | 'path'
  | 'access'
  | 'errors'
  | 'idempotent'
  | 'safe'
  | 'invalidates'
  | 'limits'
  | 'session'
  | 'stream'
  | 'mediaType'
> {
  readonly name: N;
}
