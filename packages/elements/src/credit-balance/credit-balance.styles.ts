import {css} from 'lit';
import {sys} from '../internal/tokens.js';

/**
 * The component tokens `<portico-credit-balance>` reads, sorted. Each is set on `:host` from
 * a system token and can be overridden by the page; a test fails when the styles use one
 * that is not listed here, or when this list is out of order.
 */
export const CREDIT_BALANCE_TOKENS = [
  'background',
  'border-color',
  'border-radius',
  'button-background',
  'button-color',
  'color',
  'error-background',
  'error-color',
  'label-color',
  'padding',
  'shadow',
  'skeleton-color',
  'total-color',
  'total-font-size',
  'total-font-weight',
  'warning-background',
  'warning-color',
] as const;

export default css`
  :host {
    --portico-credit-balance-background: ${sys('color-surface')};
    --portico-credit-balance-border-color: ${sys('color-outline-variant')};
    --portico-credit-balance-border-radius: ${sys('radius-lg')};
    --portico-credit-balance-button-background: ${sys('color-primary')};
    --portico-credit-balance-button-color: ${sys('color-on-primary')};
    --portico-credit-balance-color: ${sys('color-on-surface')};
    --portico-credit-balance-error-background: ${sys('color-error-container')};
    --portico-credit-balance-error-color: ${sys('color-on-error-container')};
    --portico-credit-balance-label-color: ${sys('color-on-surface-variant')};
    --portico-credit-balance-padding: ${sys('space-lg')};
    --portico-credit-balance-shadow: ${sys('elevation-1')};
    --portico-credit-balance-skeleton-color: ${sys('color-surface-container')};
    --portico-credit-balance-total-color: ${sys('color-primary')};
    --portico-credit-balance-total-font-size: ${sys('font-size-display')};
    --portico-credit-balance-total-font-weight: ${sys('font-weight-bold')};
    --portico-credit-balance-warning-background: ${sys('color-warning-container')};
    --portico-credit-balance-warning-color: ${sys('color-on-warning-container')};
  }

  .credit-balance {
    display: flex;
    flex-direction: column;
    gap: ${sys('space-sm')};
    padding: var(--portico-credit-balance-padding);
    color: var(--portico-credit-balance-color);
    background: var(--portico-credit-balance-background);
    border: 1px solid var(--portico-credit-balance-border-color);
    border-radius: var(--portico-credit-balance-border-radius);
    box-shadow: var(--portico-credit-balance-shadow);
  }

  .credit-balance__status {
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

  .credit-balance__message,
  .credit-balance__hint {
    color: var(--portico-credit-balance-label-color);
    font-size: ${sys('font-size-md')};
  }

  .credit-balance__hint {
    margin: 0;
  }

  .credit-balance__skeleton {
    display: inline-block;
    width: 6ch;
    height: var(--portico-credit-balance-total-font-size);
    border-radius: ${sys('radius-md')};
    background: var(--portico-credit-balance-skeleton-color);
    animation: pulse ${sys('motion-duration-long')} ease-in-out infinite alternate;
  }

  .credit-balance__skeleton--label {
    width: 10ch;
    height: ${sys('font-size-lg')};
  }

  @keyframes pulse {
    to {
      opacity: 0.45;
    }
  }

  .credit-balance__expiry {
    display: flex;
    align-items: center;
    gap: ${sys('space-xs')};
    margin: 0;
    padding: ${sys('space-xs')} ${sys('space-sm')};
    border-radius: ${sys('radius-md')};
    color: var(--portico-credit-balance-warning-color);
    background: var(--portico-credit-balance-warning-background);
    font-size: ${sys('font-size-sm')};
  }

  .credit-balance__icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    fill: currentColor;
  }

  .credit-balance__error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: ${sys('space-xs')};
    padding: ${sys('space-xs')} ${sys('space-sm')};
    border-radius: ${sys('radius-md')};
    color: var(--portico-credit-balance-error-color);
    background: var(--portico-credit-balance-error-background);
    font-size: ${sys('font-size-sm')};
  }

  .credit-balance__retry {
    min-height: 2.25rem;
    padding: 0 ${sys('space-md')};
    border: none;
    border-radius: ${sys('radius-full')};
    color: var(--portico-credit-balance-button-color);
    background: var(--portico-credit-balance-button-background);
    font: inherit;
    font-weight: ${sys('font-weight-medium')};
    cursor: pointer;
    transition: filter ${sys('motion-duration-short')} ${sys('motion-easing-standard')};
  }

  .credit-balance__retry:hover {
    filter: brightness(1.1);
  }

  .credit-balance__retry[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }

  .credit-balance__buckets {
    padding-top: ${sys('space-sm')};
    border-top: 1px solid var(--portico-credit-balance-border-color);
    font-size: ${sys('font-size-sm')};
  }

  .credit-balance__bucket-list {
    display: grid;
    gap: ${sys('space-xxs')};
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .credit-balance__buckets-title {
    margin: 0 0 ${sys('space-xxs')};
    color: var(--portico-credit-balance-label-color);
    font-size: ${sys('font-size-xs')};
    font-weight: ${sys('font-weight-medium')};
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }

  .credit-balance__bucket {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 ${sys('space-sm')};
  }

  .credit-balance__bucket-source {
    font-weight: ${sys('font-weight-medium')};
  }

  .credit-balance__bucket-expiry {
    color: var(--portico-credit-balance-label-color);
  }
`;
