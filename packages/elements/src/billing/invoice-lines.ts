// An invoice's lines, tax by rate and totals (the detail and the upcoming invoice show them), and
// the upcoming invoice itself.
import type {Invoice, InvoiceLine, TaxLine, UpcomingInvoice} from '@portico/sdk';
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '../i18n/index.js';
import {invoiceDay, money, taxRate} from './billing-format.js';

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

export function renderLines(locale: string, invoice: Invoice | UpcomingInvoice): TemplateResult {
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
export function renderAmounts(locale: string, invoice: Invoice | UpcomingInvoice): TemplateResult {
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

export function total(
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
