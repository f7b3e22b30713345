import type {RouteDefinition} from './route.js';
import type {RouteName} from './routes.js';

/**
 * A route of the table by its identity and wire shape only (method, path, who may call it),
 * without its schemas: what a client needs to send a request. `endpoints.ts` lists one per
 * route, generated from the route table, so a browser bundle that calls three routes does not
 * carry zod or any schema. Request and response types still come from the route (`name`).
 */
export interface Endpoint<N extends RouteName = RouteName> extends Pick<
  RouteDefinition,
  'method' | 'path' | 'access' | 'idempotent' | 'safe' | 'stream'
> {
  readonly name: N;
}
