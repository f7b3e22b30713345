import {css} from 'lit';
import {card, cardTokens} from '../internal/card.styles.js';
import {sys} from '../internal/tokens.js';
import {cluster, split, stackedList, wrap} from '../internal/layout.styles.js';
import {boxed} from '../internal/card-parts.styles.js';

/** How the element's card differs from the plain one (its tokens follow). */
const CARD = {muted: 'label-color', shadow: true} as const;

/** The component tokens `<portico-membership-card>` reads, sorted (see credit-balance.styles.ts). */
export const MEMBERSHIP_CARD_TOKENS = /* @__PURE__ */ cardTokens(CARD, 'title-font-size');

export default css`
  ${card('membership-card', CARD)}

  :host {
    --portico-membership-card-title-font-size: ${sys('font-size-lg')};
  }

  .membership-card {
    display: grid;
    gap: ${sys('space-sm')};
  }

  .skeleton-frame {
    display: grid;
    gap: ${sys('space-sm')};
  }

  .membership-card__head,
  .membership-card__plan-head {
    ${split}
    gap: ${sys('space-xs')};
  }

  .membership-card__title {
    margin: 0;
    font-size: var(--portico-membership-card-title-font-size);
    font-weight: ${sys('font-weight-bold')};
    line-height: ${sys('line-height-tight')};
  }

  .membership-card__subtitle {
    margin: 0 0 ${sys('space-xxs')};
    color: var(--portico-membership-card-label-color);
    font-size: ${sys('font-size-sm')};
    font-weight: ${sys('font-weight-medium')};
  }

  .membership-card__hint {
    margin: 0;
    color: var(--portico-membership-card-label-color);
    font-size: ${sys('font-size-sm')};
  }

  .membership-card__facts {
    display: grid;
    gap: ${sys('space-xxs')};
    margin: 0;
  }

  .membership-card__fact {
    ${wrap}
    justify-content: space-between;
    gap: 0 ${sys('space-sm')};
  }

  .membership-card__fact dt {
    color: var(--portico-membership-card-label-color);
  }

  .membership-card__fact dd {
    margin: 0;
    font-weight: ${sys('font-weight-medium')};
  }

  .membership-card__usage {
    display: grid;
    gap: ${sys('space-xxs')};
    margin: 0;
  }

  .membership-card__usage-line {
    display: flex;
    justify-content: space-between;
    gap: ${sys('space-sm')};
    font-size: ${sys('font-size-sm')};
  }

  .membership-card__section {
    display: grid;
    gap: ${sys('space-xs')};
    padding-top: ${sys('space-sm')};
    border-top: 1px solid var(--portico-membership-card-border-color);
  }

  .membership-card__benefits,
  .membership-card__plans,
  .membership-card__history-list,
  .membership-card__payments {
    ${stackedList}
    gap: ${sys('space-xs')};
  }

  .membership-card__benefits {
    gap: ${sys('space-xxs')};
    font-size: ${sys('font-size-sm')};
  }

  .membership-card__plan,
  .membership-card__history-item {
    display: grid;
    gap: ${sys('space-xxs')};
    padding: ${sys('space-sm')};
    ${boxed('membership-card')}
  }

  .membership-card__plan-name {
    font-weight: ${sys('font-weight-bold')};
  }

  .membership-card__plan-price,
  .membership-card__amount {
    font-variant-numeric: tabular-nums;
  }

  .membership-card__choose {
    justify-self: start;
  }

  .membership-card__payment {
    ${wrap}
    align-items: flex-start;
    justify-content: space-between;
    gap: ${sys('space-xxs')} ${sys('space-sm')};
    font-size: ${sys('font-size-sm')};
  }

  .membership-card__payment-what,
  .membership-card__payment-how {
    display: grid;
    gap: ${sys('space-xxs')};
  }

  .membership-card__payment-how {
    justify-items: end;
  }

  .membership-card__scheduled,
  .membership-card__actions {
    ${cluster}
    gap: ${sys('space-xs')};
  }

  .membership-card__scheduled > p {
    margin: 0;
  }

  .membership-card__confirm .membership-card__title:focus {
    outline: none;
  }

  .membership-card__confirm-list {
    display: grid;
    gap: ${sys('space-xxs')};
  }

  .membership-card__confirm-list h4 {
    margin: 0;
  }

  /* The text's own colour, underlined: readable on every theme's surface. */
  .membership-card__link {
    color: inherit;
    text-decoration: underline;
  }

  .membership-card__toggle {
    justify-self: start;
  }

  .membership-card__chevron {
    width: 1.25em;
    height: 1.25em;
    fill: currentColor;
    transition: transform ${sys('motion-duration-short')} ${sys('motion-easing-standard')};
  }

  [aria-expanded='true'] > .membership-card__chevron {
    transform: rotate(90deg);
  }

  .membership-card__history[hidden] {
    display: none;
  }

  .membership-card__invoices-link {
    display: inline-block;
    margin-top: ${sys('space-xs')};
    color: ${sys('color-primary')};
    font-weight: ${sys('font-weight-medium')};
  }

  .badge--neutral {
    color: ${sys('color-on-surface')};
    background: ${sys('color-surface')};
    box-shadow: inset 0 0 0 1px ${sys('color-outline')};
  }

  .membership-card__skeleton-title {
    width: 12ch;
    height: var(--portico-membership-card-title-font-size);
  }

  .membership-card__skeleton-badge {
    width: 7ch;
  }

  .membership-card__skeleton-short {
    width: 60%;
  }

  .membership-card__skeleton-bar {
    height: 0.5rem;
  }
`;
