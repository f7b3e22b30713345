import type {QueryState, ResponseOf} from '@portico/sdk';
import {html, nothing, type TemplateResult} from 'lit';
import {formatDateTime, formatNumber, msg} from '../i18n/index.js';
import {button} from '../internal/button.template.js';
import {retryNotice} from '../internal/retry-notice.js';

export type LedgerPage = ResponseOf<'listCreditLedger'>;
type LedgerEntry = LedgerPage['items'][number];

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
 * balance after it, or its error state; undefined while it loads (the element shows its
 * loading state, the same while this module's code loads: it is a lazy chunk, loaded when the
 * history is first opened).
 */
export function renderLedger(view: LedgerView): TemplateResult | undefined {
  const {locale, timeZone, state} = view;
  const items = state.data?.items;
  if (items && items.length === 0) {
    return html`<p class="credit-balance__muted">${msg(locale, 'credits.historyEmpty')}</p>`;
  } else if (items) {
    return html`<ol class="credit-balance__list credit-balance__ledger">
        ${items.map(
          (entry) =>
            html`<li class="credit-balance__row credit-balance__entry">
              <span class="credit-balance__what">
                <span class="credit-balance__strong"
                  >${msg(locale, `credits.reason.${entry.reason}`)}</span
                >
                ${subject(entry, locale, timeZone)}
                <time class="credit-balance__muted credit-balance__when" datetime=${entry.at}>
                  ${formatDateTime(locale, entry.at, timeZone)}
                </time>
              </span>
              <span class="credit-balance__delta">
                <span
                  class="credit-balance__amount ${entry.delta < 0 ? 'credit-balance__spent' : 'credit-balance__earned'}"
                >
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
    return retryNotice(locale, 'credits.historyError', state.error, view.onRetry, {
      parts: 'notice',
    });
  }
  return undefined;
}

/**
 * What a movement was for, in the page's words and the space's time zone: the room and when
 * (`L'Atelier, Wed 11 Mar, 14:00`, the same date style as the movement's own time), the order
 * by its number, or the space's own words for a membership or a grant. Never an id.
 */
function subject(
  entry: LedgerEntry,
  locale: string,
  timeZone: string | undefined,
): TemplateResult | typeof nothing {
  let text: string | undefined;
  if (entry.booking) {
    const when = formatDateTime(locale, entry.booking.start, timeZone);
    text = msg(locale, 'credits.bookingSubject', {room: entry.booking.resourceName, when});
  } else if (entry.order) {
    text = msg(locale, 'credits.orderSubject', {number: entry.order.number});
  } else if (entry.reason === 'membership' || entry.reason === 'grant') {
    text = entry.description;
  }
  return text
    ? html`<span class="credit-balance__muted credit-balance__subject">${text}</span>`
    : nothing;
}

function renderMore(view: LedgerView, shown: number): TemplateResult | typeof nothing {
  const hasMore = view.state.data?.nextCursor !== null && shown >= view.limit;
  if (!hasMore) return nothing;
  if (view.limit >= view.max) {
    return html`<p class="credit-balance__muted">
      ${msg(view.locale, 'credits.historyLatest', {count: view.max})}
    </p>`;
  }
  return button(msg(view.locale, 'credits.historyMore'), {
    class: 'button button--ghost',
    part: 'more-button',
    busy: view.state.isFetching,
    onClick: view.onMore,
  });
}
