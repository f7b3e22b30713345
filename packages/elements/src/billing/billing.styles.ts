import {css} from 'lit';
import {card, cardTokens} from '../internal/card.styles.js';
import {sys} from '../internal/tokens.js';
import {cluster, columns, split, stackedList, wrap} from '../internal/layout.styles.js';
import {boxed, mutedText} from '../internal/card-parts.styles.js';
import {heading} from '../internal/text.styles.js';

/** How the element's card differs from the plain one (its tokens follow). */
const CARD = {muted: 'muted-color'} as const;

/**
 * The component tokens `<portico-billing>` reads, sorted. Each is set on `:host` from a system
 * token and can be overridden by the page. Buttons, notices, badges and fields are the shared
 * ones (internal/ui.styles.ts).
 */
export const BILLING_TOKENS = /* @__PURE__ */ cardTokens(CARD);

export default css`
  ${card('billing', CARD)}

  :host {
    container-type: inline-size;
  }

  .billing {
    display: grid;
    gap: ${sys('space-md')};
    min-width: 0;
  }

  .billing:focus:not(:focus-visible) {
    outline: none;
  }

  .skeleton-frame {
    display: grid;
    gap: ${sys('space-sm')};
  }

  .billing__skeleton-title {
    width: 10ch;
    height: 1.25rem;
  }

  .billing__skeleton-row {
    height: 2.75rem;
  }

  .billing__columns {
    display: grid;
    gap: ${sys('space-lg')};
    min-width: 0;
  }

  @container (min-width: 52rem) {
    .billing__columns {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
  }

  .billing__column {
    display: grid;
    gap: ${sys('space-lg')};
    min-width: 0;
  }

  .billing__section,
  .billing__invoice {
    display: grid;
    gap: ${sys('space-sm')};
    min-width: 0;
  }

  .billing__column > .billing__section + .billing__section {
    padding-top: ${sys('space-md')};
    border-top: 1px solid var(--portico-billing-border-color);
  }

  .billing__section-head {
    ${split}
    gap: ${sys('space-xs')};
  }

  .billing__title {
    ${heading('md')}
    font-weight: ${sys('font-weight-bold')};
  }

  .billing__invoice-title {
    font-size: ${sys('font-size-lg')};
  }

  .billing__invoice-title:focus {
    outline: none;
  }

  .billing__hint,
  .billing__muted,
  .billing__label {
    ${mutedText('billing')}
    font-size: ${sys('font-size-sm')};
  }

  .billing__label {
    font-size: ${sys('font-size-xs')};
    font-weight: ${sys('font-weight-medium')};
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }

  .billing__strong {
    font-weight: ${sys('font-weight-medium')};
  }

  .billing__more {
    justify-self: center;
  }

  .billing__list {
    ${stackedList}
  }

  .billing__row {
    ${split}
    gap: ${sys('space-xs')} ${sys('space-sm')};
    padding: ${sys('space-xs')} 0;
    border-bottom: 1px solid var(--portico-billing-border-color);
    min-width: 0;
  }

  .billing__row:last-child {
    border-bottom: none;
  }

  .billing__row-main {
    display: grid;
    gap: 2px;
    flex: 1 1 12rem;
    min-width: 0;
  }

  .billing__row-end {
    ${cluster}
    justify-content: flex-end;
    gap: ${sys('space-xs')};
    margin-inline-start: auto;
  }

  .billing__amount,
  .billing__num,
  .billing__total-row dd {
    font-family: ${sys('font-family-numeric')};
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  .billing__amount {
    font-weight: ${sys('font-weight-medium')};
  }

  .billing__link {
    justify-self: start;
    padding: 0;
    border: none;
    background: none;
    color: ${sys('color-primary')};
    font: inherit;
    font-weight: ${sys('font-weight-medium')};
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }

  .billing__link:focus-visible {
    outline: ${sys('focus-ring-width')} solid ${sys('color-focus-ring')};
    outline-offset: 2px;
  }

  .billing__filter {
    display: inline-flex;
    align-items: center;
    gap: ${sys('space-xs')};
    font-size: ${sys('font-size-sm')};
  }

  .billing__filter .input {
    width: auto;
  }

  .billing__panel {
    display: grid;
    gap: ${sys('space-sm')};
    padding: ${sys('space-md')};
    ${boxed('billing')}
    background: ${sys('color-surface-container')};
    min-width: 0;
  }

  .billing__panel--action {
    border-color: ${sys('color-primary')};
  }

  .billing__fieldset {
    display: grid;
    gap: ${sys('space-xs')};
    margin: 0;
    padding: 0;
    border: none;
    min-width: 0;
  }

  .billing__legend {
    margin: 0 0 ${sys('space-xs')};
    padding: 0;
    font-size: ${sys('font-size-md')};
    font-weight: ${sys('font-weight-bold')};
  }

  .billing__choice {
    display: flex;
    align-items: center;
    gap: ${sys('space-xs')};
    min-height: 2.5rem;
  }

  .billing__choice input {
    flex: none;
    width: 1.125rem;
    height: 1.125rem;
    margin: 0;
    accent-color: ${sys('color-primary')};
  }

  .billing__actions {
    ${wrap}
    gap: ${sys('space-xs')};
  }

  .billing__notice {
    margin: 0;
    justify-content: flex-start;
  }

  .billing__question {
    flex-basis: 100%;
    display: grid;
    gap: ${sys('space-xs')};
  }

  .billing__question-text {
    margin: 0;
  }

  .billing__party {
    display: grid;
    font-style: normal;
  }

  .billing__parties {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: ${sys('space-md')};
  }

  .billing__party-block {
    display: grid;
    gap: ${sys('space-xxs')};
    min-width: 0;
  }

  .billing__back {
    justify-self: start;
  }

  /* The arrow points back the way the text reads. */
  :host(:dir(rtl)) .billing__back-arrow {
    display: inline-block;
    transform: scaleX(-1);
  }

  .billing__lines {
    width: 100%;
    border-collapse: collapse;
    font-size: ${sys('font-size-sm')};
  }

  .billing__lines th {
    color: var(--portico-billing-muted-color);
    font-weight: ${sys('font-weight-medium')};
    text-align: start;
  }

  .billing__lines th,
  .billing__lines td {
    padding: ${sys('space-xs')} ${sys('space-xxs')};
    border-bottom: 1px solid var(--portico-billing-border-color);
    vertical-align: top;
  }

  .billing__lines .billing__num {
    text-align: end;
  }

  @container (max-width: 30rem) {
    .billing__wide-only {
      display: none;
    }
  }

  .billing__totals {
    display: grid;
    gap: ${sys('space-xxs')};
    margin: 0;
    justify-self: end;
    min-width: min(100%, 18rem);
  }

  .billing__total-row {
    display: flex;
    justify-content: space-between;
    gap: ${sys('space-md')};
    font-size: ${sys('font-size-sm')};
  }

  .billing__total-row dt,
  .billing__total-row dd {
    margin: 0;
  }

  .billing__total-row--strong {
    font-size: ${sys('font-size-md')};
    font-weight: ${sys('font-weight-bold')};
  }

  .billing__form {
    ${columns('12rem')}
    gap: ${sys('space-sm')};
  }

  .billing__field--name,
  .billing__field--company,
  .billing__field--line1,
  .billing__field--line2,
  .billing__field--email,
  .billing__form-actions {
    grid-column: 1 / -1;
  }

  .billing__error {
    margin: 0;
    color: ${sys('color-error')};
    font-size: ${sys('font-size-sm')};
  }

  .billing__period {
    ${columns('10rem')}
    gap: ${sys('space-sm')};
  }

  .billing__status {
    white-space: nowrap;
  }
`;
