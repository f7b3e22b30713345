import type {Product, Space} from '@portico/sdk';
import {endpoints} from '@portico/sdk/shop';
import {addMoney, formatMoney, multiplyMoney, zeroMoney, type Money} from '@portico/sdk/domain';
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '../i18n/index.js';
import {button} from '../internal/button.template.js';
import {retryNotice} from '../internal/retry-notice.js';
import type {TermsController} from '../internal/terms-controller.js';
import {acceptTermsButton, termsLink} from '../internal/terms.template.js';
import {notice} from '../internal/notice.template.js';
import {radio} from '../internal/radio.template.js';
import type {CartController} from './cart-controller.js';
import {moneyRow} from './money-row.template.js';
import {maxQuantity} from './product-card.js';

/** The outcome of the last checkout step, shown under the cart. */
export interface CartNotice {
  tone: 'error' | 'success';
  text: string;
}

export interface CartViewContext {
  locale: string;
  signedIn: boolean;
  products: readonly Product[];
  currency: string | undefined;
  step: 'cart' | 'terms' | 'card';
  space: Space | undefined;
  /** The card step: the cards offered, the one that pays, and what it pays. */
  cards: readonly string[];
  card: string;
  payTotal: Money | undefined;
  /** An order is being placed or paid. */
  paying: boolean;
  busy: 'placing' | 'accepting' | undefined;
  /** The terms step's acceptance. */
  terms: TermsController;
  notice: CartNotice | undefined;
  /** Sets a line's quantity (0 removes it) within 1…`max`. */
  onQuantity: (productId: string, quantity: number, max: number) => void;
  onApplyCode: (code: string) => void;
  onRemoveCode: () => void;
  onCheckout: () => void;
  onAcceptTerms: () => void;
  onCancelTerms: () => void;
  onChooseCard: (card: string) => void;
  onPayNow: () => void;
  onCancelCard: () => void;
  onSignIn: () => void;
}

/** Why a line cannot be bought as it is, if it cannot. */
function lineProblem(
  cart: CartController,
  product: Product | undefined,
  quantity: number,
  locale: string,
): string | undefined {
  if (!product || product.stock === 0 || cart.unavailable.has(product.id)) {
    return msg(locale, 'shop.gone', {name: product?.name ?? ''});
  }
  if (product.stock !== null && quantity > product.stock) {
    return msg(locale, 'shop.maxStock', {count: product.stock});
  }
  return undefined;
}

/** The cart: its lines with quantities, the server's totals, a discount code and checkout. */
export function renderCart(cart: CartController, context: CartViewContext): TemplateResult {
  const {locale} = context;
  const items = cart.cart.items;
  const problems = items.map((item) =>
    lineProblem(
      cart,
      context.products.find((p) => p.id === item.productId),
      item.quantity,
      locale,
    ),
  );
  const blocked = problems.some(Boolean);
  return html`<section
    class="cart"
    id="cart"
    part="cart"
    aria-labelledby="cart-title"
    aria-busy=${cart.ready ? 'false' : 'true'}
  >
    <h3 class="shop__section-title" id="cart-title">${msg(locale, 'shop.cart')}</h3>
    ${
      items.length === 0
        ? html`<p class="shop__hint">${msg(locale, 'shop.cartEmpty')}</p>`
        : html`<ul class="cart__lines">
              ${items.map((item, index) =>
                renderLine(cart, context, item.productId, item.quantity, problems[index]),
              )}
            </ul>
            ${renderTotals(cart, context)}
            ${context.signedIn ? renderDiscount(cart, context) : nothing}`
    }
    ${
      context.notice ? notice('checkout-notice', context.notice.tone, context.notice.text) : nothing
    }
    ${
      context.step === 'card'
        ? renderCard(context)
        : items.length === 0
          ? nothing
          : context.step === 'terms'
            ? renderTerms(context)
            : renderCheckout(cart, context, blocked)
    }
  </section>`;
}

function renderLine(
  cart: CartController,
  context: CartViewContext,
  productId: string,
  quantity: number,
  problem: string | undefined,
): TemplateResult {
  const {locale} = context;
  const product = context.products.find((p) => p.id === productId);
  const quoted = cart.quote?.lines.find((line) => line.productId === productId);
  const name = product?.name ?? quoted?.name ?? productId;
  const max = product ? Math.max(1, maxQuantity(product)) : quantity;
  const set = (value: number) => context.onQuantity(productId, value, max);
  return html`<li class="cart__line" data-product-id=${productId}>
    <div class="cart__line-head">
      <span class="cart__name">${name}</span>
      <span class="cart__line-total">
        ${
          quoted && quoted.includedQuantity > 0
            ? html`<span class="badge badge--success"
                >${msg(locale, 'shop.lineIncluded', {count: quoted.includedQuantity})}</span
              >`
            : nothing
        }
        ${
          quoted
            ? formatMoney(quoted.total, locale)
            : product
              ? formatMoney(product.price, locale)
              : nothing
        }
      </span>
    </div>
    <div class="cart__controls">
      <button
        type="button"
        class="button button--secondary cart__step"
        aria-label=${msg(locale, 'shop.decrease', {name})}
        ?disabled=${!product || quantity <= 1}
        @click=${() => set(quantity - 1)}
      >
        −
      </button>
      <input
        class="input cart__quantity"
        type="number"
        inputmode="numeric"
        min="1"
        max=${max}
        aria-label=${msg(locale, 'shop.quantity', {name})}
        .value=${String(quantity)}
        ?disabled=${!product}
        @change=${(event: Event) => {
          const input = event.target as HTMLInputElement;
          const value = Number.parseInt(input.value, 10);
          // Never below 1 (Remove is for that), never above the stock; junk keeps the quantity.
          set(Number.isNaN(value) ? quantity : Math.max(1, value));
          input.value = String(cart.quantityOf(productId) || quantity);
        }}
      />
      <button
        type="button"
        class="button button--secondary cart__step"
        aria-label=${msg(locale, 'shop.increase', {name})}
        ?disabled=${!product || quantity >= max}
        @click=${() => set(quantity + 1)}
      >
        +
      </button>
      <button
        type="button"
        class="button button--ghost"
        part="remove-button"
        aria-label=${msg(locale, 'shop.remove', {name})}
        @click=${() => set(0)}
      >
        ${msg(locale, 'shop.removeLabel')}
      </button>
    </div>
    ${problem ? html`<p class="notice notice--error" part="line-problem">${problem}</p>` : nothing}
  </li>`;
}

function renderTotals(cart: CartController, context: CartViewContext): TemplateResult {
  const {locale} = context;
  if (!context.signedIn) {
    // A visitor's estimate at list prices (the server prices a member's cart).
    const subtotal = context.currency
      ? estimate(cart, context.products, context.currency)
      : undefined;
    return html`${
        subtotal
          ? html`<dl class="cart__totals">
              ${moneyRow(msg(locale, 'shop.subtotal'), subtotal, locale, {className: 'cart__row'})}
            </dl>`
          : nothing
      }
      <p class="shop__hint">${msg(locale, 'shop.estimate')}</p>`;
  }
  const quote = cart.quote;
  if (cart.quoteError && !cart.quoting) {
    return retryNotice(locale, 'shop.quoteError', cart.quoteError, () => void cart.requote(), {
      parts: 'notice',
    });
  }
  if (!quote) {
    return html`<p class="shop__hint" aria-busy=${cart.quoting ? 'true' : 'false'}>
      ${cart.quoting ? msg(locale, 'shop.quoting') : nothing}
    </p>`;
  }
  return html`<dl class="cart__totals" part="totals" aria-busy=${cart.quoting ? 'true' : 'false'}>
    ${moneyRow(msg(locale, 'shop.subtotal'), quote.subtotal, locale, {className: 'cart__row'})}
    ${
      quote.discount
        ? moneyRow(
            msg(locale, 'shop.discount', {code: quote.discount.code}),
            quote.discount.amount,
            locale,
            {className: 'cart__row', negative: true},
          )
        : nothing
    }
    ${moneyRow(msg(locale, 'shop.total'), quote.total, locale, {
      className: 'cart__row cart__row--total',
    })}
  </dl>`;
}

function renderDiscount(cart: CartController, context: CartViewContext): TemplateResult {
  const {locale} = context;
  const applied = cart.cart.discountCode;
  const error = cart.discountError;
  if (applied && !error) {
    return html`<p class="cart__code notice notice--success" part="discount-applied">
      <span>${msg(locale, 'shop.codeApplied', {code: applied})}</span>
      <button type="button" class="button button--ghost" @click=${context.onRemoveCode}>
        ${msg(locale, 'shop.removeCode')}
      </button>
    </p>`;
  }
  return html`<form
    class="cart__discount"
    part="discount-form"
    @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      const input = (event.target as HTMLFormElement).elements.namedItem('code');
      context.onApplyCode((input as HTMLInputElement).value);
    }}
  >
    <label class="field">
      <span class="field__label">${msg(locale, 'shop.discountCode')}</span>
      <input
        class="input"
        name="code"
        part="discount-input"
        autocomplete="off"
        maxlength=${endpoints.createOrder.limits.discountCode}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? 'discount-error' : nothing}
      />
    </label>
    <button type="submit" class="button button--secondary">${msg(locale, 'shop.applyCode')}</button>
    ${
      error
        ? html`<p
            class="notice notice--error cart__discount-error"
            id="discount-error"
            part="discount-error"
          >
            ${msg(locale, `shop.discount.${error}`)}
          </p>`
        : nothing
    }
  </form>`;
}

function renderTerms(context: CartViewContext): TemplateResult {
  const {locale, space} = context;
  return html`<div class="cart__terms" part="terms" role="group" aria-labelledby="terms-title">
    <h4 class="cart__terms-title" id="terms-title">${msg(locale, 'shop.termsTitle')}</h4>
    <p>${msg(locale, 'shop.termsText', {space: space?.name ?? ''})}</p>
    ${termsLink(space, msg(locale, 'shop.termsLink', {version: space?.terms.version ?? ''}), {
      part: 'terms-link',
    })}
    <div class="cart__actions">
      ${acceptTermsButton(context.terms, msg(locale, 'shop.acceptTerms'), context.onAcceptTerms)}
      <button type="button" class="button button--ghost" @click=${context.onCancelTerms}>
        ${msg(locale, 'shop.cancel')}
      </button>
    </div>
  </div>`;
}

/** Which card pays, then Pay; in test mode, the test cards and what each one does. */
function renderCard(context: CartViewContext): TemplateResult {
  const {locale, paying} = context;
  const testMode = context.space?.testMode === true;
  const total = context.payTotal ? formatMoney(context.payTotal, locale) : undefined;
  return html`<fieldset class="cart__card" part="card-step">
    <legend class="cart__terms-title">${msg(locale, 'shop.cardTitle')}</legend>
    ${
      testMode
        ? html`<p class="shop__hint" part="test-cards-hint">${msg(locale, 'shop.testCards')}</p>`
        : nothing
    }
    ${context.cards.map((card) =>
      radio(
        html`<span
          >${testMode ? testCardLabel(card, locale) : msg(locale, 'shop.card.saved')}</span
        >`,
        {
          className: 'cart__card-option',
          name: 'card',
          part: 'card-option',
          value: card,
          checked: card === context.card,
          onChange: () => context.onChooseCard(card),
        },
      ),
    )}
    <div class="cart__actions">
      ${button(
        paying
          ? msg(locale, 'shop.paying')
          : total
            ? msg(locale, 'shop.checkoutTotal', {total})
            : msg(locale, 'shop.checkout'),
        {
          class: 'button button--primary',
          part: 'pay-now-button',
          disabled: paying,
          busy: paying,
          onClick: () => {
            if (!paying) context.onPayNow();
          },
        },
      )}
      <button type="button" class="button button--ghost" @click=${context.onCancelCard}>
        ${msg(locale, 'shop.back')}
      </button>
    </div>
  </fieldset>`;
}

/** A test card says what it does; any other is the card the page was given. */
function testCardLabel(card: string, locale: string): string {
  if (card === 'pm_card_visa') return msg(locale, 'shop.card.visa');
  if (card === 'pm_card_declined') return msg(locale, 'shop.card.declined');
  return msg(locale, 'shop.card.saved');
}

function renderCheckout(
  cart: CartController,
  context: CartViewContext,
  blocked: boolean,
): TemplateResult {
  const {locale} = context;
  if (!context.signedIn) {
    return button(msg(locale, 'shop.signInToBuy'), {
      class: 'button button--primary cart__checkout',
      part: 'sign-in-button',
      onClick: context.onSignIn,
    });
  }
  const busy = context.busy === 'placing';
  const label = busy
    ? msg(locale, 'shop.placing')
    : cart.quote
      ? msg(locale, 'shop.toPayment', {total: formatMoney(cart.quote.total, locale)})
      : msg(locale, 'shop.checkout');
  const unavailable = blocked || cart.quoting || !cart.quote;
  return button(label, {
    class: 'button button--primary cart__checkout',
    part: 'checkout-button',
    disabled: busy || unavailable,
    busy,
    onClick: () => {
      if (!busy && !unavailable) context.onCheckout();
    },
  });
}

/** The cart at list prices, or undefined when a product is unknown or in another currency. */
function estimate(
  cart: CartController,
  products: readonly Product[],
  currency: string,
): Money | undefined {
  let total = zeroMoney(currency);
  for (const item of cart.cart.items) {
    const product = products.find((p) => p.id === item.productId);
    if (!product || product.price.currency !== currency) return undefined;
    total = addMoney(total, multiplyMoney(product.price, item.quantity));
  }
  return total;
}
