import {
  creditsQuery,
  spaceQuery,
  type CreditBalance,
  type CreditBucket,
  type PorticoError,
  type Space,
} from '@portico/sdk';
import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, query} from 'lit/decorators.js';
import {classMap} from 'lit/directives/class-map.js';
import {formatDay, formatNumber, msg, resolveLocale} from '../i18n/index.js';
import {PorticoClientElement} from '../internal/portico-client-element.js';
import {QueryController} from '../internal/query-controller.js';
import styles from './credit-balance.styles.js';

type View = 'not-configured' | 'loading' | 'logged-out' | 'error' | 'empty' | 'success';

/**
 * @summary The member's credit balance: the total, the soonest expiry and, if asked, where
 * the credits come from. It updates by itself when a booking or a purchase changes it.
 * @status experimental
 * @since 0.1
 *
 * @slot logged-out - Shown under the "log in" message when nobody is logged in, e.g. a link
 * to the login page.
 *
 * @csspart base - The component's wrapper.
 * @csspart total - The number of credits.
 * @csspart label - The word "credits" next to the number.
 * @csspart expiry - The notice about the soonest expiring credits.
 * @csspart buckets - The breakdown by source (with `show-buckets`).
 * @csspart error - The error message.
 * @csspart retry-button - The button that tries loading again.
 *
 * @cssprop --portico-credit-balance-background - Card background. Default `--portico-sys-color-surface`.
 * @cssprop --portico-credit-balance-border-color - Card border and separators. Default `--portico-sys-color-outline-variant`.
 * @cssprop --portico-credit-balance-border-radius - Card corners. Default `--portico-sys-radius-lg`.
 * @cssprop --portico-credit-balance-button-background - Retry button fill. Default `--portico-sys-color-primary`.
 * @cssprop --portico-credit-balance-button-color - Retry button text. Default `--portico-sys-color-on-primary`.
 * @cssprop --portico-credit-balance-color - Text. Default `--portico-sys-color-on-surface`.
 * @cssprop --portico-credit-balance-error-background - Error notice fill. Default `--portico-sys-color-error-container`.
 * @cssprop --portico-credit-balance-error-color - Error notice text. Default `--portico-sys-color-on-error-container`.
 * @cssprop --portico-credit-balance-label-color - Secondary text. Default `--portico-sys-color-on-surface-variant`.
 * @cssprop --portico-credit-balance-padding - Card padding. Default `--portico-sys-space-lg`.
 * @cssprop --portico-credit-balance-shadow - Card shadow. Default `--portico-sys-elevation-1`.
 * @cssprop --portico-credit-balance-skeleton-color - Loading placeholder. Default `--portico-sys-color-surface-container`.
 * @cssprop --portico-credit-balance-total-color - The number. Default `--portico-sys-color-primary`.
 * @cssprop --portico-credit-balance-total-font-size - The number's size. Default `--portico-sys-font-size-display`.
 * @cssprop --portico-credit-balance-total-font-weight - The number's weight. Default `--portico-sys-font-weight-bold`.
 * @cssprop --portico-credit-balance-warning-background - Expiry notice fill. Default `--portico-sys-color-warning-container`.
 * @cssprop --portico-credit-balance-warning-color - Expiry notice text. Default `--portico-sys-color-on-warning-container`.
 *
 * @fires {PorticoErrorEvent} portico-error - Loading the balance failed (not for a 401: the
 * element then shows its logged-out state and the client emits `session-expired`).
 */
export class PorticoCreditBalance extends PorticoClientElement {
  static override styles = [...PorticoClientElement.styles, styles];

  /** Lists the credits by source (membership, purchase, grant) with their expiry dates. */
  @property({type: Boolean, reflect: true, attribute: 'show-buckets'}) showBuckets = false;

  @query('.credit-balance') private base!: HTMLElement;
  @query('.credit-balance__retry') private retryButton: HTMLButtonElement | null | undefined;

  readonly #credits = new QueryController<CreditBalance>(
    this,
    (client) => (client.session.isLoggedIn ? creditsQuery(client) : undefined),
    {onError: (error) => this.handleError(error)},
  );

  // The space's time zone names the day credits expire; public data, shared with every element.
  readonly #space = new QueryController<Space>(this, (client) => spaceQuery(client));

  /** Retry was pressed and its request has not settled: keep the error view and its button. */
  #retrying = false;
  /** The Retry button had focus; when it goes away, focus moves to the widget itself. */
  #focusAfterRetry = false;

  protected override render(): TemplateResult {
    const locale = resolveLocale(this.resolvedLang);
    const view = this.view;
    const data = this.#credits.state.data;
    return html`
      <div
        part="base"
        class=${classMap({'credit-balance': true, [`credit-balance--${view}`]: true})}
        aria-busy=${view === 'loading' || this.isRetrying ? 'true' : 'false'}
        tabindex="-1"
      >
        <p class="credit-balance__status" role="status">${this.renderStatus(view, locale)}</p>
        ${view === 'logged-out' ? html`<slot name="logged-out"></slot>` : nothing}
        ${view === 'error' ? this.renderRetry(locale, 'credits.error') : nothing}
        ${data && (view === 'success' || view === 'empty') ? this.renderDetails(data, view, locale) : nothing}
      </div>
    `;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.#retrying && !this.#credits.state.isFetching) this.#retrying = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Retry disappears when its request succeeds; keep keyboard focus in the widget.
    if (this.#focusAfterRetry && !this.#retrying) {
      this.#focusAfterRetry = false;
      if (!this.retryButton) this.base.focus({preventScroll: true});
    }
  }

  /** What the element shows right now. */
  private get view(): View {
    const client = this.resolvedClient;
    if (!client) return this.notConfigured ? 'not-configured' : 'loading';
    if (!client.session.isLoggedIn) return 'logged-out';
    const {status, data} = this.#credits.state;
    if (data) return data.total === 0 ? 'empty' : 'success';
    if (status === 'error' || this.isRetrying) return 'error';
    return 'loading';
  }

  private get isRetrying(): boolean {
    return this.#retrying && this.#credits.state.isFetching;
  }

  private renderStatus(view: View, locale: string): TemplateResult {
    switch (view) {
      case 'not-configured':
        return html`<span part="error" class="credit-balance__message"
          >${msg(locale, 'error.notConfigured')}</span
        >`;
      case 'logged-out':
        return html`<span class="credit-balance__message"
          >${msg(locale, 'credits.loggedOut')}</span
        >`;
      case 'error':
        return html`<span part="error" class="credit-balance__message">
          ${msg(locale, 'credits.error')} ${this.describe(this.#credits.state.error, locale)}
        </span>`;
      case 'loading':
        return html`
          <span class="visually-hidden">${msg(locale, 'credits.loading')}</span>
          <span class="credit-balance__skeleton" aria-hidden="true"></span>
          <span
            class="credit-balance__skeleton credit-balance__skeleton--label"
            aria-hidden="true"
          ></span>
        `;
      case 'empty':
      case 'success': {
        // One plural message for the label, so French shows "0 crédit" and "2 crédits".
        const total = this.#credits.state.data?.total ?? 0;
        return html`<span part="total" class="credit-balance__total"
            >${formatNumber(locale, total)}</span
          >
          <span part="label" class="credit-balance__label"
            >${msg(locale, 'credits.label', {count: total})}</span
          >`;
      }
    }
  }

  private renderRetry(
    locale: string,
    key: 'credits.error' | 'credits.refreshError',
  ): TemplateResult {
    // The failed-load message is already in the status line; a failed refresh (stale data
    // shown) gets its own line here.
    const message =
      key === 'credits.refreshError'
        ? html`<span part="error"
            >${msg(locale, key)} ${this.describe(this.#credits.state.error, locale)}</span
          >`
        : nothing;
    return html`
      <div class="credit-balance__error">
        ${message}
        <button
          part="retry-button"
          class="credit-balance__retry"
          type="button"
          aria-disabled=${this.isRetrying ? 'true' : 'false'}
          @click=${this.handleRetry}
        >
          ${msg(locale, 'credits.retry')}
        </button>
      </div>
    `;
  }

  private renderDetails(data: CreditBalance, view: View, locale: string): TemplateResult {
    const {status} = this.#credits.state;
    const timeZone = this.#space.state.data?.timeZone;
    const expiry = data.nextExpiry;
    return html`
      ${view === 'empty' ? html`<p class="credit-balance__hint">${msg(locale, 'credits.empty')}</p>` : nothing}
      ${
        expiry
          ? html`<p part="expiry" class="credit-balance__expiry">
              ${warningIcon}
              <span>
                ${msg(locale, 'credits.expiry', {
                  count: expiry.amount,
                  date: formatDay(locale, expiry.expiresAt, timeZone),
                })}
              </span>
            </p>`
          : nothing
      }
      ${this.showBuckets ? this.renderBuckets(data.buckets, locale, timeZone) : nothing}
      ${status === 'error' ? this.renderRetry(locale, 'credits.refreshError') : nothing}
    `;
  }

  private renderBuckets(
    buckets: readonly CreditBucket[],
    locale: string,
    timeZone: string | undefined,
  ): TemplateResult | typeof nothing {
    const shown = buckets
      .filter((bucket) => bucket.amount > 0)
      .toSorted((a, b) => expiryTime(a) - expiryTime(b));
    if (shown.length === 0) return nothing;
    return html`
      <div part="buckets" class="credit-balance__buckets">
        <p class="credit-balance__buckets-title" id="buckets-title">
          ${msg(locale, 'credits.buckets')}
        </p>
        <ul class="credit-balance__bucket-list" aria-labelledby="buckets-title">
          ${shown.map(
            (bucket) => html`
              <li class="credit-balance__bucket">
                <span>
                  <span class="credit-balance__bucket-source">
                    ${msg(locale, `credits.source.${bucket.source}`)}
                  </span>
                  · ${msg(locale, 'credits.bucket', {count: bucket.amount})}
                </span>
                <span class="credit-balance__bucket-expiry">
                  ${
                    bucket.expiresAt
                      ? msg(locale, 'credits.bucketExpires', {
                          date: formatDay(locale, bucket.expiresAt, timeZone),
                        })
                      : msg(locale, 'credits.bucketNoExpiry')
                  }
                </span>
              </li>
            `,
          )}
        </ul>
      </div>
    `;
  }

  /** A short reason for an error the member can act on (offline, try later), else nothing. */
  private describe(error: PorticoError | undefined, locale: string): string {
    if (!error) return '';
    if (error.code === 'network_error') return msg(locale, 'error.offline');
    if (error.code === 'timeout' || [502, 503, 504].includes(error.status)) {
      return msg(locale, 'error.unavailable');
    }
    return '';
  }

  private handleRetry(): void {
    if (this.isRetrying) return;
    this.#retrying = true;
    this.#focusAfterRetry = this.shadowRoot?.activeElement === this.retryButton;
    this.#credits.retry();
    this.requestUpdate();
  }

  private handleError(error: PorticoError): void {
    if (error.status === 401) return;
    this.emit('portico-error', {detail: {error}});
  }
}

function expiryTime(bucket: CreditBucket): number {
  return bucket.expiresAt ? Date.parse(bucket.expiresAt) : Number.POSITIVE_INFINITY;
}

const warningIcon = html`<svg
  class="credit-balance__icon"
  viewBox="0 0 24 24"
  aria-hidden="true"
  focusable="false"
>
  <path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 15h-2v-2h2v2Zm0-4h-2V7h2v6Z"></path>
</svg>`;
