// The membership's next renewal and the auto-pay switch, under the upcoming invoice.
import type {PaymentMethod, Renewal} from '@portico/sdk';
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '../i18n/index.js';
import {invoiceDay, methodLabel, money, renderNotice} from './billing-format.js';
import type {RenewalController} from './renewal-controller.js';

export interface RenewalViewOptions {
  readonly locale: string;
  readonly renewal: Renewal;
  /** The method auto-pay charges: the default one. */
  readonly method: PaymentMethod | undefined;
  readonly controller: RenewalController;
}

export function renderRenewal(options: RenewalViewOptions): TemplateResult | typeof nothing {
  const {locale, renewal, method, controller} = options;
  if (!renewal.next) return nothing;
  const {on, plan, amount} = renewal.next;
  // Turning it off stays possible without a method; turning it on needs one.
  const locked = controller.busy || (!method && !renewal.autoPay);
  return html`<div part="renewal" class="billing__renewal">
    <p part="renews" class="billing__strong">
      ${msg(locale, 'billing.renews', {
        plan,
        date: invoiceDay(locale, on),
        amount: money(locale, amount.amount, amount.currency),
      })}
    </p>
    <label class="billing__choice">
      <input
        type="checkbox"
        part="auto-pay"
        aria-describedby="auto-pay-hint"
        .checked=${renewal.autoPay}
        aria-disabled=${locked ? 'true' : nothing}
        @click=${(event: Event) => {
          // aria-disabled keeps it focusable and named; a press then changes nothing.
          if (locked) event.preventDefault();
        }}
        @change=${(event: Event) =>
          void controller.setAutoPay((event.target as HTMLInputElement).checked)}
      />
      <span
        >${
          method
            ? msg(locale, 'billing.autoPay', {method: methodLabel(locale, method)})
            : msg(locale, 'billing.autoPayNoMethod')
        }</span
      >
    </label>
    <p id="auto-pay-hint" class="billing__hint">
      ${msg(locale, renewal.autoPay ? 'billing.autoPayHint.on' : 'billing.autoPayHint.off')}
    </p>
    ${renderNotice(controller.notice, 'renewal-notice')}
  </div>`;
}
