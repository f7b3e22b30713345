/**
 * Where the session token is kept. The Web Storage shape, so `localStorage` and
 * `sessionStorage` are adapters as they are; reads must be synchronous because
 * `client.session.isLoggedIn` is.
 */
export interface SessionStorageAdapter {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type SessionOption = 'local' | 'session' | 'memory' | SessionStorageAdapter;

/** Keeps values in this page (or process) only: a reload logs the member out. */
export function memoryStorage(): SessionStorageAdapter {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

/** `localStorage` or `sessionStorage` when the environment has a usable one, else undefined. */
export function webStorage(kind: 'local' | 'session'): Storage | undefined {
  try {
    // Reading the property itself throws in sandboxed iframes and some privacy modes.
    const storage = kind === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
    return storage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The adapter for a `session` option; the default is local storage in browsers, memory in Node. */
export function resolveSessionStorage(option: SessionOption | undefined): SessionStorageAdapter {
  if (typeof option === 'object') return option;
  const kind = option ?? (typeof window === 'undefined' ? 'memory' : 'local');
  return (kind === 'memory' ? undefined : webStorage(kind)) ?? memoryStorage();
}
