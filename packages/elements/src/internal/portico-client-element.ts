import {consume} from '@lit/context';
import type {PorticoCore} from '@portico/sdk';
import type {PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {clientContext, ensureContextRoot} from './client-context.js';
import {sharedClient} from './client-registry.js';
import {LazyModule} from './lazy-module.js';
import {PorticoElement} from './portico-element.js';

ensureContextRoot();

/**
 * The base of every element that reads data. It finds its client, in this order: the
 * `client` property, its own `space` (and `api`) attributes, the closest
 * `<portico-provider>`. It re-renders when the member logs in or out.
 */
export class PorticoClientElement extends PorticoElement {
  /**
   * The API's base URL, used with `space` when the element is outside a provider.
   * Defaults to `/v1` on the page's origin.
   */
  @property() api: string | undefined;

  /** The space's slug (`demo`): set it to use the element without a provider. */
  @property() space: string | undefined;

  /**
   * A client to use instead of the provider's or the attributes' (an app that has its own):
   * a `PorticoCore` from `createPorticoCore()`, or the lean `PorticoCore`.
   */
  @property({attribute: false}) client: PorticoCore | undefined;

  /** No client could be found once the page had loaded; the element says so. */
  @state() notConfigured = false;

  @consume({context: clientContext, subscribe: true})
  @state()
  private contextClient: PorticoCore | undefined;

  readonly #lazyParts: LazyModule<unknown>[] = [];
  #watched: PorticoCore | undefined;
  #unwatch: (() => void) | undefined;
  #checkTimer: ReturnType<typeof setTimeout> | undefined;

  /** The client this element reads through, if it has found one. */
  get resolvedClient(): PorticoCore | undefined {
    if (this.client) return this.client;
    if (this.space) return sharedClient(this.api, this.space);
    return this.contextClient;
  }

  /**
   * A part of the element a member may never open (a history, a step, a form), whose code
   * loads the first time the element renders it; see {@link LazyModule}. Made here, so the
   * helper ships in the chunk every data element loads rather than in a chunk of its own.
   */
  protected lazy<M>(load: () => Promise<M>): LazyModule<M> {
    const part = new LazyModule(this, load);
    this.#lazyParts.push(part);
    return part;
  }

  /**
   * An element with lazy parts: also waits for the code of a part it shows, and for the update
   * that renders it (what it promises, like data, once loaded). Other elements: unchanged.
   */
  protected override getUpdateComplete(): Promise<boolean> {
    const complete = super.getUpdateComplete();
    if (this.#lazyParts.length === 0) return complete;
    return complete.then(async (result) => {
      for (let pending = this.#pendingPart(); pending; pending = this.#pendingPart()) {
        await pending.catch(() => undefined); // a part that fails stays in its loading state
        result = await super.getUpdateComplete();
      }
      return result;
    });
  }

  #pendingPart(): Promise<unknown> | undefined {
    return this.#lazyParts.find((part) => part.pending)?.pending;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#watch(this.resolvedClient);
    this.#scheduleConfigCheck();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#watch(undefined);
    clearTimeout(this.#checkTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const client = this.resolvedClient;
    if (client) this.notConfigured = false;
    if (client !== this.#watched) this.#watch(client);
  }

  /** Re-render on login, logout and expiry (also from another tab). */
  #watch(client: PorticoCore | undefined): void {
    this.#unwatch?.();
    this.#unwatch = undefined;
    this.#watched = client;
    if (!client || !this.isConnected) return;
    const offChanged = client.on('session-changed', () => this.requestUpdate());
    const offExpired = client.on('session-expired', () => this.requestUpdate());
    this.#unwatch = () => {
      offChanged();
      offExpired();
    };
  }

  /**
   * A provider may upgrade after this element (another script), so a missing client is only
   * reported once the page has loaded; until then the element shows its loading state.
   */
  #scheduleConfigCheck(): void {
    const check = () => {
      clearTimeout(this.#checkTimer);
      this.#checkTimer = setTimeout(() => {
        if (!this.isConnected || this.resolvedClient) return;
        console.warn(
          `[Portico] <${this.localName}> has no client: place it inside <portico-provider space="…">, ` +
            'or give it a space attribute.',
        );
        this.notConfigured = true;
      });
    };
    if (document.readyState === 'complete') check();
    else window.addEventListener('load', check, {once: true});
  }
}
