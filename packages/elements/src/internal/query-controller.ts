import type {PorticoCore, PorticoError, QueryDescriptor, QueryState} from '@portico/sdk';
import {IDLE_QUERY_STATE} from '@portico/sdk/store';
import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** What a `QueryController` needs from its element. */
export interface QueryHost extends ReactiveControllerHost {
  readonly resolvedClient: PorticoCore | undefined;
}

export interface QueryControllerOptions {
  /** Called once for each new error of the query (each failed attempt). */
  onError?: (error: PorticoError) => void;
}

/**
 * Keeps an element subscribed to one query of the shared store: subscribes when the element
 * connects, unsubscribes when it disconnects, and moves to a new query when the client or
 * the descriptor's key changes (checked before every render). The element renders `state`;
 * it never fetches by itself.
 *
 * @example
 * readonly #credits = new QueryController(this, (client) =>
 *   client.session.isLoggedIn ? creditsQuery(client) : undefined,
 * );
 */
export class QueryController<T> implements ReactiveController {
  readonly #host: QueryHost;
  readonly #select: (client: PorticoCore) => QueryDescriptor<T> | undefined;
  readonly #onError: ((error: PorticoError) => void) | undefined;
  #client: PorticoCore | undefined;
  #descriptor: QueryDescriptor<T> | undefined;
  #keyHash: string | undefined;
  #unsubscribe: (() => void) | undefined;
  #lastError: PorticoError | undefined;

  constructor(
    host: QueryHost,
    select: (client: PorticoCore) => QueryDescriptor<T> | undefined,
    options: QueryControllerOptions = {},
  ) {
    this.#host = host;
    this.#select = select;
    this.#onError = options.onError;
    host.addController(this);
  }

  /** The query's current state; `idle` when there is no client or no query to run. */
  get state(): QueryState<T> {
    return this.#descriptor && this.#client
      ? this.#client.store.get(this.#descriptor)
      : IDLE_QUERY_STATE;
  }

  /** Whether a query is selected (false without a client, or when `select` returned nothing). */
  get active(): boolean {
    return this.#descriptor !== undefined;
  }

  /** Tries the query again (the element's Retry button). */
  retry(): void {
    if (!this.#client || !this.#descriptor) return;
    // The outcome arrives through the subscription; the promise itself has nobody to tell.
    this.#client.store.fetch(this.#descriptor).catch(() => undefined);
  }

  hostConnected(): void {
    this.#sync();
  }

  hostUpdate(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#client = undefined;
    this.#descriptor = undefined;
    this.#keyHash = undefined;
  }

  #sync(): void {
    const client = this.#host.resolvedClient;
    const descriptor = client ? this.#select(client) : undefined;
    const keyHash = descriptor ? JSON.stringify(descriptor.key) : undefined;
    if (client === this.#client && keyHash === this.#keyHash && this.#unsubscribe) return;
    if (client === this.#client && keyHash === this.#keyHash && !descriptor) return;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#client = client;
    this.#descriptor = descriptor;
    this.#keyHash = keyHash;
    this.#lastError = undefined;
    if (!client || !descriptor) return;
    this.#unsubscribe = client.store.subscribe(descriptor, (state) => this.#handleState(state));
    // `subscribe` does not replay the current state; a cached error still deserves a report.
    this.#handleState(client.store.get(descriptor), false);
  }

  #handleState(state: QueryState<T>, update = true): void {
    if (state.error && state.error !== this.#lastError && state.status === 'error') {
      this.#lastError = state.error;
      this.#onError?.(state.error);
    }
    if (update) this.#host.requestUpdate();
  }
}
