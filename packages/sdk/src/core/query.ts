import type {QueryRoot} from '../contract/query-roots.js';
import type {QueryDescriptor} from '../types/store.js';

/** A descriptor whose key starts with a {@link QueryRoot}, which is what mutations invalidate. */
export const query = <T>(
  key: readonly [QueryRoot, ...unknown[]],
  fetch: (signal: AbortSignal) => Promise<T>,
  staleTime?: number,
): QueryDescriptor<T> => (staleTime === undefined ? {key, fetch} : {key, fetch, staleTime});
