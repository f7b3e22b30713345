// One invoice as it was issued: both parties, lines, tax by rate, totals, and how it stands.
import type {Invoice, InvoiceLine, InvoiceReference, TaxLine, UpcomingInvoice} from '@portico/sdk';
import {calendarDayOf} from '@portico/sdk/domain';
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '../i18n/index.js';
import {button} from '../internal/button.template.js';
import {invoiceDay, money, statusBadge, taxRate} from './billing-format.js';
import {partyLines} from './details-view.js';

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

/**
 * The upcoming invoice: its day, lines and total (nothing when nothing will be billed), then
 * `renewal` (the membership's renewal and auto-pay).
 */
export function renderUpcoming(
  locale: string,
  upcoming: UpcomingInvoice | null,
  renewal: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  return html`<section part="upcoming" class="billing__section" aria-labelledby="upcoming-title">
    <h3 class="billing__title" id="upcoming-title">${msg(locale, 'billing.upcoming')}</h3>
    ${
      upcoming
        ? html`<p class="billing__strong">
              ${msg(locale, 'billing.upcomingOn', {date: invoiceDay(locale, upcoming.issuedOn)})}
            </p>
            ${renderLines(locale, upcoming)}
            <dl class="billing__totals">${renderAmounts(locale, upcoming)}</dl>`
        : html`<p class="billing__hint">${msg(locale, 'billing.noUpcoming')}</p>`
    }
    ${renewal}
  </section>`;
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

function renderLines(locale: string, invoice: Invoice | UpcomingInvoice): TemplateResult {
  return html`<table part="lines" class="billing__lines">
    <thead>
      <tr>
        <th scope="col">${msg(locale, 'billing.line.description')}</th>
        <th scope="col" class="billing__num">${msg(locale, 'billing.line.quantity')}</th>
        <th scope="col" class="billing__num billing__wide-only">
          ${msg(locale, 'billing.line.unitPrice')}
        </th>
        <th scope="col" class="billing__num">${msg(locale, 'billing.line.amount')}</th>
      </tr>
    </thead>
    <tbody>
      ${invoice.lines.map((line) => renderLine(locale, line))}
    </tbody>
  </table>`;
}

function renderLine(locale: string, line: InvoiceLine): TemplateResult {
  return html`<tr>
    <td class="billing__description"><bdi>${line.description}</bdi></td>
    <td class="billing__num">${new Intl.NumberFormat(locale).format(line.quantity)}</td>
    <td class="billing__num billing__wide-only">
      ${money(locale, line.unitPrice.amount, line.unitPrice.currency)}
    </td>
    <td class="billing__num">${money(locale, line.amount.amount, line.amount.currency)}</td>
  </tr>`;
}

/**
 * The net subtotal (the sum of the tax bases, whether the space's prices include tax or not),
 * one line per tax rate with the base it is on, and the total.
 */
function renderAmounts(locale: string, invoice: Invoice | UpcomingInvoice): TemplateResult {
  return html`${total(locale, 'billing.subtotal', invoice.subtotal.amount, invoice.currency)}
  ${invoice.taxes.map((tax) => taxRow(locale, tax))}
  ${total(locale, 'billing.total', invoice.total.amount, invoice.currency, true)}`;
}

function taxRow(locale: string, tax: TaxLine): TemplateResult {
  return html`<div class="billing__total-row" part="tax">
    <dt>
      ${msg(locale, 'billing.tax', {rate: taxRate(locale, tax.rate)})}
      <span class="billing__muted">
        ${msg(locale, 'billing.taxOn', {base: money(locale, tax.base.amount, tax.base.currency)})}
      </span>
    </dt>
    <dd>${money(locale, tax.amount.amount, tax.amount.currency)}</dd>
  </div>`;
}

function total(
  locale: string,
  label: 'billing.subtotal' | 'billing.total' | 'billing.amountPaid' | 'billing.amountDue',
  amount: number,
  currency: string,
  strong = false,
): TemplateResult {
  return html`<div class="billing__total-row ${strong ? 'billing__total-row--strong' : ''}">
    <dt>${msg(locale, label)}</dt>
    <dd>${money(locale, amount, currency)}</dd>
  </div>`;
}
