// `@portico/sdk/store`: the query cache behind `client.store`, for code that builds its own
// client or keys (every client already has one, shared by the elements on a page).
export * from './QueryCache.js';
export * from './QueryStore.js';
export type {PersistOptions} from './persistence.js';
export * from './keys.js';
export * from '../types/store.js';
