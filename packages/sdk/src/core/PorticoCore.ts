import {calls as authCalls} from '../areas/auth/calls.js';
import ky, {isHTTPError, type KyInstance, type RetryOptions as KyRetryOptions} from 'ky';
import type {AuthResult, Session} from '../areas/auth/schemas.js';
import type {RealtimeEvent} from '../areas/realtime/schemas.js';
import {SPACE_BASE_PATH, fillPath} from '../contract/paths.js';
import type {Endpoint} from '../contract/endpoint.js';
import {stream as streamRoute} from '../areas/realtime/endpoints.js';
import type * as OpenStream from '../areas/realtime/open-stream.js';
import type {RouteDefinition, RouteResponse} from '../contract/route.js';
import {DEV_MODE} from '#dev-mode';
import {PorticoError} from '../errors/PorticoError.js';
import {resolveSessionStorage, webStorage} from '../session/adapters.js';
import {SessionManager, type SessionEvents} from '../session/SessionManager.js';
import {QueryCache, type QueryCacheOptions} from '../store/QueryCache.js';
import type {PorticoCoreOptions} from '../types/options.js';
import type {RouteOf, RouteRequestArgs} from '../types/request.js';
import {Emitter} from '../utils/emitter.js';
import {reportError} from '../utils/report.js';
import {parseRetryAfter} from '../utils/retry-after.js';
import {isPorticoError} from '../utils/type-guards.js';
import {randomUUID} from '../utils/uuid.js';
import {SEQ_HEADER} from '../contract/seq-header.js';
import {StaleReads} from './stale-reads.js';
import {QUERY_ROOTS, type QueryRoot} from '../contract/query-roots.js';
import {bind, type Bound} from './bind.js';
import {parseJson, transportError} from './errors.js';

/** Events of `client.on()`. */
export type PorticoClientEvents = SessionEvents;

/** `client.session`: the member's bearer token. */
export interface ClientSession {
  /** The current session, or null when logged out or expired. */
  get(): Session | null;
  /** Uses a session obtained elsewhere (e.g. server-side). */
  set(session: Session): void;
  /** Forgets the session locally; prefer `client.auth.logout()`, which also revokes it. */
  clear(): void;
  readonly isLoggedIn: boolean;
}

export interface RealtimeSubscribeOptions {
  /** Unsubscribes when aborted. */
  signal?: AbortSignal;
}

/** What {@link PorticoCore.createStore} needs to know besides the store's own options. */
export interface StoreContext {
  /** `${baseUrl}:${space}`, to key what is stored for this API and space. */
  readonly storageKey: string;
  /** A session was stored when the client was created (read without side effects). */
  readonly loggedIn: boolean;
}

type AnyRequestOptions = {
  params?: Record<string, string> | undefined;
  query?: Record<string, unknown> | undefined;
  body?: unknown;
  signal?: AbortSignal | undefined;
  idempotencyKey?: string | undefined;
};

/** The roots of a member's own data; the rest (space, plans, resources…) is public. */
const MEMBER_ROOTS = (Object.keys(QUERY_ROOTS) as QueryRoot[]).filter(
  (root) => QUERY_ROOTS[root] === 'member',
);

/** The retriable answers: rate limited, and the gateway ones that mean "not now". */
const RETRY_STATUSES = [429, 502, 503, 504];
/** A longer `Retry-After` fails at once (with `retryAfter`) instead of freezing the page. */
const MAX_RETRY_AFTER_MS = 20_000;
/** `/spaces/:space`: `baseUrl` already ends with the API version. */
const SPACES_PATH = SPACE_BASE_PATH.slice(SPACE_BASE_PATH.indexOf('/spaces/'));

/**
 * The lean client of one space's API: `request(route)`, the bearer session with `auth`,
 * retries, the shared query store and realtime invalidation, without the route table. It carries only the
 * routes its caller imports (`import {getCredits} from '@portico/sdk/credits'`), which is
 * what lets a page with one widget skip the schemas of every other endpoint. Elements use it;
 * apps usually want {@link PorticoClient} (from `createPorticoClient`), which adds a
 * namespaced method for every route and persistence.
 *
 * @example
 * ```ts
 * const client = new PorticoCore({baseUrl: 'https://api.your-space.example/v1', space: 'demo'});
 * const balance = await getCredits(client);
 * client.store.subscribe(creditsQuery(client), render);
 * ```
 */
export class PorticoCore {
  /** The query cache every element on the page shares. */
  readonly store: QueryCache;
  readonly session: ClientSession;
  /**
   * `${baseUrl}:${space}`: what this client talks to, as a prefix for what a page keeps about
   * it (the session, the persisted store, an element's cart).
   */
  readonly storageKey: string;
  /**
   * Logging in (a code by email, or an invitation) and out: part of the core, because the
   * session is (`verifyCode` keeps the session it answers, `logout` forgets it).
   */
  readonly auth: Bound<typeof authCalls>;
  /** Server-sent events (`GET /stream`), shared by every subscriber over one connection. */
  readonly realtime: {
    subscribe(
      listener: (event: RealtimeEvent) => void,
      options?: RealtimeSubscribeOptions,
    ): () => void;
  };

  readonly #options: PorticoCoreOptions;
  readonly #spaceUrl: string;
  readonly #ky: KyInstance;
  readonly #timeout: number;
  readonly #emitter = new Emitter<PorticoClientEvents>();
  readonly #sessions: SessionManager;
  readonly #realtimeListeners = new Set<(event: RealtimeEvent) => void>();
  #storeObservers = 0;
  /** A stream is wanted (its module may still be loading). */
  #streaming = false;
  /** Counts the streams asked for: one that was stopped while its module loaded never opens. */
  #streamRun = 0;
  #closeStream: (() => void) | undefined;
  #streamModule: Promise<typeof OpenStream> | undefined;
  /** The stream's code once loaded (what each event makes stale comes with it). */
  #streamCode: typeof OpenStream | undefined;
  readonly #staleReads = new StaleReads();

  constructor(options: PorticoCoreOptions) {
    invariant(
      typeof options?.baseUrl === 'string' && options.baseUrl !== '',
      '`baseUrl` is required',
    );
    invariant(typeof options.space === 'string' && options.space !== '', '`space` is required');
    this.#options = options;
    const baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.#spaceUrl = baseUrl + fillPath(SPACES_PATH, {space: options.space});
    this.#timeout = options.timeout ?? 10_000;
    this.#ky = ky.create({
      timeout: this.#timeout,
      ...(options.fetch ? {fetch: options.fetch} : {}),
    });

    const storageKey = `${baseUrl}:${options.space}`;
    this.storageKey = storageKey;
    const sessionStorage = resolveSessionStorage(options.session);
    this.#sessions = new SessionManager(
      sessionStorage,
      `portico:session:${storageKey}`,
      this.#emitter,
    );
    this.session = this.#sessions;

    this.store = this.createStore(
      {
        onObserversChange: (observers) => {
          this.#storeObservers = observers;
          this.#syncRealtime();
        },
      },
      options,
      {storageKey, loggedIn: this.#sessions.peek() !== null},
    );
    this.realtime = {subscribe: (listener, opts) => this.#subscribeEvents(listener, opts)};
    this.auth = bind(this, authCalls);

    // Read without side effects: an expired session is reported once listeners exist.
    let member = this.#sessions.peek()?.token;
    if (member !== undefined && options.realtime !== false) void this.#loadStream();
    this.#emitter.on('session-changed', ({session}) => {
      // Logged out, or another member now: their data must go. A login from logged out keeps
      // the public data as it is (the space, plans, rooms do not change with who looks) and
      // refreshes only what belongs to a member.
      if (member === undefined) {
        for (const root of MEMBER_ROOTS) this.store.invalidate([root]);
      } else this.store.clear();
      member = session?.token;
      if (member !== undefined && options.realtime !== false) void this.#loadStream();
      this.#stopStream();
      this.#syncRealtime();
    });
    // Other tabs share local storage: follow their logins. A memory session never opens it
    // (the first use of local storage costs a fresh page a few milliseconds).
    const shared = options.session !== 'memory' && sessionStorage === webStorage('local');
    if (typeof window !== 'undefined' && shared) {
      window.addEventListener('storage', (event) => this.#sessions.notifyExternalChange(event.key));
    }
  }

  /**
   * Listens to `session-changed` (login, logout, expiry, another tab) and `session-expired`
   * (the server refused the token: show the login form).
   * @returns unsubscribe
   */
  on<K extends keyof PorticoClientEvents>(
    type: K,
    listener: (event: PorticoClientEvents[K]) => void,
  ): () => void {
    return this.#emitter.on(type, listener);
  }

  /**
   * Calls one route of the contract; the answer is parsed with the route's schema (a document
   * route's, such as an invoice's PDF, is its bytes as a `Blob`). Mutations
   * invalidate the queries they change, logging in keeps the session, logging out forgets it.
   *
   * @example
   * ```ts
   * import {endpoints} from '@portico/sdk/bookings';
   * const {bookings} = await client.request(endpoints.createBooking, {body: {resourceId, start, end}});
   * ```
   * @throws {PorticoError} for every failure, with a stable `code`.
   */
  async request<R extends RouteDefinition | Endpoint>(
    route: R,
    ...[options]: RouteRequestArgs<RouteOf<R>>
  ): Promise<RouteResponse<RouteOf<R>>> {
    const {params, query, body, signal, idempotencyKey} =
      (options as unknown as AnyRequestOptions | undefined) ?? {};
    const url = this.#url(route, params, query);
    const token = route.access === 'member' ? this.#sessions.get()?.token : undefined;
    try {
      // No token, no point asking: the answer would be 401.
      if (route.access === 'member' && token === undefined) throw notLoggedIn(route, url);
      const data = await this.#send(route, url, {body, signal, token, idempotencyKey});
      this.#afterSuccess(route, data);
      return data as RouteResponse<RouteOf<R>>;
    } catch (error) {
      if (await this.#afterFailure(route, error, token)) {
        return undefined as RouteResponse<RouteOf<R>>;
      }
      throw error;
    }
  }

  /**
   * Builds `store` (called once, from the constructor). `PorticoClient` overrides it to add
   * persistence, which is how superjson stays out of bundles that only use the core.
   */
  protected createStore(
    options: QueryCacheOptions,
    _client: PorticoCoreOptions,
    _context: StoreContext,
  ): QueryCache {
    return new QueryCache(options);
  }

  async #send(
    route: RouteDefinition | Endpoint,
    url: string,
    {body, signal, token, idempotencyKey}: AnyRequestOptions & {token: string | undefined},
  ): Promise<unknown> {
    const media = route.mediaType ?? 'application/json';
    const headers: Record<string, string> = {accept: `${media}, application/problem+json`};
    if (token !== undefined) headers.authorization = `Bearer ${token}`;
    // Set once here, so every retry of this call carries the same key.
    if (route.idempotent) headers['idempotency-key'] = idempotencyKey ?? randomUUID();
    if (this.#options.locale) headers['accept-language'] = this.#options.locale;
    try {
      const pending = this.#ky(url, {
        method: route.method,
        headers,
        json: body,
        signal,
        retry: this.#retryFor(route),
      });
      // A document (an invoice's PDF, a statement's CSV) is the caller's to save or show.
      if (route.mediaType) return await pending.blob();
      const text = await pending.text();
      const response = await pending;
      if (this.#staleReads.read(response.headers.get(SEQ_HEADER))) this.#refetchEventRoots();
      if (response.status === 204 || ('response' in route && route.response === null)) {
        return undefined;
      }
      const request = new Request(url, {method: route.method});
      const json = parseJson(text, response, request);
      if (!(this.#options.validateResponses ?? DEV_MODE)) return json;
      // zod and every schema load only when validation is on (always in development).
      const {validateResponse} = await import('../validation/validate-response.js');
      return validateResponse(route, json, response, request);
    } catch (error) {
      const request = new Request(url, {method: route.method});
      throw await transportError(error, {request, signal, timeout: this.#timeout});
    }
  }

  #retryFor(route: RouteDefinition | Endpoint): KyRetryOptions {
    // Repeating is harmless for reads, quotes (no side effect) and keyed mutations.
    const retryable = route.method === 'GET' || route.safe === true || route.idempotent === true;
    return {
      limit: retryable ? (this.#options.retry?.limit ?? 2) : 0,
      methods: ['get', 'post', 'patch', 'delete'],
      statusCodes: RETRY_STATUSES,
      afterStatusCodes: RETRY_STATUSES,
      backoffLimit: this.#options.retry?.backoffLimit ?? 5_000,
      jitter: true,
      shouldRetry: ({error}) => {
        // ky 1 would retry any error: only a failed fetch (a TypeError) is the network's;
        // an abort, a timeout or a bug in a custom `fetch` is not retried.
        if (!isHTTPError(error)) return error instanceof TypeError ? undefined : false;
        const after = parseRetryAfter(error.response.headers.get('retry-after'));
        return after !== undefined && after * 1000 > MAX_RETRY_AFTER_MS ? false : undefined;
      },
    };
  }

  #url(
    route: RouteDefinition | Endpoint,
    params: Record<string, string> = {},
    query: Record<string, unknown> = {},
  ): string {
    const url = this.#spaceUrl + (route.path === '/' ? '' : fillPath(route.path, params));
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null) search.append(key, String(value));
    }
    const queryString = search.toString();
    return queryString ? `${url}?${queryString}` : url;
  }

  #afterSuccess(route: RouteDefinition | Endpoint, data: unknown): void {
    const effect = route.session;
    if (effect === 'login') this.#sessions.set((data as AuthResult).session);
    else if (effect === 'logout') this.#sessions.clear();
    this.#invalidateAfter(route);
  }

  /** @returns true when the failure counts as success (logging out while logged out). */
  async #afterFailure(
    route: RouteDefinition | Endpoint,
    error: unknown,
    token: string | undefined,
  ): Promise<boolean> {
    if (!isPorticoError(error)) return false;
    if (route.session === 'logout') {
      // Forget the token even if the server could not be told: the member asked to leave.
      this.#sessions.clear();
      return error.status === 401;
    }
    if (error.status === 401 && route.access === 'member' && token !== undefined) {
      this.#sessions.expire(token);
    }
    // Only a problem answer has a stale-view code; its module (with the codes) is loaded then.
    if (error.problem && (await import('./http-error.js')).STALE_VIEW_CODES.has(error.code)) {
      this.#invalidateAfter(route);
    }
    return false;
  }

  #invalidateAfter(route: RouteDefinition | Endpoint): void {
    for (const root of route.invalidates ?? []) this.store.invalidate([root]);
  }

  #subscribeEvents(listener: (event: RealtimeEvent) => void, options?: RealtimeSubscribeOptions) {
    const entry = (event: RealtimeEvent) => listener(event);
    this.#realtimeListeners.add(entry);
    this.#syncRealtime();
    const unsubscribe = () => {
      if (this.#realtimeListeners.delete(entry)) this.#syncRealtime();
    };
    options?.signal?.addEventListener('abort', unsubscribe, {once: true});
    return unsubscribe;
  }

  /** One stream while someone listens (a subscriber, or the store with observers) and a member is logged in. */
  #syncRealtime(): void {
    const wanted =
      this.#realtimeListeners.size > 0 ||
      (this.#options.realtime !== false && this.#storeObservers > 0);
    const token = wanted ? this.#sessions.get()?.token : undefined;
    if (token !== undefined && !this.#streaming) {
      this.#streaming = true;
      const run = ++this.#streamRun;
      this.#loadStream()
        .then(({openStream}) => {
          if (run !== this.#streamRun) return;
          this.#closeStream = openStream({
            url: this.#url(streamRoute),
            fetch: this.#options.fetch ?? globalThis.fetch.bind(globalThis),
            getToken: () => this.#sessions.get()?.token,
            onEvent: (event) => this.#handleEvent(event),
            onUnauthorized: (refused) => this.#sessions.expire(refused),
            onOpen: ({resumed, seq}) => this.#handleOpen(resumed, seq),
          });
        })
        .catch(reportError);
    } else if (token === undefined && this.#streaming) {
      this.#stopStream();
    }
  }

  /**
   * The stream's code, loaded once a member is signed in (a visitor never downloads it), before
   * anything listens: the stream then opens at once, and misses no event meanwhile.
   */
  #loadStream(): Promise<typeof OpenStream> {
    this.#streamModule ??= import('../areas/realtime/open-stream.js').then(
      (code) => (this.#streamCode = code),
      (error: unknown) => {
        this.#streamModule = undefined; // tried again by the next stream wanted
        throw error;
      },
    );
    return this.#streamModule;
  }

  #stopStream(): void {
    this.#staleReads.closed();
    this.#streaming = false;
    this.#streamRun++;
    this.#closeStream?.();
    this.#closeStream = undefined;
  }

  /**
   * A stream that reconnects may have missed events (the server keeps only so many), even
   * fresh data may be out of date; on the first opening, so may data read before it (see
   * {@link StaleReads}): refetch whatever an event could have changed.
   */
  #handleOpen(resumed: boolean, seq: string | null): void {
    const missed = this.#staleReads.opened(seq);
    if (resumed || missed) this.#refetchEventRoots();
  }

  // Both run only once the stream's code has loaded: its events and its openings call them.
  #refetchEventRoots(): void {
    if (this.#options.realtime === false) return;
    for (const root of this.#streamCode?.EVENT_ROOTS ?? []) this.store.invalidate([root]);
  }

  #handleEvent(event: RealtimeEvent): void {
    if (this.#options.realtime !== false) {
      for (const root of this.#streamCode?.EVENT_INVALIDATES[event.type] ?? []) {
        this.store.invalidate([root]);
      }
    }
    for (const listener of [...this.#realtimeListeners]) {
      try {
        listener(event);
      } catch (error) {
        reportError(error);
      }
    }
  }
}

function notLoggedIn(route: RouteDefinition | Endpoint, url: string): PorticoError {
  return new PorticoError({
    status: 401,
    code: 'unauthorized',
    title: 'Not logged in',
    request: new Request(url, {method: route.method}),
  });
}

function invariant(condition: boolean, reason: string): asserts condition {
  if (!condition) throw new TypeError(`[Portico] Failed to create a client: ${reason}.`);
}
