import {formatMoney} from '@portico/sdk/domain';
import {html, type TemplateResult} from 'lit';
import {msg} from '../i18n/index.js';
import {button} from '../internal/button.template.js';
import type {CartController} from './cart-controller.js';

/**
 * The cart in one line at narrow widths ("2 items · €24.00 — View cart"), stuck to the bottom
 * of the screen under the products; it opens the cart above it. Wider, the cart sits below or beside
 * the products and the bar is hidden (see the styles' container query).
 */
export function renderCartBar(
  cart: CartController,
  locale: string,
  open: boolean,
  onToggle: () => void,
): TemplateResult {
  const count = cart.count;
  const total = count > 0 && cart.quote ? formatMoney(cart.quote.total, locale) : '';
  const summary =
    count === 0
      ? msg(locale, 'shop.cartBar.empty')
      : [msg(locale, 'shop.cartBar.items', {count}), total].filter(Boolean).join(' · ');
  return html`<div class="cart-bar" part="cart-bar">
    <span class="cart-bar__summary" part="cart-summary">${summary}</span>
    ${button(msg(locale, open ? 'shop.cartBar.hide' : 'shop.cartBar.view'), {
      class: 'button button--primary',
      part: 'cart-toggle',
      expanded: open,
      controls: 'cart',
      onClick: onToggle,
    })}
  </div>`;
}
