import type {Endpoint} from '../contract/endpoint.js';
import type {RouteDefinition, RouteResponse} from '../contract/route.js';
import * as endpoints from '../contract/endpoints.js';
import type {RouteName} from '../contract/routes.js';
import {webStorage} from '../session/adapters.js';
import type {QueryCacheOptions} from '../store/QueryCache.js';
import {Persister, type PersistOptions} from '../store/persistence.js';
import {QueryStore} from '../store/QueryStore.js';
import type {PorticoClientOptions} from '../types/options.js';
import type {RouteOf, RouteRequestArgs} from '../types/request.js';
import {createNamespaces, type Namespaces} from './namespaces.js';
import {PorticoCore, type StoreContext} from './PorticoCore.js';
import {createQueries, type Queries} from './queries.js';

/**
 * The typed client of one space's API: {@link PorticoCore} plus a namespaced method for every
 * route of the table, `request()` by route name, `queries` for every read, and persistence.
 * It carries every endpoint (not the schemas: those load with response validation); code
 * that needs a few routes can use `PorticoCore` with
 * the per-area helpers (`creditsQuery`, `bookingsApi`, …) instead.
 * @see createPorticoClient
 */
export class PorticoClient extends PorticoCore {
  /** The query cache every element on the page shares. */
  declare readonly store: QueryStore;
  /** Query descriptors for `store`: `client.store.subscribe(client.queries.credits(), …)`. */
  readonly queries: Queries;

  readonly space: Namespaces['space'];
  readonly me: Namespaces['me'];
  readonly plans: Namespaces['plans'];
  readonly membership: Namespaces['membership'];
  readonly credits: Namespaces['credits'];
  readonly resources: Namespaces['resources'];
  readonly availability: Namespaces['availability'];
  readonly bookings: Namespaces['bookings'];
  readonly products: Namespaces['products'];
  readonly myProducts: Namespaces['myProducts'];
  readonly orders: Namespaces['orders'];
  readonly entries: Namespaces['entries'];
  readonly notifications: Namespaces['notifications'];

  constructor(options: PorticoClientOptions) {
    super(options);
    ({
      space: this.space,
      me: this.me,
      plans: this.plans,
      membership: this.membership,
      credits: this.credits,
      resources: this.resources,
      availability: this.availability,
      bookings: this.bookings,
      products: this.products,
      myProducts: this.myProducts,
      orders: this.orders,
      entries: this.entries,
      notifications: this.notifications,
    } = createNamespaces(this));
    this.queries = createQueries(this);
  }

  /**
   * Calls any route of the contract, by name or by definition; every namespaced method is a
   * one-liner over this. The answer is parsed with the route's schema.
   *
   * @example
   * ```ts
   * const {bookings} = await client.request('createBooking', {body: {resourceId, start, end}});
   * ```
   * @throws {PorticoError} for every failure, with a stable `code`.
   */
  override request<N extends RouteName | RouteDefinition | Endpoint>(
    route: N,
    ...args: RouteRequestArgs<RouteOf<N>>
  ): Promise<RouteResponse<RouteOf<N>>> {
    const definition: RouteDefinition | Endpoint =
      typeof route === 'string' ? endpoints[route as RouteName] : route;
    // Widened to one RouteDefinition: the union of every route is too complex to compare.
    return super.request(
      definition as RouteDefinition,
      ...(args as RouteRequestArgs<RouteDefinition>),
    ) as Promise<RouteResponse<RouteOf<N>>>;
  }

  protected override createStore(
    options: QueryCacheOptions,
    client: PorticoClientOptions,
    {storageKey, loggedIn}: StoreContext,
  ): QueryStore {
    const persist = resolvePersist(client.persist, `portico:cache:${storageKey}`);
    // A cache written for a member must never be painted for a logged-out visitor.
    if (persist && !loggedIn) new Persister(persist).remove();
    return new QueryStore({...options, persist});
  }
}

function resolvePersist(
  option: PorticoClientOptions['persist'],
  key: string,
): PersistOptions | undefined {
  if (!option) return undefined;
  if (option === true) {
    const storage = webStorage('local');
    return storage ? {storage, key} : undefined;
  }
  return {key, ...option};
}
