// One invoice as it was issued: both parties, lines, tax by rate, totals, how it stands and the
// documents it names. A lazy chunk: loaded the first time the member opens an invoice.
import type {Invoice, InvoiceReference} from '@portico/sdk';
import {calendarDayOf} from '@portico/sdk/domain';
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '../i18n/index.js';
import {button} from '../internal/button.template.js';
import {invoiceDay, money, statusBadge} from './billing-format.js';
import {partyLines} from './details-view.js';
import {renderAmounts, renderLines, total} from './invoice-lines.js';
export interface InvoiceDetailOptions {
  readonly locale: string;
  readonly timeZone: string | undefined;
  readonly invoice: Invoice;
  readonly onBack: () => void;
  /** The PDF button (with its busy state), the pay button when it is due. */
  readonly actions: TemplateResult;
  /** Opens a document it names (a credit note's invoice, an invoice's credit note) when shown. */
  readonly onOpen: ((invoiceId: string) => void) | undefined;
  /** The documents `onOpen` can show (those the element has loaded). */
  readonly shown: ReadonlySet<string>;
}

export function renderInvoiceDetail(options: InvoiceDetailOptions): TemplateResult {
  const {locale, invoice, timeZone} = options;
  const title = msg(locale, invoice.creditNoteFor ? 'billing.creditNote' : 'billing.invoice', {
    number: invoice.number,
  });
  return html`<article part="invoice" class="billing__invoice" aria-labelledby="invoice-title">
    ${button(
      html`<span aria-hidden="true" class="billing__back-arrow">←</span>
        ${msg(locale, 'billing.back')}`,
      {
        class: 'button button--ghost billing__back',
        part: 'back-button',
        onClick: options.onBack,
      },
    )}
    <div class="billing__section-head">
      <h3 class="billing__title billing__invoice-title" id="invoice-title" tabindex="-1">
        <bdi>${title}</bdi>
      </h3>
      ${statusBadge(locale, invoice.status)}
    </div>
    <p class="billing__muted">
      ${msg(locale, 'billing.issuedOn', {date: invoiceDay(locale, invoice.issuedOn)})} ·
      ${standing(locale, invoice, timeZone)}
    </p>
    ${
      invoice.creditNoteFor
        ? html`<p part="credited-invoice" class="billing__strong">
            ${reference(options, invoice.creditNoteFor, 'billing.creditNoteOf')}
          </p>`
        : nothing
    }
    <div class="billing__parties">
      ${party(locale, 'billing.from', invoice.seller)}
      ${party(locale, 'billing.billedTo', invoice.buyer)}
    </div>
    ${renderLines(locale, invoice)}
    <dl part="totals" class="billing__totals">
      ${renderAmounts(locale, invoice)}
      ${
        invoice.creditNoteFor
          ? nothing
          : html`${invoice.credits.map(
              (note) =>
                html`<div class="billing__total-row" part="credit">
                  <dt>${reference(options, note, 'billing.creditedBy')}</dt>
                  <dd>${money(locale, note.total.amount, note.total.currency)}</dd>
                </div>`,
            )}
            ${total(locale, 'billing.amountPaid', invoice.amountPaid.amount, invoice.currency)}
            ${total(locale, 'billing.amountDue', invoice.amountDue.amount, invoice.currency, true)}`
      }
    </dl>
    <div class="billing__actions">${options.actions}</div>
  </article>`;
}

/** Paid on a day, or due; a credit note's money refunded on a day, or deducted from its invoice. */
function standing(locale: string, invoice: Invoice, timeZone: string | undefined) {
  const paid =
    invoice.paidAt &&
    invoiceDay(locale, calendarDayOf(Date.parse(invoice.paidAt), timeZone ?? 'UTC'));
  if (invoice.creditNoteFor) {
    return html`<span part="paid-on"
      >${
        paid
          ? msg(locale, 'billing.refundedOn', {date: paid})
          : msg(locale, 'billing.deductedFrom', {number: invoice.creditNoteFor.number})
      }</span
    >`;
  }
  return paid
    ? html`<span part="paid-on">${msg(locale, 'billing.paidOn', {date: paid})}</span>`
    : msg(locale, 'billing.dueOn', {date: invoiceDay(locale, invoice.dueOn)});
}

/** Another document, named by its number: a link that opens it when the element has it. */
function reference(
  options: InvoiceDetailOptions,
  document: InvoiceReference,
  label: 'billing.creditNoteOf' | 'billing.creditedBy',
): TemplateResult {
  const {locale, onOpen} = options;
  const text = msg(locale, label, {
    number: document.number,
    date: invoiceDay(locale, document.issuedOn),
  });
  return onOpen && options.shown.has(document.id)
    ? button(html`<bdi>${text}</bdi>`, {
        class: 'billing__link',
        part: 'reference-link',
        onClick: () => onOpen(document.id),
      })
    : html`<bdi>${text}</bdi>`;
}

function party(
  locale: string,
  label: 'billing.from' | 'billing.billedTo',
  details: Invoice['seller'],
) {
  return html`<div class="billing__party-block">
    <p class="billing__label">${msg(locale, label)}</p>
    <address class="billing__party">
      ${partyLines(locale, details).map((line) => html`<span><bdi>${line}</bdi></span>`)}
    </address>
  </div>`;
}
