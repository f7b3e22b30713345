// `@portico/sdk/store`: the query cache behind `client.store`, for code that builds its own
// client or keys (every client already has one, shared by the elements on a page).
export {IDLE_QUERY_STATE, QueryCache} from './QueryCache.js';
export type {QueryCacheOptions, QueryPersister} from './QueryCache.js';
export {QueryStore} from './QueryStore.js';
export type {QueryStoreOptions} from './QueryStore.js';
export type {PersistOptions} from './persistence.js';
export {hashKey, matchesPrefix} from './keys.js';
export type {
  PersistedEntry,
  QueryDescriptor,
  QueryKey,
  QuerySnapshot,
  QueryState,
  QueryStatus,
  StoreEvent,
} from '../types/store.js';
