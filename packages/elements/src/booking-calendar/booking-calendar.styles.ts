import {css} from 'lit';
import {card, cardTokens} from '../internal/card.styles.js';
import {panelStyles} from './booking-panel.styles.js';
import {sys} from '../internal/tokens.js';
import {heading} from '../internal/text.styles.js';
import {bareList, cluster, split, stack, wrap} from '../internal/layout.styles.js';

/** How the element's card differs from the plain one (its tokens follow). */
const CARD = {frame: 'calendar', muted: 'label-color'} as const;

/**
 * The component tokens `<portico-booking-calendar>` reads, sorted. Each is set on `:host`
 * from a system token and can be overridden by the page.
 */
export const BOOKING_CALENDAR_TOKENS = /* @__PURE__ */ cardTokens(
  CARD,
  'busy-color',
  'cell-height',
  'closed-background',
  'focus-color',
  'free-background',
  'selected-background',
);

export default css`
  ${card('booking-calendar', CARD)}
  ${panelStyles('booking-calendar', ['mine'])}

  :host {
    --portico-booking-calendar-busy-color: ${sys('color-outline')};
    --portico-booking-calendar-cell-height: 1.5rem;
    /* Mixed from the text colour so closed time stands apart from free time in light and
       dark themes alike (a surface step alone was 1.1:1 in dark). */
    --portico-booking-calendar-closed-background: color-mix(
      in srgb,
      ${sys('color-on-surface')} 11%,
      ${sys('color-surface')}
    );
    --portico-booking-calendar-focus-color: ${sys('color-focus-ring')};
    --portico-booking-calendar-free-background: ${sys('color-surface')};
    --portico-booking-calendar-selected-background: ${sys('color-primary')};
    display: block;
    min-width: 0;
  }

  .calendar {
    ${stack}
    gap: ${sys('space-md')};
    outline: none;
  }

  .calendar__skeleton {
    height: 20rem;
  }

  .calendar__zone,
  .calendar__hint {
    margin: 0;
    color: var(--portico-booking-calendar-label-color);
    font-size: ${sys('font-size-sm')};
  }

  .toolbar,
  .toolbar__nav,
  .toolbar__filters,
  .toolbar__views {
    ${cluster}
    gap: ${sys('space-sm')};
  }

  .toolbar {
    flex-direction: column;
    align-items: stretch;
  }

  .toolbar__title {
    ${heading('lg')}
  }

  .toolbar__views [aria-pressed='true'] {
    font-weight: ${sys('font-weight-bold')};
    text-decoration: underline;
  }

  .toolbar__field {
    min-width: 8rem;
  }

  .toolbar__capacity {
    width: 5rem;
  }

  .calendar__scroll {
    overflow: auto;
    max-height: 36rem;
    border: 1px solid var(--portico-booking-calendar-border-color);
    user-select: none;
  }

  /* As wide as its columns, not the scroller: the rows, the sticky times' containing blocks
     and the header's background, span the whole scrolled width. */
  .grid {
    width: max-content;
    min-width: 100%;
  }

  /* Rows of equal flexible columns: flex, not a grid per row (a grid sizes its 351 tracks
     again in each of the 25 rows, a third of a cold first render's layout). */
  .grid__row {
    display: flex;
  }

  .grid__corner,
  .grid__time {
    flex: none;
    width: 5.5rem;
  }

  /* The minimum too, so the grid's max-content width adds up the columns even where an
     engine leaves the basis out of it; contained: a long name never widens the grid. */
  .grid__head,
  .cell {
    flex: 1 0 6rem;
    min-width: 6rem;
    contain: inline-size;
  }

  .calendar__scroll--compact .grid__head,
  .calendar__scroll--compact .cell {
    flex-basis: 1.25rem;
    min-width: 1.25rem;
  }

  /* A day's columns (grid-spans.ts): as wide as its columns, and skipped by style, layout
     and paint while scrolled away: a compact week's first frame makes and draws the ~1,000
     cells on screen, not 8,400. Its size while skipped is its columns' minimum, then as last
     seen. */
  .grid__span {
    --portico-column: 6rem;
    --portico-span-width: calc(var(--portico-span-cells) * var(--portico-column));
    display: flex;
    flex: 1 0 var(--portico-span-width);
    min-width: var(--portico-span-width);
    content-visibility: auto;
    contain-intrinsic-size: auto var(--portico-span-width) auto
      var(--portico-booking-calendar-cell-height);
  }

  .grid__span--later {
    content-visibility: hidden;
  }

  /* Stands in for columns of a span not made yet (grid-spans.ts): as wide as they would be. */
  .grid__rest {
    --portico-rest-width: calc(var(--portico-rest) * var(--portico-column));
    flex: var(--portico-rest) 0 var(--portico-rest-width);
    min-width: var(--portico-rest-width);
  }

  /* The headers are drawn as soon as they are made: a closed day's taller header is made with
     the first frame (grid-heads.directive.ts), so the header row does not grow later. */
  .grid__row--head .grid__span {
    content-visibility: visible;
  }

  .calendar__scroll--compact .grid__span {
    --portico-column: 1.25rem;
  }

  .grid__row--head {
    position: sticky;
    top: 0;
    z-index: 2;
    background: var(--portico-booking-calendar-background);
  }

  .grid__head,
  .grid__corner {
    padding: ${sys('space-xs')};
    border-bottom: 1px solid var(--portico-booking-calendar-border-color);
    font-size: ${sys('font-size-sm')};
    font-weight: ${sys('font-weight-medium')};
    overflow: hidden;
    text-overflow: ellipsis;
  }

  /* A block on one line: an inline box across writing modes costs its own line layout. Always
     12rem tall: the header row does not grow as later days' headers are made (grid-spans.ts),
     and the longest names end in an ellipsis (the header says them whole to a screen reader,
     and in its tooltip) with the rows in view below. */
  .calendar__scroll--compact .grid__head span:first-child {
    display: block;
    inline-size: 12rem;
    overflow: hidden;
    writing-mode: vertical-rl;
    white-space: nowrap;
    text-overflow: ellipsis;
  }

  .grid__closed {
    display: block;
    color: var(--portico-booking-calendar-label-color);
    font-weight: ${sys('font-weight-regular')};
  }

  .grid__time {
    position: sticky;
    left: 0;
    z-index: 1;
    padding-inline: ${sys('space-xs')};
    background: var(--portico-booking-calendar-background);
    color: var(--portico-booking-calendar-label-color);
    font-size: ${sys('font-size-xs')};
    font-family: ${sys('font-family-numeric')};
    line-height: var(--portico-booking-calendar-cell-height);
    white-space: nowrap;
    overflow: hidden;
  }

  .calendar__legend {
    ${wrap}
    gap: ${sys('space-xs')} ${sys('space-md')};
    ${bareList}
    color: var(--portico-booking-calendar-label-color);
    font-size: ${sys('font-size-sm')};
  }

  .calendar__legend li {
    display: flex;
    align-items: center;
    gap: ${sys('space-xs')};
  }

  /* Not .cell: the swatches must never count as grid cells. */
  .calendar__swatch {
    display: inline-block;
    width: 1.5rem;
    height: 1rem;
    border: 1px solid var(--portico-booking-calendar-border-color);
    background: var(--portico-booking-calendar-closed-background);
  }

  .calendar__swatch--selected {
    background: var(--portico-booking-calendar-selected-background);
  }

  .cell {
    height: var(--portico-booking-calendar-cell-height);
    border-left: 1px solid var(--portico-booking-calendar-border-color);
    border-bottom: 1px solid var(--portico-booking-calendar-border-color);
    background: var(--portico-booking-calendar-closed-background);
    /* Fingers scroll the grid; a long press selects (see grid-input-controller.ts). */
    touch-action: manipulation;
    -webkit-touch-callout: none;
    user-select: none;
  }

  /* The legend's swatches look like the cells they name. */
  .calendar__swatch--free,
  .cell--free {
    background: var(--portico-booking-calendar-free-background);
  }

  .cell--free {
    cursor: pointer;
  }

  .calendar__swatch--busy,
  .cell--busy {
    background: repeating-linear-gradient(
      45deg,
      var(--portico-booking-calendar-busy-color) 0 2px,
      var(--portico-booking-calendar-closed-background) 2px 7px
    );
  }

  .cell--nonexistent {
    background: transparent;
  }

  .cell.cell--selected {
    background: var(--portico-booking-calendar-selected-background);
  }

  .cell:focus-visible {
    outline: 2px solid var(--portico-booking-calendar-focus-color);
    outline-offset: -2px;
  }

  .list {
    ${stack}
    gap: ${sys('space-md')};
  }

  .list__name {
    margin: 0 0 ${sys('space-xs')};
    font-size: ${sys('font-size-md')};
  }

  .list__seats {
    color: var(--portico-booking-calendar-label-color);
    font-size: ${sys('font-size-sm')};
    font-weight: ${sys('font-weight-regular')};
  }

  .list__slots {
    ${wrap}
    gap: ${sys('space-xs')};
    ${bareList}
  }

  /* The chosen slot reads as chosen without colour alone: filled, bold, with a check. */
  .list__slot--selected {
    color: ${sys('color-on-primary')};
    font-weight: ${sys('font-weight-bold')};
    background: var(--portico-booking-calendar-selected-background);
    border-color: var(--portico-booking-calendar-selected-background);
  }

  .list__slot--selected::before {
    content: '✓ ';
  }

  /* Narrow widths: the selection, its price and Confirm stay at the bottom of the screen
     while the calendar is in view (sticky inside the element, so a host page's layout holds). */
  .bar {
    position: sticky;
    bottom: 0;
    z-index: 2;
    ${split}
    gap: ${sys('space-sm')};
    margin: 0 calc(-1 * var(--portico-booking-calendar-padding))
      calc(-1 * var(--portico-booking-calendar-padding));
    padding: ${sys('space-sm')} var(--portico-booking-calendar-padding);
    background: var(--portico-booking-calendar-background);
    border-top: 1px solid var(--portico-booking-calendar-border-color);
    border-radius: 0 0 var(--portico-booking-calendar-border-radius)
      var(--portico-booking-calendar-border-radius);
    box-shadow: ${sys('elevation-2')};
  }

  .bar__summary {
    ${stack}
    min-width: 0;
    ${heading('sm')}
  }

  .bar__price {
    font-size: ${sys('font-size-md')};
  }

  .mine__tabs {
    display: flex;
    gap: ${sys('space-xs')};
  }

  .mine__tab[aria-pressed='true'] {
    font-weight: ${sys('font-weight-bold')};
    text-decoration: underline;
  }

  .mine__list {
    ${stack}
    gap: ${sys('space-sm')};
    width: 100%;
    ${bareList}
  }

  .mine__item {
    ${wrap}
    justify-content: space-between;
    gap: ${sys('space-sm')};
    padding-bottom: ${sys('space-sm')};
    border-bottom: 1px solid var(--portico-booking-calendar-border-color);
  }

  .mine__what {
    ${cluster}
    gap: ${sys('space-sm')};
  }

  .mine__actions {
    display: flex;
    gap: ${sys('space-xs')};
  }

  .mine__confirm {
    width: 100%;
  }

  .mine__skeleton {
    width: 100%;
    height: 3rem;
  }
`;
