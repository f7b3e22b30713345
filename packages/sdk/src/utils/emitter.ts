import {reportError} from './report.js';

/** A minimal typed event emitter: `on()` returns its own unsubscribe. */
export class Emitter<Events extends Record<string, unknown>> {
  readonly #listeners = new Map<keyof Events, Set<(event: never) => void>>();

  on<K extends keyof Events>(type: K, listener: (event: Events[K]) => void): () => void {
    let set = this.#listeners.get(type);
    if (!set) this.#listeners.set(type, (set = new Set()));
    set.add(listener as (event: never) => void);
    return () => void set.delete(listener as (event: never) => void);
  }

  emit<K extends keyof Events>(type: K, event: Events[K]): void {
    // Copy first: a listener may unsubscribe itself (or others) while we iterate.
    for (const listener of [...(this.#listeners.get(type) ?? [])]) {
      try {
        (listener as (event: Events[K]) => void)(event);
      } catch (error) {
        reportError(error);
      }
    }
  }
}
