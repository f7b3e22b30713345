// The pay panel under the due invoices: which method pays, then the bank's step when it asks.
import type {Invoice, PaymentMethod} from '@portico/sdk';
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '../i18n/index.js';
import {button} from '../internal/button.template.js';
import {methodLabel, money, renderNotice} from './billing-format.js';
import {totalDue} from './due-invoices.js';
import {formActions} from '../internal/form-actions.template.js';
import {radio} from '../internal/radio.template.js';
import {scriptedForm} from '../internal/form.template.js';
import type {PayController} from './pay-controller.js';
import {TEST_TOKENS, testCardSelect} from './test-cards.js';

export interface PayPanelOptions {
  readonly locale: string;
  readonly pay: PayController;
  /** The invoices the panel pays. */
  readonly invoices: readonly Invoice[];
  readonly methods: readonly PaymentMethod[];
  /** The space takes test cards: a new card is one of them. */
  readonly testMode: boolean;
}

/** The outcome of the last payment (or the panel while one is under way). */
export function renderPayPanel(options: PayPanelOptions): TemplateResult | typeof nothing {
  const {pay} = options;
  const notice = renderNotice(pay.notice, 'pay-notice');
  if (!pay.invoiceIds) return notice;
  return html`${notice}${pay.pending ? renderAuthentication(options) : renderChoice(options)}`;
}

function renderChoice({locale, pay, invoices, methods, testMode}: PayPanelOptions) {
  const due = totalDue(invoices);
  const total = money(locale, due.amount, due.currency);
  const canAddCard = testMode;
  return scriptedForm(
    {
      part: 'pay-panel',
      className: 'billing__panel',
      labelledBy: 'pay-title',
      onSubmit: () => void pay.pay(),
    },
    html`<fieldset class="billing__fieldset">
        <legend id="pay-title" class="billing__legend">
          ${msg(locale, 'billing.choose', {total})}
        </legend>
        ${methods.map((method) =>
          payMethod(
            pay,
            method.id,
            html`${methodLabel(locale, method)}
            ${method.isDefault ? html`<span class="badge">${msg(locale, 'billing.default')}</span>` : nothing}`,
          ),
        )}
        ${canAddCard ? payMethod(pay, 'new', msg(locale, 'billing.newCard')) : nothing}
        ${
          pay.methodId === 'new' && canAddCard
            ? testCardSelect(locale, pay.newToken, TEST_TOKENS, (token) =>
                pay.chooseTestCard(token),
              )
            : nothing
        }
      </fieldset>
      ${formActions({
        className: 'billing__actions',
        submit: {
          label: msg(locale, pay.busy ? 'billing.paying' : 'billing.payNow', {total}),
          part: 'pay-now-button',
          busy: pay.busy,
          refused: pay.methodId === '',
        },
        cancel: {
          label: msg(locale, 'billing.cancel'),
          part: 'pay-cancel-button',
          close: () => pay.close(),
        },
      })}`,
  );
}

function payMethod(pay: PayController, value: string, label: unknown): TemplateResult {
  return radio(html`<span>${label}</span>`, {
    className: 'billing__choice',
    name: 'pay-method',
    part: 'pay-method',
    value,
    checked: pay.methodId === value,
    onChange: () => pay.choose(value),
  });
}

/** The bank asks the member to confirm: its page in a new tab, and this page waits for it. */
function renderAuthentication({locale, pay}: PayPanelOptions): TemplateResult {
  const payment = pay.pending!;
  const total = money(locale, payment.amount.amount, payment.amount.currency);
  return html`<div
    part="authentication"
    class="billing__panel billing__panel--action"
    role="group"
    aria-labelledby="auth-title"
  >
    <h4 id="auth-title" class="billing__legend">${msg(locale, 'billing.authTitle')}</h4>
    <p class="billing__hint">${msg(locale, 'billing.authBody', {total})}</p>
    <div class="billing__actions">
      <a
        part="authentication-link"
        class="button button--primary"
        href=${payment.nextAction?.url ?? ''}
        target="_blank"
        rel="noopener"
        >${msg(locale, 'billing.authOpen')}</a
      >
      ${button(msg(locale, 'billing.authCheck'), {
        class: 'button button--secondary',
        part: 'authentication-check-button',
        onClick: () => void pay.check(),
      })}
      ${button(msg(locale, 'billing.cancel'), {
        class: 'button button--ghost',
        part: 'pay-cancel-button',
        onClick: () => pay.close(),
      })}
    </div>
    <p class="billing__muted" aria-hidden="true">${msg(locale, 'billing.authWaiting')}</p>
  </div>`;
}
