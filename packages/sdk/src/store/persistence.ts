import type {PersistedEntry} from '../types/store.js';
import {warn} from '../utils/report.js';
import type {QueryPersister} from './QueryCache.js';

/** Bump when the shape of cached data changes, so an old cache is never painted. */
const CACHE_FORMAT = 1;

export interface PersistOptions {
  /** Where the cache lives, e.g. `localStorage`. */
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  /** The storage key. */
  key: string;
  /**
   * A cache older than this is dropped at startup.
   * @default 86_400_000 (24 hours)
   */
  maxAgeMs?: number;
  /** Any string that must match for the cache to be used (e.g. your app's version). */
  version?: string;
}

export type {PersistedEntry};

interface Blob {
  format: number;
  version: string;
  savedAt: number;
  entries: PersistedEntry[];
}

/**
 * Saves successful query data with superjson and reads it back at startup. superjson is
 * imported on first use, so a page without persistence never downloads it.
 */
export class Persister implements QueryPersister {
  readonly #options: Required<PersistOptions>;
  /** Bumped by `remove()`, so a save that was waiting for superjson cannot bring data back. */
  #epoch = 0;

  constructor(options: PersistOptions) {
    this.#options = {maxAgeMs: 86_400_000, version: '', ...options};
  }

  async load(): Promise<PersistedEntry[]> {
    const {storage, key, maxAgeMs, version} = this.#options;
    try {
      const raw = storage.getItem(key);
      if (raw === null) return [];
      const {parse} = await import('superjson');
      const blob = parse<Blob>(raw);
      const usable =
        blob?.format === CACHE_FORMAT &&
        blob.version === version &&
        Date.now() - blob.savedAt <= maxAgeMs &&
        Array.isArray(blob.entries);
      if (usable) return blob.entries;
    } catch (error) {
      warn('Ignoring an unreadable query cache.', error);
    }
    this.remove();
    return [];
  }

  async save(entries: PersistedEntry[]): Promise<void> {
    const {storage, key, version} = this.#options;
    const epoch = this.#epoch;
    const {stringify} = await import('superjson');
    if (epoch !== this.#epoch) return;
    const blob: Blob = {format: CACHE_FORMAT, version, savedAt: Date.now(), entries};
    try {
      storage.setItem(key, stringify(blob));
    } catch (error) {
      // Quota exceeded: a missing cache only costs a slower first paint.
      warn('Could not save the query cache.', error);
    }
  }

  remove(): void {
    this.#epoch++;
    try {
      this.#options.storage.removeItem(this.#options.key);
    } catch {
      // Storage blocked: nothing was saved either.
    }
  }
}
