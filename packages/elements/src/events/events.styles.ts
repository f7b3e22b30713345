import {css} from 'lit';
import {card, cardTokens} from '../internal/card.styles.js';
import {sys} from '../internal/tokens.js';
import {wrap} from '../internal/layout.styles.js';
import {boxed, mutedText} from '../internal/card-parts.styles.js';
import {heading} from '../internal/text.styles.js';

/** How the element's card differs from the plain one (its tokens follow). */
const CARD = {muted: 'muted-color'} as const;

/** The component tokens `<portico-events>` reads, sorted (see credit-balance.styles.ts). */
export const EVENTS_TOKENS = /* @__PURE__ */ cardTokens(CARD, 'accent');

export default css`
  ${card('events', CARD)}

  :host {
    --portico-events-accent: ${sys('color-primary-container')};
  }

  .events {
    display: grid;
    gap: ${sys('space-md')};
    min-width: 0;
  }

  .events__title {
    ${heading('lg')}
  }

  .events__bar {
    ${wrap}
    gap: ${sys('space-sm')};
    align-items: end;
    justify-content: space-between;
  }

  .events__views {
    display: inline-flex;
    max-width: 100%;
    border: 1px solid var(--portico-events-border-color);
    border-radius: ${sys('radius-full')};
    padding: ${sys('space-xxs')};
    gap: ${sys('space-xxs')};
  }

  .events__view {
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    border-radius: ${sys('radius-full')};
    padding: ${sys('space-xs')} ${sys('space-sm')};
    white-space: nowrap;
    min-height: 2.75rem;
    cursor: pointer;
  }

  .events__view[aria-pressed='true'] {
    background: ${sys('color-primary')};
    color: ${sys('color-on-primary')};
  }

  .events__filter {
    display: grid;
    gap: ${sys('space-xxs')};
    font-size: ${sys('font-size-sm')};
    color: var(--portico-events-muted-color);
  }

  .events__layout {
    display: grid;
    gap: ${sys('space-lg')};
    grid-template-columns: minmax(0, 1fr);
  }

  @media (min-width: 56rem) {
    .events__layout {
      grid-template-columns: 18rem minmax(0, 1fr);
      align-items: start;
    }
  }

  .events__main {
    display: grid;
    gap: ${sys('space-sm')};
    min-width: 0;
  }

  .events__count,
  .events__empty,
  .events__hint,
  .events__audience,
  .events__category {
    ${mutedText('events')}
    font-size: ${sys('font-size-sm')};
  }

  .events__category {
    text-transform: uppercase;
    letter-spacing: 0.04em;
    font-size: ${sys('font-size-xs')};
    font-weight: ${sys('font-weight-bold')};
  }

  .events__list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: ${sys('space-sm')};
  }

  .events__card {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: ${sys('space-md')};
    padding: ${sys('space-md')};
    ${boxed('events')}
  }

  .events__tile {
    display: grid;
    place-items: center;
    align-content: center;
    width: 3.5rem;
    height: 3.5rem;
    border-radius: ${sys('radius-md')};
    background: var(--portico-events-accent);
    color: ${sys('color-on-primary-container')};
    line-height: 1.1;
  }

  .events__tile-month {
    font-size: ${sys('font-size-xs')};
    text-transform: uppercase;
  }

  .events__tile-day {
    font-size: ${sys('font-size-lg')};
    font-weight: ${sys('font-weight-bold')};
  }

  .events__card-body {
    display: grid;
    gap: ${sys('space-xxs')};
    min-width: 0;
  }

  .events__card-title,
  .events__detail-title {
    ${heading('md')}
  }

  .events__detail-title {
    font-size: ${sys('font-size-lg')};
  }

  .events__open {
    font: inherit;
    font-weight: ${sys('font-weight-bold')};
    color: inherit;
    background: none;
    border: 0;
    padding: 0;
    text-align: start;
    cursor: pointer;
  }

  .events__open:hover {
    text-decoration: underline;
  }

  .events__meta,
  .events__badges {
    margin: 0;
    ${wrap}
    gap: ${sys('space-xs')} ${sys('space-sm')};
    align-items: center;
    font-size: ${sys('font-size-sm')};
    min-width: 0;
  }

  .events__meta {
    color: var(--portico-events-muted-color);
  }

  .events__seats {
    color: var(--portico-events-muted-color);
  }

  .badge--neutral {
    background: ${sys('color-surface-container')};
    color: ${sys('color-on-surface-variant')};
  }

  .events__calendar {
    display: grid;
    gap: ${sys('space-xs')};
    padding: ${sys('space-sm')};
    ${boxed('events')}
  }

  .events__cal-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
  }

  .events__cal-title {
    ${heading('md')}
    text-transform: capitalize;
  }

  .events__cal-grid {
    display: grid;
    grid-template-columns: repeat(7, minmax(0, 1fr));
    gap: ${sys('space-xxs')};
    text-align: center;
  }

  .events__cal-cell {
    display: grid;
    place-items: center;
    min-height: 2.25rem;
    font: inherit;
    font-size: ${sys('font-size-sm')};
  }

  .events__cal-weekday {
    color: var(--portico-events-muted-color);
    font-size: ${sys('font-size-xs')};
    min-height: 1.5rem;
  }

  .events__cal-day {
    color: var(--portico-events-muted-color);
  }

  .events__cal-day--busy {
    border: 0;
    border-radius: ${sys('radius-full')};
    background: var(--portico-events-accent);
    color: ${sys('color-on-primary-container')};
    font-weight: ${sys('font-weight-bold')};
    cursor: pointer;
  }

  .events__cal-day--busy[aria-pressed='true'] {
    background: ${sys('color-primary')};
    color: ${sys('color-on-primary')};
  }

  .events__detail {
    display: grid;
    gap: ${sys('space-sm')};
    min-width: 0;
  }

  .events__back {
    justify-self: start;
  }

  .events__facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: ${sys('space-sm')};
    margin: 0;
  }

  .events__facts dt {
    font-size: ${sys('font-size-xs')};
    color: var(--portico-events-muted-color);
  }

  .events__facts dd {
    margin: 0;
  }

  .events__description {
    border-block-start: 1px solid var(--portico-events-border-color);
    padding-block-start: ${sys('space-sm')};
    max-width: 65ch;
  }

  .events__actions {
    ${wrap}
    gap: ${sys('space-sm')};
  }

  .events__my-status {
    margin: 0;
    ${wrap}
    gap: ${sys('space-sm')};
    align-items: center;
  }

  .events__quote {
    /* A form reads best at the description's measure, not the whole card's width. */
    max-inline-size: 40rem;
    display: grid;
    gap: ${sys('space-sm')};
    padding: ${sys('space-md')};
    ${boxed('events')}
    background: ${sys('color-surface-container')};
  }

  .events__quote-title,
  .events__subtitle {
    ${heading('md')}
  }

  .events__guests {
    max-width: 6rem;
  }

  .events__pay {
    display: grid;
    gap: ${sys('space-xs')};
    border: 0;
    margin: 0;
    padding: 0;
  }

  .events__choice {
    display: flex;
    gap: ${sys('space-xs')};
    align-items: center;
    min-height: 2.75rem;
  }

  .events__total {
    margin: 0;
    display: flex;
    justify-content: space-between;
    font-size: ${sys('font-size-md')};
  }

  .events__question {
    display: grid;
    gap: ${sys('space-sm')};
  }

  .events__question p {
    margin: 0;
  }

  .events__skeleton-card {
    height: 5rem;
  }
`;
