// The invoices a member sees: what is due (with Pay and Pay all) and the history with a filter
// and "Show more".
import type {Invoice, InvoiceStatus, PorticoError} from '@portico/sdk';
import {html, nothing, type TemplateResult} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import {msg} from '../i18n/index.js';
import {button} from '../internal/button.template.js';
import {retryNotice} from '../internal/retry-notice.js';
import {invoiceDay, money, statusBadge} from './billing-format.js';
import {dueInvoices, totalDue} from './due-invoices.js';

export interface InvoicesViewOptions {
  readonly locale: string;
  readonly invoices: readonly Invoice[];
  /** The history shows only this status (`all`: every invoice). */
  readonly filter: InvoiceStatus | 'all';
  /** The invoice whose PDF is downloading. */
  readonly downloading: string | undefined;
  /** The pay panel is open: the Pay buttons wait. */
  readonly paying: boolean;
  readonly onPay: (invoices: readonly Invoice[]) => void;
  readonly onView: (invoice: Invoice) => void;
  readonly onDownload: (invoice: Invoice) => void;
  readonly onFilter: (filter: InvoiceStatus | 'all') => void;
}

const FILTERS = ['all', 'overdue', 'open', 'paid', 'credit_note', 'refunded', 'void'] as const;

/** "To pay": the overdue invoices first, each with Pay, and Pay all when there are several. */
export function renderDue(options: InvoicesViewOptions, panel: TemplateResult | typeof nothing) {
  const {locale, invoices, paying} = options;
  const due = dueInvoices(invoices);
  const total = totalDue(due);
  return html`<section part="due" class="billing__section" aria-labelledby="due-title">
    <div class="billing__section-head">
      <h3 class="billing__title" id="due-title">${msg(locale, 'billing.due')}</h3>
      ${
        due.length > 1
          ? button(
              msg(locale, 'billing.payAll', {
                total: money(locale, total.amount, total.currency),
              }),
              {
                class: 'button button--primary',
                part: 'pay-all-button',
                disabled: paying,
                onClick: () => !paying && options.onPay(due),
              },
            )
          : nothing
      }
    </div>
    ${
      due.length === 0
        ? html`<p part="nothing-due" class="billing__hint">${msg(locale, 'billing.nothingDue')}</p>`
        : html`<ul class="billing__list" aria-labelledby="due-title">
            ${repeat(
              due,
              (invoice) => invoice.id,
              (invoice) =>
                renderRow(options, invoice, [
                  button(msg(locale, 'billing.pay'), {
                    class: 'button button--primary billing__row-action',
                    part: 'pay-button',
                    disabled: paying,
                    onClick: () => !paying && options.onPay([invoice]),
                  }),
                ]),
            )}
          </ul>`
    }
    ${panel}
  </section>`;
}

/** The history's pages: what shows, and what "Show more" does. */
export interface HistoryView {
  /** The invoices of the chosen status, page after page; undefined while a new filter loads. */
  readonly page:
    {readonly items: readonly Invoice[]; readonly nextCursor: string | null} | undefined;
  /** The next page is loading ("Show more" waits). */
  readonly loadingMore: boolean;
  /** Loading the history (or its next page) failed. */
  readonly error: PorticoError | undefined;
  readonly onMore: () => void;
  readonly onRetry: () => void;
}

/**
 * Every invoice, open first then newest first as the API sends them, with a status filter
 * (the API's: it pages too), a PDF each, and "Show more" while the cursor goes on.
 */
export function renderHistory(options: InvoicesViewOptions, history: HistoryView): TemplateResult {
  const {locale, invoices, filter} = options;
  const {page} = history;
  return html`<section
    part="history"
    class="billing__section"
    aria-labelledby="history-title"
    aria-busy=${page === undefined || history.loadingMore ? 'true' : 'false'}
  >
    <div class="billing__section-head">
      <h3 class="billing__title" id="history-title">${msg(locale, 'billing.history')}</h3>
      ${
        invoices.length > 0
          ? html`<label class="billing__filter">
              <span>${msg(locale, 'billing.filter')}</span>
              <select
                part="filter"
                class="input"
                .value=${filter}
                @change=${(event: Event) =>
                  options.onFilter(
                    (event.target as HTMLSelectElement).value as InvoiceStatus | 'all',
                  )}
              >
                ${FILTERS.map(
                  (value) =>
                    html`<option value=${value} ?selected=${value === filter}>
                      ${msg(locale, value === 'all' ? 'billing.filter.all' : `billing.status.${value}`)}
                    </option>`,
                )}
              </select>
            </label>`
          : nothing
      }
    </div>
    ${renderPages(options, history)}
  </section>`;
}

function renderPages(options: InvoicesViewOptions, history: HistoryView) {
  const {locale, invoices} = options;
  const {page, error} = history;
  // A failed page says so where it would have shown: the whole history, or below the rest.
  const failed =
    error && retryNotice(locale, 'billing.historyError', error, history.onRetry, {parts: 'notice'});
  if (!page) {
    return (
      failed ||
      html`<span class="skeleton billing__skeleton-row"></span>
        <span class="skeleton billing__skeleton-row"></span>`
    );
  }
  if (page.items.length === 0) {
    return html`<p part="empty" class="billing__hint">
      ${msg(locale, invoices.length === 0 ? 'billing.noInvoices' : 'billing.noMatch')}
    </p>`;
  }
  // Keyed rows, here and in the due list: a row's buttons and focus stay with its invoice when
  // a refetch reorders the list, so a Download or Pay never lands on another invoice.
  return html`<ul class="billing__list" aria-labelledby="history-title">
      ${repeat(
        page.items,
        (invoice) => invoice.id,
        (invoice) => renderRow(options, invoice, [downloadButton(options, invoice)]),
      )}
    </ul>
    ${
      failed ||
      (page.nextCursor !== null
        ? button(msg(locale, 'billing.more'), {
            class: 'button button--ghost billing__more',
            part: 'more-button',
            busy: history.loadingMore,
            onClick: () => !history.loadingMore && history.onMore(),
          })
        : nothing)
    }`;
}

/** The PDF button of an invoice, named with its number for screen readers ("PDF CAN-000003"). */
export function downloadButton(options: InvoicesViewOptions, invoice: Invoice): TemplateResult {
  const {locale, downloading} = options;
  const busy = downloading === invoice.id;
  return html`<button
    part="download-button"
    class="button button--secondary billing__row-action"
    type="button"
    aria-busy=${busy ? 'true' : 'false'}
    aria-disabled=${busy ? 'true' : nothing}
    @click=${() => !busy && options.onDownload(invoice)}
  >
    ${msg(locale, busy ? 'billing.downloading' : 'billing.download')}
    <span class="visually-hidden">${invoice.number}</span>
  </button>`;
}

function renderRow(
  options: InvoicesViewOptions,
  invoice: Invoice,
  actions: readonly TemplateResult[],
): TemplateResult {
  const {locale} = options;
  const when =
    invoice.status === 'overdue'
      ? msg(locale, 'billing.overdueSince', {date: invoiceDay(locale, invoice.dueOn)})
      : invoice.status === 'open'
        ? msg(locale, 'billing.dueOn', {date: invoiceDay(locale, invoice.dueOn)})
        : msg(locale, 'billing.issuedOn', {date: invoiceDay(locale, invoice.issuedOn)});
  const amount =
    invoice.status === 'open' || invoice.status === 'overdue' ? invoice.amountDue : invoice.total;
  return html`<li class="billing__row" data-invoice=${invoice.number}>
    <span class="billing__row-main">
      <button
        part="invoice-link"
        class="billing__link"
        type="button"
        aria-label=${msg(locale, 'billing.view', {number: invoice.number})}
        @click=${() => options.onView(invoice)}
      >
        <bdi>${invoice.number}</bdi>
      </button>
      <span class="billing__muted">${lineSummary(locale, invoice)} · ${when}</span>
    </span>
    <span class="billing__row-end">
      <span class="billing__amount">${money(locale, amount.amount, amount.currency)}</span>
      ${statusBadge(locale, invoice.status)} ${actions}
    </span>
  </li>`;
}

/** What an invoice is for, in a list: its first line (and how many more), or a credit note's invoice. */
function lineSummary(locale: string, invoice: Invoice): string {
  if (invoice.creditNoteFor)
    return msg(locale, 'billing.creditNoteFor', {number: invoice.creditNoteFor.number});
  const first = invoice.lines[0]?.description ?? '';
  return invoice.lines.length > 1 ? `${first} +${invoice.lines.length - 1}` : first;
}
