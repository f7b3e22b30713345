import type {SessionOption} from '../session/adapters.js';

export interface RetryOptions {
  /**
   * How many times a GET or an idempotent mutation is retried after a network error,
   * 429, 502, 503 or 504. Other mutations are never retried.
   * @default 2
   */
  limit?: number;
  /**
   * The longest wait between two attempts, in ms (the wait doubles per attempt, with
   * full jitter). A server's `Retry-After` is honoured up to 20 seconds; a longer one fails
   * at once with `error.retryAfter` set.
   * @default 5_000
   */
  backoffLimit?: number;
}

export interface PersistStorageOptions {
  /** Where to keep the cache, e.g. `localStorage` or `sessionStorage`. */
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  /** @default `portico:cache:${baseUrl}:${space}` */
  key?: string;
  /**
   * Older caches are ignored.
   * @default 86_400_000 (24 hours)
   */
  maxAgeMs?: number;
}

/** The options of the lean client, `PorticoCore`: everything but persistence. */
export interface PorticoCoreOptions {
  /**
   * The API root, version included; routes live under `${baseUrl}/spaces/${space}`.
   * @example 'https://api.your-space.example/v1'
   */
  baseUrl: string;
  /** The space's slug. @example 'demo' */
  space: string;
  /**
   * Where the session token is kept: `'local'` survives reloads and is shared by tabs,
   * `'session'` lasts for the tab, `'memory'` for the page (or process), or your own adapter.
   * @default 'local' in browsers, 'memory' in Node
   */
  session?: SessionOption;
  /**
   * Per-attempt timeout in ms; the request then fails with code `timeout`.
   * @default 10_000
   */
  timeout?: number;
  /** @default {limit: 2, backoffLimit: 5_000} */
  retry?: RetryOptions;
  /**
   * The `fetch` to use (tests, SSR frameworks, instrumentation).
   * @default globalThis.fetch
   */
  fetch?: typeof fetch;
  /** Sent as `Accept-Language`, e.g. `'fr'`. */
  locale?: string;
  /**
   * Check every answer against the contract's schemas: a mismatch fails with a
   * `PorticoValidationError` (code `invalid_response`) instead of reaching your code. On by
   * default under the `development` export condition (Vite's dev server, tests, Storybook);
   * off in production builds, where turning it on loads zod and the schemas on first use.
   * @default true in development, false otherwise
   */
  validateResponses?: boolean;
  /**
   * Keep the store in sync with server-sent events while it has subscribers and a member is
   * logged in.
   * @default true
   */
  realtime?: boolean;
}

export interface PorticoClientOptions extends PorticoCoreOptions {
  /**
   * Keep successful query data in storage (serialized with superjson, loaded only then) so
   * a reload paints from cache first. `true` uses `localStorage` in browsers. The cache is
   * dropped on logout.
   * @default false
   */
  persist?: boolean | PersistStorageOptions;
}
