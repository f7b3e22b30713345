import {ContextProvider} from '@lit/context';
import type {PorticoApiClient, PorticoCore} from '@portico/sdk';
import {css, html, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import {clientContext} from '../internal/client-context.js';
import {sharedClient} from '../internal/client-registry.js';
import {PorticoElement} from '../internal/portico-element.js';

/**
 * @summary Connects the Portico elements inside it to one API and space: one client, one
 * session, one data store for all of them.
 * @status experimental
 * @since 0.1
 *
 * @slot - The page content holding Portico elements; rendered as is (`display: contents`).
 *
 * @example
 * <portico-provider api="https://api.example.com/v1" space="demo" locale="fr">
 *   <portico-credit-balance></portico-credit-balance>
 * </portico-provider>
 */
export class PorticoProvider extends PorticoElement {
  static override styles = [
    ...PorticoElement.styles,
    css`
      :host {
        display: contents;
      }
    `,
  ];

  /** The API's base URL. Defaults to `/v1` on the page's origin. */
  @property() api: string | undefined;

  /** The space's slug, e.g. `demo`. Required unless `client` is set. */
  @property() space: string | undefined;

  /**
   * The language of the elements inside (`en`, `fr`, `fr-CA`). Set as the provider's `lang`
   * attribute, so an element inside a `[lang]` closer to it still follows that one.
   */
  @property() locale: string | undefined;

  /**
   * A client to provide instead of creating one (an app that already has a client): a
   * `PorticoCore` from `createPorticoCore()`, or the lean `PorticoCore`.
   */
  @property({attribute: false}) client: PorticoCore | undefined;

  readonly #provider = new ContextProvider(this, {context: clientContext});

  /** The client given to the elements inside, once `space` or `client` is set. */
  get providedClient(): PorticoCore | undefined {
    return this.#provider.value;
  }

  /**
   * The client the elements inside share, with a method for every route
   * (`client.bookings.create(…)`, `client.shop.payOrder(…)`): the same session and store, so a
   * booking made through it lowers every credit balance on the page at once. The API helpers
   * load on the first call; a page that never calls this does not download them.
   *
   * @example
   * const client = await document.querySelector('portico-provider').getClient();
   * await client.bookings.create({resourceId, start, end});
   */
  async getClient(): Promise<PorticoApiClient> {
    await this.updateComplete;
    const client = this.providedClient;
    if (!client) {
      throw new Error(
        '[Portico] Failed to get the client: <portico-provider> needs a space attribute (or a client property).',
      );
    }
    const {extendClient} = await import('@portico/sdk');
    return extendClient(client);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('api') || changed.has('space') || changed.has('client')) {
      const client = this.client ?? (this.space ? sharedClient(this.api, this.space) : undefined);
      if (!client && !this.hasUpdated) {
        console.warn(
          '[Portico] <portico-provider> needs a space attribute (or a client property).',
        );
      }
      this.#provider.setValue(client);
    }
    if (changed.has('locale')) {
      if (this.locale) this.setAttribute('lang', this.locale);
      else if (changed.get('locale')) this.removeAttribute('lang');
    }
  }

  /**
   * No text of its own: the page's content and the client show at once, not after the
   * page's language has loaded (the elements inside wait for their text themselves).
   */
  protected override shouldUpdate(): boolean {
    return true;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
