import './credit-balance.messages.js';
import {type CreditBalance, type CreditBucket, type Space} from '@portico/sdk';
import {creditLedgerQuery, creditsQuery} from '@portico/sdk/credits';
import {spaceQuery} from '@portico/sdk/space';
import {html, nothing, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {formatDay, formatNumber, msg, resolveLocale} from '../i18n/index.js';
import {button} from '../internal/button.template.js';
import {DataStates} from '../internal/data-states.js';
import {PorticoClientElement} from '../internal/portico-client-element.js';
import {QueryController} from '../internal/query-controller.js';
import type {LedgerPage} from './credit-ledger.js';
import styles from './credit-balance.styles.js';

/** Ledger entries per "Show more". */
const LEDGER_PAGE = 10;
/** The API's largest page; past it the list says it shows the latest ones. */
const LEDGER_MAX = 100;

/**
 * @summary The member's credit balance: the total, the soonest expiry, where the credits come
 * from, their history, and a way to buy more. It updates by itself when a booking or a
 * purchase anywhere on the page (or elsewhere, through realtime events) changes it.
 * @status stable
 * @since 0.1
 *
 * @slot signed-out - Replaces the default "Sign in" button when nobody is signed in, e.g. a
 * link to the space's login page.
 *
 * @csspart base - The component's wrapper.
 * @csspart total - The number of credits.
 * @csspart label - The word "credits" next to the number.
 * @csspart expiry - The notice about the soonest expiring credits.
 * @csspart buckets - The breakdown by source (with `show-buckets`).
 * @csspart buy-button - The "Buy credits" button.
 * @csspart history-button - The button that shows or hides the history.
 * @csspart history - The list of credit movements.
 * @csspart error - An error message.
 * @csspart retry-button - The button that tries loading again.
 * @csspart sign-in-button - The default content of the `signed-out` slot.
 *
 * @cssprop --portico-credit-balance-background - Card background. Default `--portico-sys-color-surface`.
 * @cssprop --portico-credit-balance-border-color - Card border and separators. Default `--portico-sys-color-outline-variant`.
 * @cssprop --portico-credit-balance-border-radius - Card corners. Default `--portico-sys-radius-lg`.
 * @cssprop --portico-credit-balance-color - Text. Default `--portico-sys-color-on-surface`.
 * @cssprop --portico-credit-balance-label-color - Secondary text. Default `--portico-sys-color-on-surface-variant`.
 * @cssprop --portico-credit-balance-padding - Card padding. Default `--portico-sys-space-lg`.
 * @cssprop --portico-credit-balance-shadow - Card shadow. Default `--portico-sys-elevation-1`.
 * @cssprop --portico-credit-balance-total-color - The number. Default `--portico-sys-color-primary`.
 * @cssprop --portico-credit-balance-total-font-size - The number's size. Default `--portico-sys-font-size-display`.
 * @cssprop --portico-credit-balance-total-font-weight - The number's weight. Default `--portico-sys-font-weight-bold`.
 *
 * @fires {PorticoBuyCreditsEvent} portico-buy-credits - "Buy credits" was pressed. Cancelable:
 * unless a listener calls `preventDefault()`, a `<portico-shop>` on the page opens on
 * its credit packs.
 * @fires {PorticoErrorEvent} portico-error - Loading failed (not for a 401: the element then
 * shows its signed-out state and the client emits `session-expired`).
 * @fires {PorticoNeedsSignInEvent} portico-needs-sign-in - The default "Sign in" button was pressed.
 */
export class PorticoCreditBalance extends PorticoClientElement {
  static override styles = [...PorticoClientElement.styles, styles];

  /** Lists the credits by source (membership, purchase, grant) with their expiry dates. */
  @property({type: Boolean, reflect: true, attribute: 'show-buckets'}) showBuckets = false;

  /** Hides the "Buy credits" button (a space that sells no credit packs). */
  @property({type: Boolean, reflect: true, attribute: 'hide-buy'}) hideBuy = false;

  /** Hides the history of credit movements and its button. */
  @property({type: Boolean, reflect: true, attribute: 'hide-history'}) hideHistory = false;

  /** The history is open. */
  @state() private historyOpen = false;
  /** How many ledger entries the open history asks for. */
  @state() private ledgerLimit = LEDGER_PAGE;

  readonly #credits = new QueryController<CreditBalance>(this, (client) =>
    client.session.isLoggedIn ? creditsQuery(client) : undefined,
  );

  // The space's time zone names the day credits expire; public data, shared by every element.
  readonly #space = new QueryController<Space>(this, (client) => spaceQuery(client));

  readonly #ledger = new QueryController<LedgerPage>(this, (client) =>
    client.session.isLoggedIn && this.historyOpen
      ? creditLedgerQuery(client, {limit: this.ledgerLimit})
      : undefined,
  );

  // The list's code loads when the history is first opened (most visits never open it).
  readonly #ledgerView = this.lazy(() => import('./credit-ledger.js'));

  readonly #states = new DataStates(this, {
    queries: [this.#credits],
    errorMessage: 'credits.error',
    loadingMessage: 'credits.loading',
    signedOutMessage: 'credits.signedOut',
  });

  protected override render(): TemplateResult {
    const locale = resolveLocale(this.resolvedLang);
    return this.#states.renderBase('credit-balance', {
      skeleton: () => html`
        <span class="credit-balance__total-line">
          <span class="skeleton credit-balance__skeleton-total"></span>
          <span class="skeleton credit-balance__skeleton-label"></span>
        </span>
        <span class="skeleton credit-balance__skeleton-line"></span>
      `,
      ready: () => this.renderBalance(this.#credits.state.data!, locale),
      announcement: () => {
        const total = this.#credits.state.data?.total ?? 0;
        return `${formatNumber(locale, total)} ${msg(locale, 'credits.label', {count: total})}`;
      },
    });
  }

  private renderBalance(data: CreditBalance, locale: string): TemplateResult {
    const timeZone = this.#space.state.data?.timeZone;
    const expiry = data.nextExpiry;
    return html`
      <p class="credit-balance__total-line">
        <span part="total" class="credit-balance__total">${formatNumber(locale, data.total)}</span>
        <span part="label" class="credit-balance__label">
          ${msg(locale, 'credits.label', {count: data.total})}
        </span>
      </p>
      ${data.total === 0 ? html`<p class="credit-balance__hint">${msg(locale, 'credits.empty')}</p>` : nothing}
      ${
        expiry
          ? html`<p part="expiry" class="notice notice--warning credit-balance__expiry">
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
      ${this.renderActions(locale)}
      ${this.historyOpen ? this.renderHistory(locale, timeZone) : nothing}
    `;
  }

  /** The history's section: the list (its own module), or its loading state. */
  private renderHistory(locale: string, timeZone: string | undefined): TemplateResult {
    const state = this.#ledger.state;
    const body = this.#ledgerView.get()?.renderLedger({
      locale,
      timeZone,
      state,
      limit: this.ledgerLimit,
      max: LEDGER_MAX,
      onMore: () => (this.ledgerLimit = Math.min(LEDGER_MAX, this.ledgerLimit + LEDGER_PAGE)),
      onRetry: () => this.#ledger.retry(),
    });
    return html`<section
      part="history"
      id="history"
      class="credit-balance__history"
      aria-labelledby="history-title"
      aria-busy=${state.isFetching || !body ? 'true' : 'false'}
    >
      <h3 class="credit-balance__section-title" id="history-title">
        ${msg(locale, 'credits.history')}
      </h3>
      ${
        body ??
        html`<div aria-hidden="true" class="credit-balance__list">
            <span class="skeleton credit-balance__skeleton-line"></span>
            <span class="skeleton credit-balance__skeleton-line"></span>
            <span class="skeleton credit-balance__skeleton-line"></span>
          </div>
          <span class="visually-hidden">${msg(locale, 'state.loading')}</span>`
      }
    </section>`;
  }

  private renderActions(locale: string): TemplateResult | typeof nothing {
    if (this.hideBuy && this.hideHistory) return nothing;
    return html`<div class="credit-balance__actions">
      ${
        this.hideBuy
          ? nothing
          : button(msg(locale, 'credits.buy'), {
              class: 'button button--primary',
              part: 'buy-button',
              onClick: this.handleBuy,
            })
      }
      ${
        this.hideHistory
          ? nothing
          : button(msg(locale, this.historyOpen ? 'credits.hideHistory' : 'credits.showHistory'), {
              class: 'button button--ghost',
              part: 'history-button',
              expanded: this.historyOpen,
              controls: 'history',
              onClick: this.handleToggleHistory,
            })
      }
    </div>`;
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
        <p class="credit-balance__section-title" id="buckets-title">
          ${msg(locale, 'credits.buckets')}
        </p>
        <ul class="credit-balance__list" aria-labelledby="buckets-title">
          ${shown.map(
            (bucket) => html`
              <li class="credit-balance__row">
                <span>
                  <span class="credit-balance__strong">
                    ${msg(locale, `credits.source.${bucket.source}`)}
                  </span>
                  · ${msg(locale, 'credits.bucket', {count: bucket.amount})}
                </span>
                <span class="credit-balance__muted">
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

  private handleToggleHistory(): void {
    this.historyOpen = !this.historyOpen;
    if (!this.historyOpen) this.ledgerLimit = LEDGER_PAGE;
  }

  private handleBuy(): void {
    const event = this.emit('portico-buy-credits', {cancelable: true});
    if (event.defaultPrevented) return;
    // A shop on the same page opens on credit packs (its own element, loaded or not).
    const shop = document.querySelector('portico-shop') as
      (Element & {showCategory?: (category: string) => void}) | null;
    shop?.showCategory?.('credit_pack');
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
