import type {QueryState, ResponseOf} from '@portico/sdk';
import {html, nothing, type TemplateResult} from 'lit';
import {formatDateTime, formatNumber, msg} from '../i18n/index.js';
import {errorReason} from '../internal/error-message.js';

export type LedgerPage = ResponseOf<'listCreditLedger'>;

export interface LedgerView {
  locale: string;
  timeZone: string | undefined;
  state: QueryState<LedgerPage>;
  /** How many entries were asked for. */
  limit: number;
  /** The most the API gives in one page. */
  max: number;
  onMore: () => void;
  onRetry: () => void;
}

/**
 * The history of credit movements (newest first): what happened, when, the change and the
 * balance after it. Its own loading and error states, since it loads after the balance.
 */
export function renderLedger(view: LedgerView): TemplateResult {
  const {locale, timeZone, state} = view;
  const items = state.data?.items;
  let body: TemplateResult;
  if (items && items.length === 0) {
    body = html`<p class="credit-balance__muted">${msg(locale, 'credits.historyEmpty')}</p>`;
  } else if (items) {
    body = html`<ol class="credit-balance__list credit-balance__ledger">
        ${items.map(
          (entry) =>
            html`<li class="credit-balance__row">
              <span>
                <span class="credit-balance__strong"
                  >${msg(locale, `credits.reason.${entry.reason}`)}</span
                >
                <span class="credit-balance__muted">${entry.description}</span>
                <time class="credit-balance__muted" datetime=${entry.at}>
                  ${formatDateTime(locale, entry.at, timeZone)}
                </time>
              </span>
              <span class="credit-balance__delta">
                <span class=${entry.delta < 0 ? 'credit-balance__spent' : 'credit-balance__earned'}>
                  ${entry.delta > 0 ? '+' : entry.delta < 0 ? '−' : ''}${formatNumber(locale, Math.abs(entry.delta))}
                </span>
                <span class="credit-balance__muted">
                  ${msg(locale, 'credits.balanceAfter', {count: entry.balanceAfter})}
                </span>
              </span>
            </li>`,
        )}
      </ol>
      ${renderMore(view, items.length)}`;
  } else if (state.status === 'error') {
    body = html`<div part="error" class="notice notice--error">
      <span>${msg(locale, 'credits.historyError')} ${msg(locale, errorReason(state.error))}</span>
      <button
        part="retry-button"
        class="button button--secondary"
        type="button"
        @click=${view.onRetry}
      >
        ${msg(locale, 'state.retry')}
      </button>
    </div>`;
  } else {
    body = html`<div aria-hidden="true" class="credit-balance__list">
        <span class="skeleton credit-balance__skeleton-line"></span>
        <span class="skeleton credit-balance__skeleton-line"></span>
        <span class="skeleton credit-balance__skeleton-line"></span>
      </div>
      <span class="visually-hidden">${msg(locale, 'state.loading')}</span>`;
  }
  return html`<section
    part="history"
    id="history"
    class="credit-balance__history"
    aria-labelledby="history-title"
    aria-busy=${state.isFetching ? 'true' : 'false'}
  >
    <h3 class="credit-balance__section-title" id="history-title">
      ${msg(locale, 'credits.history')}
    </h3>
    ${body}
  </section>`;
}

function renderMore(view: LedgerView, shown: number): TemplateResult | typeof nothing {
  const hasMore = view.state.data?.nextCursor !== null && shown >= view.limit;
  if (!hasMore) return nothing;
  if (view.limit >= view.max) {
    return html`<p class="credit-balance__muted">
      ${msg(view.locale, 'credits.historyLatest', {count: view.max})}
    </p>`;
  }
  return html`<button
    part="more-button"
    class="button button--ghost"
    type="button"
    aria-busy=${view.state.isFetching ? 'true' : 'false'}
    @click=${view.onMore}
  >
    ${msg(view.locale, 'credits.historyMore')}
  </button>`;
}
