import type {PorticoError} from '../errors/PorticoError.js';

/** A query key: `['credits']`, `['bookings', {status: 'confirmed'}]`. Plain JSON values only. */
export type QueryKey = readonly unknown[];

/** One query's data as a persisted cache keeps it. */
export interface PersistedEntry {
  key: QueryKey;
  data: unknown;
  updatedAt: number;
}

/** What to fetch and how to name it; `client.queries` builds these for every read. */
export interface QueryDescriptor<T> {
  readonly key: QueryKey;
  readonly fetch: (signal: AbortSignal) => Promise<T>;
  /**
   * How long fetched data counts as fresh; `subscribe` and `fetch` reuse fresh data
   * without a request.
   * @default 30_000
   */
  readonly staleTime?: number;
}

export type QueryStatus = 'idle' | 'loading' | 'success' | 'error';

/**
 * A snapshot of one query. It is replaced, never mutated, so `store.get()` returns the same
 * object until something changes (what React's `useSyncExternalStore` needs).
 */
export interface QueryState<T> {
  /** `loading` only when there is no data yet; a background refetch keeps `success`. */
  readonly status: QueryStatus;
  /** The last data fetched; kept while refetching and after a failed refetch. */
  readonly data: T | undefined;
  readonly error: PorticoError | undefined;
  /** A request is in flight (first load or background refetch). */
  readonly isFetching: boolean;
  /** When `data` was fetched (ms since epoch), 0 if never. */
  readonly updatedAt: number;
}

/** One query as store events show it. */
export interface QuerySnapshot {
  readonly key: QueryKey;
  readonly state: QueryState<unknown>;
  /** How many `subscribe` listeners it has. */
  readonly observers: number;
}

/** What `store.on()` reports, as a union on `type` (TanStack's query cache events). */
export type StoreEvent =
  | {readonly type: 'added'; readonly query: QuerySnapshot}
  | {readonly type: 'updated'; readonly query: QuerySnapshot}
  | {readonly type: 'invalidated'; readonly query: QuerySnapshot}
  | {readonly type: 'removed'; readonly query: QuerySnapshot};
