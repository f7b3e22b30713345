import ky, {isHTTPError, type KyInstance, type RetryOptions as KyRetryOptions} from 'ky';
import type {AuthResult, Session} from '../contract/auth.js';
import type {RealtimeEvent} from '../contract/events.js';
import {SPACE_BASE_PATH, fillPath} from '../contract/paths.js';
import type {RouteDefinition} from '../contract/route.js';
import {routes, type RouteName} from '../contract/routes.js';
import {PorticoError} from '../errors/PorticoError.js';
import {EventStream} from '../realtime/EventStream.js';
import {resolveSessionStorage, webStorage} from '../session/adapters.js';
import {SessionManager, type SessionEvents} from '../session/SessionManager.js';
import type {PersistOptions} from '../store/persistence.js';
import {Persister} from '../store/persistence.js';
import {QueryStore} from '../store/QueryStore.js';
import type {PorticoClientOptions} from '../types/options.js';
import type {RequestArgs, RequestOptions, ResponseOf} from '../types/request.js';
import {Emitter} from '../utils/emitter.js';
import {reportError} from '../utils/report.js';
import {parseRetryAfter} from '../utils/retry-after.js';
import {isPorticoError} from '../utils/type-guards.js';
import {randomUUID} from '../utils/uuid.js';
import {MUTATION_INVALIDATES, EVENT_INVALIDATES, STALE_VIEW_STATUSES} from './effects.js';
import {parseResponse, transportError} from './errors.js';
import {createNamespaces, type Namespaces} from './namespaces.js';
import {createQueries, type Queries} from './queries.js';

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

type AnyRequestOptions = {
  params?: Record<string, string> | undefined;
  query?: Record<string, unknown> | undefined;
  body?: unknown;
  signal?: AbortSignal | undefined;
  idempotencyKey?: string | undefined;
};

/** The retriable answers: rate limited, and the gateway ones that mean "not now". */
const RETRY_STATUSES = [429, 502, 503, 504];
/** A longer `Retry-After` fails at once (with `retryAfter`) instead of freezing the page. */
const MAX_RETRY_AFTER_MS = 20_000;
/** `/spaces/:space`: `baseUrl` already ends with the API version. */
const SPACES_PATH = SPACE_BASE_PATH.slice(SPACE_BASE_PATH.indexOf('/spaces/'));

/**
 * The typed client of one space's API: namespaced methods derived from the route table, a
 * bearer session, retries, a shared query store and realtime invalidation.
 * @see createPorticoClient
 */
export class PorticoClient {
  /** The query cache every element on the page shares. */
  readonly store: QueryStore;
  /** Query descriptors for `store`: `client.store.subscribe(client.queries.credits(), …)`. */
  readonly queries: Queries;
  readonly session: ClientSession;
  /** Server-sent events (`GET /events`), shared by every subscriber over one connection. */
  readonly events: {
    subscribe(
      listener: (event: RealtimeEvent) => void,
      options?: RealtimeSubscribeOptions,
    ): () => void;
  };

  readonly auth: Namespaces['auth'];
  readonly space: Namespaces['space'];
  readonly me: Namespaces['me'];
  readonly plans: Namespaces['plans'];
  readonly membership: Namespaces['membership'];
  readonly credits: Namespaces['credits'];
  readonly resources: Namespaces['resources'];
  readonly availability: Namespaces['availability'];
  readonly bookings: Namespaces['bookings'];
  readonly products: Namespaces['products'];
  readonly myProducts: Namespaces['myProducts'];
  readonly orders: Namespaces['orders'];
  readonly entries: Namespaces['entries'];
  readonly notifications: Namespaces['notifications'];

  readonly #options: PorticoClientOptions;
  readonly #spaceUrl: string;
  readonly #ky: KyInstance;
  readonly #timeout: number;
  readonly #emitter = new Emitter<PorticoClientEvents>();
  readonly #sessions: SessionManager;
  readonly #realtimeListeners = new Set<(event: RealtimeEvent) => void>();
  #storeObservers = 0;
  #stream: EventStream | undefined;

  constructor(options: PorticoClientOptions) {
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
    const sessionStorage = resolveSessionStorage(options.session);
    this.#sessions = new SessionManager(
      sessionStorage,
      `portico:session:${storageKey}`,
      this.#emitter,
    );
    this.session = this.#sessions;

    const persist = resolvePersist(options.persist, `portico:cache:${storageKey}`);
    // A cache written for a member must never be painted for a logged-out visitor.
    if (persist && !this.#sessions.peek()) new Persister(persist).remove();
    this.store = new QueryStore({
      persist,
      onObserversChange: (observers) => {
        this.#storeObservers = observers;
        this.#syncRealtime();
      },
    });

    const namespaces = createNamespaces((name, ...args) => this.request(name, ...args));
    ({
      auth: this.auth,
      space: this.space,
      me: this.me,
      plans: this.plans,
      membership: this.membership,
      credits: this.credits,
      resources: this.resources,
      availability: this.availability,
      bookings: this.bookings,
      products: this.products,
      myProducts: this.myProducts,
      orders: this.orders,
      entries: this.entries,
      notifications: this.notifications,
    } = namespaces);
    this.queries = createQueries(namespaces);
    this.events = {subscribe: (listener, opts) => this.#subscribeEvents(listener, opts)};

    // Read without side effects: an expired session is reported once listeners exist.
    let member = this.#sessions.peek()?.token;
    this.#emitter.on('session-changed', ({session}) => {
      // Logged out, or another member now: their data must go. A login from logged out keeps
      // what is shown (public data) and refetches all of it, so nothing flashes empty.
      if (member === undefined) this.store.invalidate([]);
      else this.store.clear();
      member = session?.token;
      this.#stream?.stop();
      this.#stream = undefined;
      this.#syncRealtime();
    });
    if (typeof window !== 'undefined' && sessionStorage === webStorage('local')) {
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
   * Calls any route of the contract by name; every namespaced method is a one-liner over
   * this. The answer is parsed with the route's schema.
   *
   * @example
   * ```ts
   * const {bookings} = await client.request('createBooking', {body: {resourceId, start, end}});
   * ```
   * @throws {PorticoError} for every failure, with a stable `code`.
   */
  async request<N extends RouteName>(
    name: N,
    ...[options]: RequestArgs<N>
  ): Promise<ResponseOf<N>> {
    const route: RouteDefinition = routes[name];
    const {params, query, body, signal, idempotencyKey} = (options ?? {}) as AnyRequestOptions &
      Partial<RequestOptions<N>>;
    const url = this.#url(route, params, query);
    const token = route.access === 'member' ? this.#sessions.get()?.token : undefined;
    try {
      // No token, no point asking: the answer would be 401.
      if (route.access === 'member' && token === undefined) throw notLoggedIn(route, url);
      const data = await this.#send(route, url, {body, signal, token, idempotencyKey});
      this.#afterSuccess(name, data);
      return data as ResponseOf<N>;
    } catch (error) {
      if (this.#afterFailure(name, route, error, token)) return undefined as ResponseOf<N>;
      throw error;
    }
  }

  async #send(
    route: RouteDefinition,
    url: string,
    {body, signal, token, idempotencyKey}: AnyRequestOptions & {token: string | undefined},
  ): Promise<unknown> {
    const headers: Record<string, string> = {accept: 'application/json, application/problem+json'};
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
      const text = await pending.text();
      const response = await pending;
      if (route.response === null || response.status === 204) return undefined;
      return parseResponse(
        route.response,
        text,
        response,
        new Request(url, {method: route.method}),
      );
    } catch (error) {
      throw transportError(error, signal, this.#timeout);
    }
  }

  #retryFor(route: RouteDefinition): KyRetryOptions {
    const retryable = route.method === 'GET' || route.idempotent === true;
    return {
      limit: retryable ? (this.#options.retry?.limit ?? 2) : 0,
      methods: ['get', 'post', 'patch', 'delete'],
      statusCodes: RETRY_STATUSES,
      afterStatusCodes: RETRY_STATUSES,
      backoffLimit: this.#options.retry?.backoffLimit ?? 5_000,
      jitter: true,
      shouldRetry: ({error}) => {
        if (!isHTTPError(error)) return undefined;
        const after = parseRetryAfter(error.response.headers.get('retry-after'));
        return after !== undefined && after * 1000 > MAX_RETRY_AFTER_MS ? false : undefined;
      },
    };
  }

  #url(
    route: RouteDefinition,
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

  #afterSuccess(name: RouteName, data: unknown): void {
    if (name === 'verifyCode' || name === 'acceptInvitation') {
      this.#sessions.set((data as AuthResult).session);
    } else if (name === 'logout') {
      this.#sessions.clear();
    }
    this.#invalidateAfter(name);
  }

  /** @returns true when the failure counts as success (logging out while logged out). */
  #afterFailure(
    name: RouteName,
    route: RouteDefinition,
    error: unknown,
    token: string | undefined,
  ): boolean {
    if (!isPorticoError(error)) return false;
    if (name === 'logout') {
      // Forget the token even if the server could not be told: the member asked to leave.
      this.#sessions.clear();
      return error.status === 401;
    }
    if (error.status === 401 && route.access === 'member' && token !== undefined) {
      this.#sessions.expire(token);
    }
    if (STALE_VIEW_STATUSES.has(error.status)) this.#invalidateAfter(name);
    return false;
  }

  #invalidateAfter(name: RouteName): void {
    for (const root of MUTATION_INVALIDATES[name] ?? []) this.store.invalidate([root]);
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
    if (token !== undefined && !this.#stream) {
      this.#stream = new EventStream({
        url: this.#url(routes.events),
        fetch: this.#options.fetch ?? globalThis.fetch.bind(globalThis),
        getToken: () => this.#sessions.get()?.token,
        onEvent: (event) => this.#handleEvent(event),
        onUnauthorized: (refused) => this.#sessions.expire(refused),
      });
      this.#stream.start();
    } else if (token === undefined && this.#stream) {
      this.#stream.stop();
      this.#stream = undefined;
    }
  }

  #handleEvent(event: RealtimeEvent): void {
    if (this.#options.realtime !== false) {
      for (const root of EVENT_INVALIDATES[event.type]) this.store.invalidate([root]);
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

function resolvePersist(
  option: PorticoClientOptions['persist'],
  key: string,
): PersistOptions | undefined {
  if (!option) return undefined;
  if (option === true) {
    const storage = webStorage('local');
    return storage ? {storage, key} : undefined;
  }
  return {key, ...option};
}

function notLoggedIn(route: RouteDefinition, url: string): PorticoError {
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
