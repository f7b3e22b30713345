import {PorticoError} from '../errors/PorticoError.js';
import type {
  PersistedEntry,
  QueryDescriptor,
  QueryKey,
  QueryState,
  QuerySnapshot,
  StoreEvent,
} from '../types/store.js';
import {reportError} from '../utils/report.js';
import {toPorticoError} from '../utils/to-portico-error.js';
import {hashKey, matchesPrefix} from './keys.js';

/**
 * Where a store keeps its data between page loads. `QueryStore`'s `persist` option makes one
 * with superjson; the cache itself never imports it, so a page without persistence never
 * bundles it.
 */
export interface QueryPersister {
  load(): Promise<PersistedEntry[]>;
  save(entries: PersistedEntry[]): Promise<void>;
  remove(): void;
}

export interface QueryCacheOptions {
  /** Saves successful data and paints from it after a reload. */
  persister?: QueryPersister | undefined;
  /**
   * How long a query nobody subscribes to stays cached.
   * @default 300_000
   */
  gcTime?: number;
  /**
   * Refetch stale subscribed queries when the tab becomes visible again or the browser
   * comes back online.
   * @default true
   */
  refetchOnFocus?: boolean;
  /** Called whenever the total number of `subscribe` listeners changes. */
  onObserversChange?: (observers: number) => void;
}

type Listener = (state: QueryState<unknown>) => void;

interface Deferred {
  promise: Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: PorticoError) => void;
}

interface Query {
  readonly key: QueryKey;
  readonly hash: string;
  state: QueryState<unknown>;
  fetcher: ((signal: AbortSignal) => Promise<unknown>) | undefined;
  staleTime: number;
  /** Each subscription gets its own wrapper, so one function subscribed twice counts twice. */
  readonly listeners: Set<Listener>;
  invalidated: boolean;
  /** Shared by every caller until the latest attempt settles (de-duplication). */
  pending: Deferred | undefined;
  /** The current attempt; a result from any other attempt is stale and ignored. */
  controller: AbortController | undefined;
  gcTimer: ReturnType<typeof setTimeout> | undefined;
}

const DEFAULT_STALE_TIME = 30_000;

/** The state of a query nobody has asked for yet: no data, no error, nothing in flight. */
export const IDLE_QUERY_STATE: QueryState<never> = Object.freeze({
  status: 'idle',
  data: undefined,
  error: undefined,
  isFetching: false,
  updatedAt: 0,
});

/**
 * The data layer every element on a page shares: keyed queries with stale-while-revalidate,
 * request de-duplication, subscriptions and prefix invalidation. Framework-neutral: Lit
 * controllers, React's `useSyncExternalStore` and Vue refs all use `get` + `subscribe`.
 *
 * This is the store without its superjson persistence (what elements bundle);
 * {@link QueryStore} adds the `persist` option.
 */
export class QueryCache {
  /** Settles once a persisted cache has been read (at once without persistence). */
  readonly hydrated: Promise<void>;

  readonly #queries = new Map<string, Query>();
  readonly #listeners = new Set<(event: StoreEvent) => void>();
  readonly #persister: QueryPersister | undefined;
  readonly #gcTime: number;
  readonly #onObserversChange: ((observers: number) => void) | undefined;
  #observers = 0;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by `clear()`, so a cache read that was still loading cannot bring data back. */
  #epoch = 0;

  constructor(options: QueryCacheOptions = {}) {
    this.#gcTime = options.gcTime ?? 300_000;
    this.#onObserversChange = options.onObserversChange;
    this.#persister = options.persister;
    this.hydrated = this.#hydrate();
    if (options.refetchOnFocus !== false && typeof document !== 'undefined') {
      const refetch = () => {
        if (document.visibilityState !== 'hidden') this.#refetchStale();
      };
      document.addEventListener('visibilitychange', refetch);
      globalThis.addEventListener?.('online', refetch);
    }
  }

  /** The current state of a query; never starts a request. */
  get<T>(descriptor: QueryDescriptor<T>): QueryState<T> {
    return (this.#queries.get(hashKey(descriptor.key))?.state ?? IDLE_QUERY_STATE) as QueryState<T>;
  }

  /**
   * The query's data: fresh cached data at once, else one request shared by every
   * concurrent caller. Rejects with a {@link PorticoError}.
   */
  fetch<T>(descriptor: QueryDescriptor<T>): Promise<T> {
    const query = this.#ensure(descriptor);
    if (query.pending) return query.pending.promise as Promise<T>;
    if (!this.#isStale(query)) return Promise.resolve(query.state.data as T);
    return this.#start(query) as Promise<T>;
  }

  /**
   * Calls `listener` with every new state of the query. Starts a request when the data is
   * missing or stale, and keeps showing the old data while it runs (stale-while-revalidate).
   * The listener is not called with the current state: read it with `get()`.
   * @returns unsubscribe
   */
  subscribe<T>(
    descriptor: QueryDescriptor<T>,
    listener: (state: QueryState<T>) => void,
  ): () => void {
    const query = this.#ensure(descriptor);
    const entry: Listener = (state) => listener(state as QueryState<T>);
    query.listeners.add(entry);
    clearTimeout(query.gcTimer);
    this.#setObservers(this.#observers + 1);
    if (!query.pending && this.#isStale(query)) void this.#start(query);
    return () => {
      if (!query.listeners.delete(entry)) return;
      this.#setObservers(this.#observers - 1);
      if (query.listeners.size === 0) this.#scheduleGc(query);
    };
  }

  /**
   * Marks every query whose key starts with `prefix` stale, and refetches those that have
   * subscribers or waiting callers. A request already in flight is restarted, because its
   * answer may predate the change that caused the invalidation.
   */
  invalidate(prefix: QueryKey): void {
    for (const query of this.#queries.values()) {
      if (!matchesPrefix(query.key, prefix)) continue;
      query.invalidated = true;
      this.#emit('invalidated', query);
      if (query.fetcher && (query.listeners.size > 0 || query.pending)) void this.#start(query);
    }
  }

  /** Replaces a query's data (optimistic updates, data from a mutation's answer). */
  setData<T>(key: QueryKey, data: T | ((previous: T | undefined) => T)): void {
    const query = this.#ensure({key});
    const next =
      typeof data === 'function'
        ? (data as (previous: T | undefined) => T)(query.state.data as T | undefined)
        : data;
    query.invalidated = false;
    this.#setState(query, {
      ...query.state,
      status: 'success',
      data: next,
      error: undefined,
      updatedAt: Date.now(),
    });
    this.#scheduleSave();
  }

  /** Listens to every query being added, updated, invalidated or removed. */
  on(listener: (event: StoreEvent) => void): () => void {
    const entry = (event: StoreEvent) => listener(event);
    this.#listeners.add(entry);
    return () => void this.#listeners.delete(entry);
  }

  /**
   * Forgets all data (logout): cancels requests, drops the persisted cache, removes queries
   * nobody subscribes to, and reloads the subscribed ones from scratch.
   */
  clear(): void {
    this.#epoch++;
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    this.#persister?.remove();
    for (const query of [...this.#queries.values()]) {
      query.controller?.abort();
      query.controller = undefined;
      query.invalidated = false;
      if (query.listeners.size > 0 && query.fetcher) {
        this.#setState(query, IDLE_QUERY_STATE);
        void this.#start(query);
        continue;
      }
      query.pending?.reject(
        new PorticoError({status: 0, code: 'aborted', title: 'The store was cleared'}),
      );
      query.pending = undefined;
      this.#remove(query);
    }
  }

  #ensure(
    descriptor: Pick<QueryDescriptor<unknown>, 'key'> & Partial<QueryDescriptor<unknown>>,
  ): Query {
    const hash = hashKey(descriptor.key);
    let query = this.#queries.get(hash);
    if (!query) {
      query = {
        key: descriptor.key,
        hash,
        state: IDLE_QUERY_STATE,
        fetcher: undefined,
        staleTime: DEFAULT_STALE_TIME,
        listeners: new Set(),
        invalidated: false,
        pending: undefined,
        controller: undefined,
        gcTimer: undefined,
      };
      this.#queries.set(hash, query);
      this.#emit('added', query);
      this.#scheduleGc(query);
    }
    // The latest descriptor wins: elements may be upgraded with a newer client.
    if (descriptor.fetch) query.fetcher = descriptor.fetch;
    if (descriptor.staleTime !== undefined) query.staleTime = descriptor.staleTime;
    return query;
  }

  #isStale(query: Query): boolean {
    return (
      query.invalidated ||
      query.state.status !== 'success' ||
      Date.now() - query.state.updatedAt >= query.staleTime
    );
  }

  #start(query: Query): Promise<unknown> {
    query.controller?.abort();
    const controller = new AbortController();
    query.controller = controller;
    query.invalidated = false;
    const deferred = (query.pending ??= createDeferred());
    const {state} = query;
    this.#setState(
      query,
      state.data === undefined
        ? {...state, status: 'loading', error: undefined, isFetching: true}
        : {...state, isFetching: true},
    );
    const fetcher = query.fetcher;
    new Promise<unknown>((resolve) => resolve(fetcher?.(controller.signal))).then(
      (data) => {
        if (query.controller !== controller) return;
        query.controller = undefined;
        query.pending = undefined;
        this.#setState(query, {
          status: 'success',
          data,
          error: undefined,
          isFetching: false,
          updatedAt: Date.now(),
        });
        deferred.resolve(data);
        this.#scheduleSave();
      },
      (reason: unknown) => {
        if (query.controller !== controller) return;
        query.controller = undefined;
        query.pending = undefined;
        const error = toPorticoError(reason);
        this.#setState(query, {...query.state, status: 'error', error, isFetching: false});
        deferred.reject(error);
      },
    );
    return deferred.promise;
  }

  #refetchStale(): void {
    for (const query of this.#queries.values()) {
      if (query.listeners.size > 0 && query.fetcher && !query.pending && this.#isStale(query)) {
        void this.#start(query);
      }
    }
  }

  #setState(query: Query, state: QueryState<unknown>): void {
    query.state = state === IDLE_QUERY_STATE ? IDLE_QUERY_STATE : Object.freeze(state);
    for (const listener of [...query.listeners]) {
      try {
        listener(query.state);
      } catch (error) {
        reportError(error);
      }
    }
    this.#emit('updated', query);
  }

  #emit(type: StoreEvent['type'], query: Query): void {
    if (this.#listeners.size === 0) return;
    const snapshot: QuerySnapshot = {
      key: query.key,
      state: query.state,
      observers: query.listeners.size,
    };
    for (const listener of [...this.#listeners]) {
      try {
        listener({type, query: snapshot});
      } catch (error) {
        reportError(error);
      }
    }
  }

  #setObservers(observers: number): void {
    this.#observers = observers;
    this.#onObserversChange?.(observers);
  }

  #scheduleGc(query: Query): void {
    clearTimeout(query.gcTimer);
    if (!Number.isFinite(this.#gcTime)) return;
    query.gcTimer = setTimeout(() => {
      if (query.listeners.size === 0 && !query.pending) this.#remove(query);
    }, this.#gcTime);
    // A cache timer must never keep a Node process (an SSR render, a test) alive.
    (query.gcTimer as {unref?: () => void}).unref?.();
  }

  #remove(query: Query): void {
    clearTimeout(query.gcTimer);
    if (this.#queries.get(query.hash) !== query) return;
    this.#queries.delete(query.hash);
    this.#emit('removed', query);
  }

  async #hydrate(): Promise<void> {
    if (!this.#persister) return;
    const epoch = this.#epoch;
    const entries = await this.#persister.load();
    if (epoch !== this.#epoch) return;
    for (const {key, data, updatedAt} of entries) {
      const query = this.#ensure({key});
      // Never paint over data or an error that arrived while the cache was loading.
      if (query.state.data !== undefined || query.state.status === 'error') continue;
      // Painted at once, but always revalidated: another tab may have changed it since.
      query.invalidated = true;
      this.#setState(query, {
        status: 'success',
        data,
        error: undefined,
        isFetching: query.pending !== undefined,
        updatedAt,
      });
    }
  }

  #scheduleSave(): void {
    const persister = this.#persister;
    if (!persister || this.#saveTimer !== undefined) return;
    // Coalesce: a page load settles many queries within a few milliseconds.
    this.#saveTimer = setTimeout(() => {
      this.#saveTimer = undefined;
      const entries = [...this.#queries.values()]
        .filter((query) => query.state.data !== undefined)
        .map(({key, state}) => ({key, data: state.data, updatedAt: state.updatedAt}));
      void persister.save(entries);
    }, 20);
  }
}

function createDeferred(): Deferred {
  let resolve!: Deferred['resolve'];
  let reject!: Deferred['reject'];
  const promise = new Promise<unknown>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // Background refetches have no caller: an error lives in the state, not as an unhandled rejection.
  promise.catch(() => undefined);
  return {promise, resolve, reject};
}
