import './deliveries.messages.js';
import {isPorticoError, type Deliveries, type Delivery} from '@portico/sdk';
import {collectDelivery, deliveriesQuery} from '@portico/sdk/deliveries';
import {spaceQuery} from '@portico/sdk/space';
import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {state} from 'lit/decorators.js';
import {formatDateTime, msg, resolveLocale} from '../i18n/index.js';
import {button} from '../internal/button.template.js';
import {DataStates} from '../internal/data-states.js';
import {listCardSkeleton} from '../internal/list-card.template.js';
import {PorticoClientElement} from '../internal/portico-client-element.js';
import {QueryController} from '../internal/query-controller.js';
import {SeenItems} from '../internal/seen-items.js';
import {refusalText} from '../internal/failure-text.js';
import styles from './deliveries.styles.js';

/**
 * @summary The member's parcels at the front desk: what waits and where, "Mark collected",
 * and the last 12 months of collected ones. A parcel the space posts appears live, and is
 * announced.
 * @status experimental
 * @since 0.3
 *
 * @slot signed-out - Replaces the default "Sign in" button when nobody is signed in.
 *
 * @csspart base - The component's wrapper.
 * @csspart count - "2 parcels waiting".
 * @csspart parcel - One waiting parcel.
 * @csspart collect-button - "Mark collected" on a waiting parcel.
 * @csspart news - What just arrived (live).
 * @csspart history - The collected parcels.
 * @csspart error - An error message.
 * @csspart retry-button - Tries loading again.
 * @csspart sign-in-button - Asks the page to sign the visitor in.
 *
 * @cssprop --portico-deliveries-background - Card background. Default `--portico-sys-color-surface`.
 * @cssprop --portico-deliveries-border-color - Card border. Default `--portico-sys-color-outline-variant`.
 * @cssprop --portico-deliveries-border-radius - Card corners. Default `--portico-sys-radius-lg`.
 * @cssprop --portico-deliveries-color - Text. Default `--portico-sys-color-on-surface`.
 * @cssprop --portico-deliveries-muted-color - Secondary text. Default `--portico-sys-color-on-surface-variant`.
 * @cssprop --portico-deliveries-padding - Card padding. Default `--portico-sys-space-lg`.
 *
 * @fires {PorticoDeliveryCollectedEvent} portico-delivery-collected - The member marked a parcel collected.
 * @fires {PorticoNeedsSignInEvent} portico-needs-sign-in - A visitor pressed "Sign in".
 * @fires {PorticoErrorEvent} portico-error - Loading the deliveries failed.
 */
export class PorticoDeliveries extends PorticoClientElement {
  static override styles = [...PorticoClientElement.styles, styles];

  /** The parcel being marked collected. */
  @state() private collecting: string | undefined;
  @state() private failure: string | undefined;
  /** The last parcel that arrived while the page was open. */
  @state() private news: string | undefined;

  readonly #deliveries = new QueryController(this, (client) =>
    client.session.isLoggedIn ? deliveriesQuery(client) : undefined,
  );
  readonly #space = new QueryController(this, (client) => spaceQuery(client));
  readonly #states = new DataStates(this, {
    queries: [this.#deliveries],
    errorMessage: 'deliveries.error',
    loadingMessage: 'deliveries.loading',
  });
  readonly #seen = new SeenItems<Delivery>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const data = this.#deliveries.state.data;
    if (!data) return;
    const arrived = this.#seen.changes(data, data.waiting, (d) => d.status);
    const parcel = arrived.at(-1);
    if (parcel) {
      const locale = resolveLocale(this.resolvedLang);
      const {carrier, location} = parcel;
      this.news = msg(locale, 'deliveries.newParcel', {carrier, location});
      this.#states.announce(this.news);
    }
  }

  protected override render(): TemplateResult {
    const locale = resolveLocale(this.resolvedLang);
    return this.#states.renderBase('deliveries', {
      skeleton: listCardSkeleton,
      ready: () => this.renderReady(this.#deliveries.state.data!, locale),
    });
  }

  private renderReady({waiting, history}: Deliveries, locale: string): TemplateResult {
    return html`<h2 class="deliveries__title">${msg(locale, 'deliveries.title')}</h2>
      ${this.news ? html`<p part="news" class="notice notice--info">${this.news}</p>` : nothing}
      ${
        this.failure
          ? html`<p part="error" class="notice notice--error">${this.failure}</p>`
          : nothing
      }
      ${
        waiting.length === 0
          ? html`<p class="deliveries__hint">${msg(locale, 'deliveries.noneWaiting')}</p>`
          : html`<p part="count" class="deliveries__count">
                ${msg(locale, 'deliveries.waiting', {count: waiting.length})}
              </p>
              <ul class="deliveries__list">
                ${waiting.map((parcel) => this.renderWaiting(parcel, locale))}
              </ul>`
      }
      <section part="history" class="deliveries__history" aria-labelledby="history-title">
        <h3 id="history-title" class="deliveries__subtitle">
          ${msg(locale, 'deliveries.history')}
        </h3>
        ${
          history.length === 0
            ? html`<p class="deliveries__hint">${msg(locale, 'deliveries.noHistory')}</p>`
            : html`<ul class="deliveries__list deliveries__hint">
                ${history.map((parcel) => this.renderCollected(parcel, locale))}
              </ul>`
        }
      </section>`;
  }

  private renderWaiting(parcel: Delivery, locale: string): TemplateResult {
    const timeZone = this.#space.state.data?.timeZone;
    const busy = this.collecting === parcel.id;
    return html`<li part="parcel" class="deliveries__item">
      <p class="deliveries__carrier">
        <span class="text">${parcel.carrier}</span>
        <span class="badge">${msg(locale, `deliveries.size.${parcel.size}`)}</span>
      </p>
      ${
        parcel.sender
          ? html`<p class="deliveries__hint text">
              ${msg(locale, 'deliveries.from', {sender: parcel.sender})}
            </p>`
          : nothing
      }
      <p class="deliveries__where text">
        ${msg(locale, 'deliveries.where', {location: parcel.location})}
      </p>
      <p class="deliveries__hint">
        ${msg(locale, 'deliveries.arrived', {
          when: formatDateTime(locale, parcel.arrivedAt, timeZone),
        })}
      </p>
      ${button(msg(locale, busy ? 'deliveries.collecting' : 'deliveries.collect'), {
        class: 'button button--secondary',
        part: 'collect-button',
        busy,
        disabled: this.collecting !== undefined,
        onClick: () => void this.handleCollect(parcel),
      })}
    </li>`;
  }

  private renderCollected(parcel: Delivery, locale: string): TemplateResult {
    const when = formatDateTime(
      locale,
      parcel.collectedAt ?? parcel.arrivedAt,
      this.#space.state.data?.timeZone,
    );
    return html`<li class="text">
      <strong>${parcel.carrier}</strong>${parcel.sender ? html` · ${parcel.sender}` : nothing} ·
      ${msg(
        locale,
        parcel.collectedBy === 'space' ? 'deliveries.collectedByDesk' : 'deliveries.collectedOn',
        {when},
      )}
    </li>`;
  }

  private async handleCollect(parcel: Delivery): Promise<void> {
    const client = this.resolvedClient;
    if (!client || this.collecting) return;
    const locale = resolveLocale(this.resolvedLang);
    this.collecting = parcel.id;
    this.failure = undefined;
    try {
      const delivery = await collectDelivery(client, parcel.id);
      this.emit('portico-delivery-collected', {detail: {delivery}});
      this.#states.announce(
        msg(locale, 'deliveries.collectedAnnounce', {carrier: delivery.carrier}),
      );
      this.news = undefined;
    } catch (error) {
      if (!isPorticoError(error)) throw error;
      this.failure = refusalText(locale, 'deliveries.collectError', error, {
        delivery_already_collected: 'deliveries.alreadyCollected',
      });
      this.#states.announce(this.failure);
    } finally {
      this.collecting = undefined;
    }
  }
}
