import {css} from 'lit';
import {card, cardTokens} from '../internal/card.styles.js';
import {sys} from '../internal/tokens.js';
import {bareList, split, stack, wrap} from '../internal/layout.styles.js';
import {boxed, mutedText} from '../internal/card-parts.styles.js';
import {heading} from '../internal/text.styles.js';

/** How the element's card differs from the plain one (its tokens follow). */
const CARD = {frame: 'shop', muted: 'muted-color'} as const;

/**
 * The component tokens `<portico-shop>` reads, sorted. Each is set on `:host` from a
 * system token and can be overridden by the page.
 */
export const PRODUCT_SHOP_TOKENS = /* @__PURE__ */ cardTokens(
  CARD,
  'card-background',
  'price-color',
);

export default css`
  ${card('shop', CARD)}

  :host {
    --portico-shop-card-background: ${sys('color-surface')};
    --portico-shop-price-color: ${sys('color-primary')};
  }

  .shop {
    display: grid;
    gap: ${sys('space-md')};
    /* The layout follows the shop's own width (a sidebar or a phone), not the window's. */
    container: shop / inline-size;
  }

  .shop:focus {
    outline: none;
  }

  .shop__title {
    ${heading('lg')}
    scroll-margin-top: ${sys('space-xl')};
  }

  .shop__section-title {
    margin: 0 0 ${sys('space-xs')};
    font-size: ${sys('font-size-md')};
  }

  .shop__hint,
  .product__description,
  .product__meta,
  .product__in-cart {
    ${mutedText('shop')}
    font-size: ${sys('font-size-sm')};
  }

  .shop__toolbar {
    ${wrap}
    align-items: end;
    justify-content: space-between;
    gap: ${sys('space-sm')};
  }

  .shop__categories {
    ${wrap}
    gap: ${sys('space-xs')};
  }

  .shop__search {
    min-width: 12rem;
  }

  .shop__layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: ${sys('space-md')};
  }

  /* (The shop's content box: 40rem keeps two columns in an 800 px window, as 48rem of
     viewport did before.) */
  @container shop (min-width: 40rem) {
    .shop__layout {
      grid-template-columns: minmax(0, 2fr) minmax(16rem, 1fr);
      align-items: start;
    }
  }

  .cart-bar {
    display: none;
  }

  /* Phones: the cart is a summary bar stuck to the bottom of the screen while the products
     are in view (sticky inside the shop, so a host page's layout holds); it opens the cart. */
  @container shop (max-width: 30rem) {
    .shop__dock {
      position: sticky;
      bottom: 0;
      z-index: 2;
      display: grid;
      gap: ${sys('space-xs')};
      margin: 0 calc(-1 * var(--portico-shop-padding));
      padding: ${sys('space-sm')} var(--portico-shop-padding);
      background: var(--portico-shop-background);
      border-top: 1px solid var(--portico-shop-border-color);
    }

    .cart-bar {
      ${split}
      gap: ${sys('space-sm')};
    }

    .shop__dock:not(.shop__dock--open) .cart {
      display: none;
    }

    /* Open, the cart scrolls inside the bar; the bar never covers the whole screen. */
    .shop__dock--open .cart {
      max-height: 60vh;
      overflow: auto;
    }
  }

  .cart-bar__summary {
    font-weight: ${sys('font-weight-bold')};
  }

  .shop__products,
  .cart__lines,
  .orders,
  .order__lines {
    ${bareList}
  }

  .shop__products {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
    gap: ${sys('space-sm')};
  }

  :host([layout='list']) .shop__products {
    grid-template-columns: minmax(0, 1fr);
  }

  .product,
  .order,
  .cart {
    display: grid;
    gap: ${sys('space-xs')};
    padding: ${sys('space-sm')};
    background: var(--portico-shop-card-background);
    ${boxed('shop')}
  }

  .product__body {
    ${stack}
    gap: ${sys('space-xs')};
    height: 100%;
  }

  .product__photo {
    width: 100%;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: ${sys('radius-sm')};
  }

  :host([layout='list']) .product__photo {
    width: 6rem;
  }

  .product__name {
    ${heading('md')}
  }

  .product__badges {
    ${wrap}
    gap: ${sys('space-xxs')};
    margin: 0;
  }

  /* Price, then the button across the card: the same in every card, at the bottom. */
  .product__footer {
    ${stack}
    align-items: stretch;
    gap: ${sys('space-xs')};
    margin-top: auto;
    padding-top: ${sys('space-xs')};
  }

  :host([layout='list']) .product__footer {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
  }

  .product__price,
  .cart__row--total dd,
  .order__total dd {
    color: var(--portico-shop-price-color);
    font-family: ${sys('font-family-numeric')};
    font-weight: ${sys('font-weight-bold')};
    font-variant-numeric: tabular-nums;
  }

  .skeleton--photo {
    height: 5rem;
  }

  .skeleton--short {
    width: 40%;
  }

  .cart__line {
    display: grid;
    gap: ${sys('space-xxs')};
    padding: ${sys('space-xs')} 0;
    border-bottom: 1px solid var(--portico-shop-border-color);
  }

  .cart__line-head,
  .cart__row,
  .order__header,
  .order__line,
  .order__totals > div {
    ${wrap}
    align-items: baseline;
    justify-content: space-between;
    gap: ${sys('space-xs')};
  }

  .cart__controls,
  .cart__actions,
  .order__actions,
  .cart__discount {
    ${wrap}
    align-items: end;
    gap: ${sys('space-xs')};
  }

  .cart__step {
    min-width: 2.5rem;
    padding: 0;
  }

  .cart__quantity {
    width: 4.5rem;
  }

  .cart__totals,
  .order__totals {
    display: grid;
    gap: ${sys('space-xxs')};
    margin: 0;
  }

  dd {
    margin: 0;
  }

  .cart__discount-error {
    flex-basis: 100%;
  }

  .cart__checkout {
    width: 100%;
  }

  .cart__terms,
  .cart__card {
    display: grid;
    gap: ${sys('space-xs')};
    padding: ${sys('space-sm')};
    border: 1px solid ${sys('color-primary')};
    border-radius: ${sys('radius-md')};
  }

  .cart__terms-title {
    ${heading('md')}
  }

  .cart__terms p,
  .cart__card p {
    margin: 0;
  }

  .cart__card {
    margin: 0;
  }

  .cart__card legend {
    padding: 0 ${sys('space-xxs')};
  }

  .cart__card-option {
    display: flex;
    gap: ${sys('space-xs')};
    align-items: center;
  }

  .cart__terms a {
    color: ${sys('color-primary')};
  }

  .shop__section,
  .orders {
    display: grid;
    gap: ${sys('space-xs')};
  }

  .order__title {
    ${heading('sm')}
  }

  .order__line,
  .order__included {
    font-size: ${sys('font-size-sm')};
  }

  .order__included {
    color: var(--portico-shop-muted-color);
  }

  .shop__orders-skeleton {
    height: 3rem;
  }
`;
