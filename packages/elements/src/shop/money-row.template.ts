import {formatMoney, type Money} from '@portico/sdk/domain';
import {html, nothing, type TemplateResult} from 'lit';

/** One line of a totals list (`<dl>`, in the cart and in an order): what, and how much. */
export function moneyRow(
  label: string,
  money: Money,
  locale: string,
  options: {className?: string; negative?: boolean} = {},
): TemplateResult {
  return html`<div class=${options.className ?? nothing}>
    <dt>${label}</dt>
    <dd>${options.negative ? '−' : ''}${formatMoney(money, locale)}</dd>
  </div>`;
}
