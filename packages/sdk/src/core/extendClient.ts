import {createNamespaces, type Namespaces} from './namespaces.js';
import type {PorticoCore} from './PorticoCore.js';
import {createQueries, type Queries} from './queries.js';

/** A client with a namespaced method for every route and `queries` for every read. */
export type PorticoApiClient<C extends PorticoCore = PorticoCore> = C &
  Namespaces & {readonly queries: Queries};

/**
 * Adds every namespace (`client.bookings.create(…)`) and `queries` to an existing client, in
 * place: the result IS that client, with the same session, store and realtime stream. Elements
 * share a lean `PorticoCore`; a host page that wants the full API on the very same client
 * calls this (`<portico-provider>`'s `getClient()` does). A `PorticoClient` is returned as is.
 *
 * @example
 * ```ts
 * const client = extendClient(provider.providedClient);
 * await client.bookings.create({resourceId, start, end}); // the credit widgets update
 * ```
 */
export function extendClient<C extends PorticoCore>(core: C): PorticoApiClient<C> {
  if ('bookings' in core && 'queries' in core) return core as PorticoApiClient<C>;
  return Object.assign(core, createNamespaces(core), {queries: createQueries(core)});
}
