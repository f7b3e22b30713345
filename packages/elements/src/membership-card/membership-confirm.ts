import './membership-flow.messages.js';
import type {MembershipQuote, Product} from '@portico/sdk';
import {formatMoney} from '@portico/sdk/domain';
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '../i18n/index.js';
import {button} from '../internal/button.template.js';
import type {MembershipStep} from './membership-change-controller.js';
import {benefitsOf, formatCalendarDate, formatPrice} from './membership-format.js';

export interface ConfirmView {
  step: MembershipStep;
  /** The server's quote; undefined while it is asked for (or when asking failed). */
  quote: MembershipQuote | undefined;
  busy: boolean;
  products: readonly Product[];
  /** Joining pays at once with the card's payment method (empty: an order to pay later). */
  paysNow: boolean;
  noticeDays: number;
  onConfirm: () => void;
  onBack: () => void;
}

/**
 * The confirmation step: what the member is about to do, with the price, the day it takes
 * effect and what the plan includes (or stops including), all from the server's quote.
 */
export function renderConfirm(locale: string, view: ConfirmView): TemplateResult {
  const {step, quote, busy} = view;
  const name = step.action === 'cancel' ? step.membership.plan.name : step.plan.name;
  const title = msg(locale, `membership.confirm.${step.action}`, {plan: name});
  return html`<section
    part="confirm"
    class="membership-card__section membership-card__confirm"
    aria-labelledby="confirm-title"
  >
    <h3 class="membership-card__title" id="confirm-title" tabindex="-1">${title}</h3>
    ${
      quote
        ? renderQuote(locale, view, quote)
        : busy
          ? html`<p class="membership-card__hint">${msg(locale, 'membership.confirm.loading')}</p>`
          : nothing
    }
    <div class="membership-card__actions">
      ${
        quote
          ? button(busy ? msg(locale, 'membership.working') : confirmLabel(locale, view, quote), {
              class: `button ${step.action === 'cancel' ? 'button--danger' : 'button--primary'}`,
              part: 'confirm-button',
              disabled: busy,
              busy,
              onClick: () => !busy && view.onConfirm(),
            })
          : nothing
      }
      ${button(msg(locale, 'membership.confirm.back'), {
        class: 'button button--secondary',
        part: 'back-button',
        onClick: view.onBack,
      })}
    </div>
  </section>`;
}

function confirmLabel(locale: string, view: ConfirmView, quote: MembershipQuote): string {
  if (view.step.action === 'change') return msg(locale, 'membership.confirm.changeButton');
  if (view.step.action === 'cancel') return msg(locale, 'membership.confirm.cancelButton');
  return quote.awaiting === 'payment' && view.paysNow
    ? msg(locale, 'membership.confirm.payButton', {amount: formatMoney(quote.amount, locale)})
    : msg(locale, 'membership.confirm.joinButton');
}

function renderQuote(locale: string, view: ConfirmView, quote: MembershipQuote): TemplateResult {
  const date = formatCalendarDate(locale, quote.effectiveOn);
  const benefits = (plan: MembershipQuote['to']) => {
    const list = plan ? benefitsOf(locale, plan, view.products) : [];
    return list.length > 0 ? list : [msg(locale, 'membership.confirm.nothingIncluded')];
  };
  const list = (title: string, items: string[]) =>
    html`<div class="membership-card__confirm-list">
      <h4 class="membership-card__subtitle">${title}</h4>
      <ul class="membership-card__benefits">
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>
    </div>`;
  const fact = (term: string, value: string) =>
    html`<div class="membership-card__fact">
      <dt>${term}</dt>
      <dd>${value}</dd>
    </div>`;
  if (quote.action === 'cancel') {
    return html`<dl part="confirm-facts" class="membership-card__facts">
        ${fact(msg(locale, 'membership.confirm.endsOn'), date)}
      </dl>
      <p class="membership-card__hint">
        ${msg(locale, 'membership.confirm.nothingMore')}
        ${
          view.noticeDays > 0
            ? msg(locale, 'membership.confirm.notice', {count: view.noticeDays})
            : nothing
        }
      </p>
      ${list(msg(locale, 'membership.confirm.lose'), benefits(quote.from))}`;
  }
  const to = quote.to;
  const price = to ? formatPrice(locale, to.price, to.period) : '';
  const when =
    quote.action === 'join'
      ? fact(
          msg(locale, 'membership.confirm.starts'),
          msg(locale, 'membership.confirm.startsToday', {date}),
        )
      : fact(
          msg(locale, 'membership.confirm.changesOn'),
          msg(locale, 'membership.confirm.changesOnValue', {date}),
        );
  const payment =
    quote.action === 'change'
      ? msg(locale, 'membership.confirm.billedFrom', {date})
      : quote.awaiting === 'approval'
        ? msg(locale, 'membership.confirm.approval')
        : quote.awaiting === 'payment'
          ? msg(locale, view.paysNow ? 'membership.confirm.paidNow' : 'membership.confirm.payLater')
          : '';
  return html`<dl part="confirm-facts" class="membership-card__facts">
      ${fact(msg(locale, 'membership.confirm.price'), price)} ${when}
    </dl>
    ${payment ? html`<p class="membership-card__hint">${payment}</p>` : nothing}
    ${list(msg(locale, 'membership.confirm.included'), benefits(to))}
    ${
      quote.action === 'change'
        ? list(msg(locale, 'membership.confirm.instead'), benefits(quote.from))
        : nothing
    }`;
}
