import type {Order} from '@portico/sdk';
import {formatMoney} from '@portico/sdk/domain';
import {html, nothing, type TemplateResult} from 'lit';
import {formatDateTime, msg} from '../i18n/index.js';
import {button} from '../internal/button.template.js';
import {notice} from '../internal/notice.template.js';
import {moneyRow} from './money-row.template.js';

/** A message shown beside one pending order (its payment was declined, it was cancelled…). */
export interface OrderNotice {
  tone: 'error' | 'success';
  text: string;
}

export interface PendingOrdersContext {
  locale: string;
  timeZone: string | undefined;
  /** The order whose payment or cancellation is under way. */
  busyOrderId: string | undefined;
  notices: ReadonlyMap<string, OrderNotice>;
  onPay: (order: Order) => void;
  onCancel: (order: Order) => void;
}

const STATUS_BADGE = {
  pending_payment: 'badge--warning',
  paid: 'badge--success',
  cancelled: 'badge',
} as const;

function renderLines(order: Order, locale: string): TemplateResult {
  return html`<ul class="order__lines">
    ${order.lines.map(
      (line) =>
        html`<li class="order__line">
          <span
            >${msg(locale, 'shop.lineQuantity', {quantity: line.quantity, name: line.name})}</span
          >
          <span>
            ${
              line.includedQuantity > 0
                ? html`<span class="order__included"
                    >${msg(locale, 'shop.lineIncluded', {count: line.includedQuantity})}</span
                  >`
                : nothing
            }
            ${formatMoney(line.total, locale)}
          </span>
        </li>`,
    )}
  </ul>`;
}

function renderHeader(order: Order, locale: string, timeZone: string | undefined): TemplateResult {
  return html`<div class="order__header">
    <h4 class="order__title">
      ${msg(locale, 'shop.orderOn', {date: formatDateTime(locale, order.createdAt, timeZone)})}
    </h4>
    <span class="badge ${STATUS_BADGE[order.status]}"
      >${msg(locale, `shop.status.${order.status}`)}</span
    >
  </div>`;
}

function renderTotals(order: Order, locale: string): TemplateResult {
  return html`<dl class="order__totals">
    ${
      order.discount
        ? moneyRow(
            msg(locale, 'shop.discount', {code: order.discount.code}),
            order.discount.amount,
            locale,
            {negative: true},
          )
        : nothing
    }
    ${moneyRow(msg(locale, 'shop.total'), order.total, locale, {className: 'order__total'})}
  </dl>`;
}

/**
 * Orders placed but not paid: each can be paid (again) or cancelled, unless a renewal billed it
 * on its invoice (then that invoice is what to pay).
 */
export function renderPendingOrders(
  orders: readonly Order[],
  context: PendingOrdersContext,
): TemplateResult | typeof nothing {
  const {locale, timeZone, notices} = context;
  if (orders.length === 0) return nothing;
  return html`<section class="shop__section" part="pending" aria-labelledby="pending-title">
    <h3 class="shop__section-title" id="pending-title">${msg(locale, 'shop.pending')}</h3>
    <ul class="orders">
      ${orders.map((order) => {
        const outcome = notices.get(order.id);
        return html`<li class="order" data-order-id=${order.id}>
          ${renderHeader(order, locale, timeZone)} ${renderLines(order, locale)}
          ${renderTotals(order, locale)}
          ${outcome ? notice('order-notice', outcome.tone, outcome.text) : nothing}
          ${
            order.invoice
              ? html`<p class="shop__hint" part="order-invoiced">
                  ${msg(locale, 'shop.orderInvoiced', {number: order.invoice.number})}
                </p>`
              : renderActions(order, context)
          }
        </li>`;
      })}
    </ul>
  </section>`;
}

/** Pay and Cancel for an order that waits for payment of its own. */
function renderActions(order: Order, context: PendingOrdersContext): TemplateResult {
  const {locale, busyOrderId} = context;
  return html`<div class="order__actions">
    ${button(msg(locale, 'shop.payOrder', {total: formatMoney(order.total, locale)}), {
      class: 'button button--primary',
      part: 'pay-button',
      disabled: Boolean(busyOrderId),
      busy: busyOrderId === order.id,
      onClick: () => context.onPay(order),
    })}
    ${button(msg(locale, 'shop.cancelOrder'), {
      class: 'button button--secondary',
      part: 'cancel-order-button',
      disabled: Boolean(busyOrderId),
      onClick: () => context.onCancel(order),
    })}
  </div>`;
}

/** "My purchases": paid and cancelled orders, newest first, with their lines and totals. */
export function renderPurchases(
  orders: readonly Order[],
  locale: string,
  timeZone: string | undefined,
): TemplateResult {
  return html`<section class="shop__section" part="purchases" aria-labelledby="purchases-title">
    <h3 class="shop__section-title" id="purchases-title">${msg(locale, 'shop.purchases')}</h3>
    ${
      orders.length === 0
        ? html`<p class="shop__hint">${msg(locale, 'shop.noPurchases')}</p>`
        : html`<ul class="orders">
            ${orders.map(
              (order) =>
                html`<li class="order" data-order-id=${order.id}>
                  ${renderHeader(order, locale, timeZone)} ${renderLines(order, locale)}
                  ${renderTotals(order, locale)}
                </li>`,
            )}
          </ul>`
    }
  </section>`;
}
