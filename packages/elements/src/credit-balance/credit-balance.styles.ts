import {css} from 'lit';
import {card, cardTokens} from '../internal/card.styles.js';
import {sys} from '../internal/tokens.js';

/** How the element's card differs from the plain one (its tokens follow). */
const CARD = {muted: 'label-color', shadow: true} as const;

/**
 * The component tokens `<portico-credit-balance>` reads, sorted. Each is set on `:host` from
 * a system token and can be overridden by the page; a test fails when the styles use one
 * that is not listed here, or when this list is out of order. Buttons, notices and skeletons
 * are the shared ones (internal/ui.styles.ts), themed by the system tokens.
 */
export const CREDIT_BALANCE_TOKENS = /* @__PURE__ */ cardTokens(
  CARD,
  'total-color',
  'total-font-size',
  'total-font-weight',
);

export default css`
  ${card('credit-balance', CARD)}

  :host {
    --portico-credit-balance-total-color: ${sys('color-primary')};
    --portico-credit-balance-total-font-size: ${sys('font-size-display')};
    --portico-credit-balance-total-font-weight: ${sys('font-weight-bold')};
  }

  .credit-balance {
    display: flex;
    flex-direction: column;
    gap: ${sys('space-sm')};
    /* The loaded card's usual height: nothing below jumps when the data arrives. */
    min-height: 9.5rem;
  }

  .credit-balance:focus:not(:focus-visible) {
    outline: none;
  }

  .skeleton-frame {
    display: grid;
    gap: ${sys('space-sm')};
  }

  .credit-balance__total-line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: ${sys('space-xs')};
    margin: 0;
  }

  .credit-balance__total {
    color: var(--portico-credit-balance-total-color);
    font-family: ${sys('font-family-numeric')};
    font-size: var(--portico-credit-balance-total-font-size);
    font-weight: var(--portico-credit-balance-total-font-weight);
    font-variant-numeric: tabular-nums;
    line-height: ${sys('line-height-tight')};
  }

  .credit-balance__label {
    color: var(--portico-credit-balance-label-color);
    font-size: ${sys('font-size-lg')};
  }

  .credit-balance__skeleton-total {
    width: 5ch;
    height: var(--portico-credit-balance-total-font-size);
  }

  .credit-balance__skeleton-label {
    width: 8ch;
    height: ${sys('font-size-lg')};
  }

  .credit-balance__skeleton-line {
    width: 70%;
    height: 1.75rem;
  }

  .credit-balance__hint,
  .credit-balance__muted {
    margin: 0;
    color: var(--portico-credit-balance-label-color);
  }

  /* The icon stays beside the words in a narrow card; the words wrap instead. */
  .credit-balance__expiry {
    flex-wrap: nowrap;
    justify-content: flex-start;
  }

  .credit-balance__icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    fill: currentColor;
  }

  .credit-balance__actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${sys('space-xs')};
  }

  .credit-balance__buckets,
  .credit-balance__history {
    display: grid;
    gap: ${sys('space-xs')};
    padding-top: ${sys('space-sm')};
    border-top: 1px solid var(--portico-credit-balance-border-color);
    font-size: ${sys('font-size-sm')};
  }

  .credit-balance__section-title {
    margin: 0;
    color: var(--portico-credit-balance-label-color);
    font-size: ${sys('font-size-xs')};
    font-weight: ${sys('font-weight-medium')};
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }

  .credit-balance__list {
    display: grid;
    gap: ${sys('space-xs')};
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .credit-balance__row {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 ${sys('space-sm')};
  }

  /* The amount keeps the right-hand column at any width, so changes line up down the list. */
  .credit-balance__entry {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: start;
  }

  .credit-balance__what,
  .credit-balance__delta {
    display: grid;
  }

  .credit-balance__strong {
    font-weight: ${sys('font-weight-medium')};
  }

  .credit-balance__delta {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  .credit-balance__spent,
  .credit-balance__earned {
    font-weight: ${sys('font-weight-bold')};
  }

  .credit-balance__earned {
    color: ${sys('color-success')};
  }
`;
