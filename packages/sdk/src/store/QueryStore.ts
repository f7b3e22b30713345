import {QueryCache, type QueryCacheOptions} from './QueryCache.js';
import {Persister, type PersistOptions} from './persistence.js';

export interface QueryStoreOptions extends QueryCacheOptions {
  /** Save successful data (superjson, imported only then) and paint from it after a reload. */
  persist?: PersistOptions | undefined;
}

/**
 * The query cache with persistence: `persist` saves successful data with superjson.
 * @see QueryCache
 */
export class QueryStore extends QueryCache {
  constructor({persist, ...options}: QueryStoreOptions = {}) {
    super(persist ? {...options, persister: new Persister(persist)} : options);
  }
}
