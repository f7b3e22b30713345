import {webStorage} from '../session/adapters.js';
import type {QueryCacheOptions} from '../store/QueryCache.js';
import {Persister, type PersistOptions} from '../store/persistence.js';
import {QueryStore} from '../store/QueryStore.js';
import type {PorticoClientOptions} from '../types/options.js';
import {createNamespaces, type Namespaces} from './namespaces.js';
import {PorticoCore, type StoreContext} from './PorticoCore.js';
import {createQueries, type Queries} from './queries.js';

/**
 * The typed client of one space's API: {@link PorticoCore} plus one namespace per area
 * (`client.bookings.create(…)`), `queries` for every read, and persistence. It carries every
 * area's calls (not the schemas: those load with response validation); code that needs a few
 * routes can use `PorticoCore` with the per-area entry points instead
 * (`import {createBooking} from '@portico/sdk/bookings'`): the same functions.
 * @see createPorticoClient
 */
export class PorticoClient extends PorticoCore {
  /** The query cache every element on the page shares. */
  declare readonly store: QueryStore;
  /** Query descriptors for `store`: `client.store.subscribe(client.queries.credits(), …)`. */
  readonly queries: Queries;

  readonly space: Namespaces['space'];
  readonly profile: Namespaces['profile'];
  readonly membership: Namespaces['membership'];
  readonly credits: Namespaces['credits'];
  readonly resources: Namespaces['resources'];
  readonly bookings: Namespaces['bookings'];
  readonly shop: Namespaces['shop'];
  readonly entries: Namespaces['entries'];
  readonly notifications: Namespaces['notifications'];
  readonly billing: Namespaces['billing'];
  readonly directory: Namespaces['directory'];
  readonly posts: Namespaces['posts'];
  readonly helpdesk: Namespaces['helpdesk'];
  readonly visitors: Namespaces['visitors'];
  readonly deliveries: Namespaces['deliveries'];
  readonly events: Namespaces['events'];

  constructor(options: PorticoClientOptions) {
    super(options);
    ({
      space: this.space,
      profile: this.profile,
      membership: this.membership,
      credits: this.credits,
      resources: this.resources,
      bookings: this.bookings,
      shop: this.shop,
      entries: this.entries,
      notifications: this.notifications,
      billing: this.billing,
      directory: this.directory,
      posts: this.posts,
      helpdesk: this.helpdesk,
      visitors: this.visitors,
      deliveries: this.deliveries,
      events: this.events,
    } = createNamespaces(this));
    this.queries = createQueries(this);
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
