import type {MemberProduct, Product} from '@portico/sdk';
import {formatMoney, isHttpsUrl} from '@portico/sdk/domain';
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '../i18n/index.js';

/** What one product card shows besides the product. */
export interface ProductCardContext {
  locale: string;
  /** The member's holdings of this product (signed in only). */
  mine: MemberProduct | undefined;
  /** Units the member's plan includes each period, when known. */
  includedTotal: number | undefined;
  inCart: number;
  onAdd: (product: Product) => void;
}

/** How many of `product` can still go in a cart: its stock, or the per-line limit. */
export function maxQuantity(product: Product): number {
  return product.stock === null ? 99 : Math.min(product.stock, 99);
}

/** A product in the catalogue: photo, name, what it is, price, stock, inclusion, "Add". */
export function renderProductCard(product: Product, context: ProductCardContext): TemplateResult {
  const {locale, mine, inCart} = context;
  const nameId = `product-${product.id}-name`;
  const soldOut = product.stock === 0;
  const full = inCart >= maxQuantity(product);
  const included = mine?.includedRemaining ?? 0;
  return html`<li class="product" part="product" data-product-id=${product.id}>
    <article class="product__body" aria-labelledby=${nameId}>
      ${
        // Only an https photo is loaded: a `javascript:` or `data:` one from a lax backend is
        // shown as no photo rather than tripping the page's CSP.
        isHttpsUrl(product.photoUrl)
          ? html`<img class="product__photo" part="product-photo" src=${product.photoUrl} alt="" />`
          : nothing
      }
      <h3 class="product__name" id=${nameId}>${product.name}</h3>
      <p class="product__description">${product.description}</p>
      ${
        product.credits !== null
          ? html`<p class="product__meta">
              ${msg(locale, 'shop.credits', {count: product.credits})}${
                product.creditsValidDays !== null
                  ? html` · ${msg(locale, 'shop.validDays', {count: product.creditsValidDays})}`
                  : nothing
              }
            </p>`
          : nothing
      }
      ${
        soldOut || product.stock !== null || included > 0
          ? html`<p class="product__badges">${renderBadges(product, context, included)}</p>`
          : nothing
      }
      <div class="product__footer">
        <span class="product__price" part="price">${formatMoney(product.price, locale)}</span>
        <button
          class="button button--primary product__add"
          part="add-button"
          type="button"
          aria-describedby=${nameId}
          ?disabled=${soldOut || full}
          @click=${() => context.onAdd(product)}
        >
          ${msg(locale, 'shop.add')}
        </button>
      </div>
      ${
        inCart > 0
          ? html`<p class="product__in-cart">${msg(locale, 'shop.inCart', {count: inCart})}</p>`
          : nothing
      }
    </article>
  </li>`;
}

/** Sold out or how many are left, and what the membership still includes. */
function renderBadges(
  product: Product,
  {locale, includedTotal}: ProductCardContext,
  included: number,
): TemplateResult {
  const soldOut = product.stock === 0;
  return html`${
    soldOut
      ? html`<span class="badge badge--error">${msg(locale, 'shop.soldOut')}</span>`
      : product.stock !== null
        ? html`<span class="badge badge--warning"
            >${msg(locale, 'shop.stockLeft', {count: product.stock})}</span
          >`
        : nothing
  }
  ${
    included > 0
      ? html`<span class="badge badge--success"
          >${
            includedTotal !== undefined
              ? msg(locale, 'shop.included', {count: included, total: includedTotal})
              : msg(locale, 'shop.includedNoTotal', {count: included})
          }</span
        >`
      : nothing
  }`;
}
