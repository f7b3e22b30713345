import {css} from 'lit';
import {panelStyles} from '../booking-calendar/booking-panel.styles.js';
import {card, cardTokens} from '../internal/card.styles.js';
import {sys} from '../internal/tokens.js';
import {bareList, cluster, stack, wrap} from '../internal/layout.styles.js';
import {boxed} from '../internal/card-parts.styles.js';

/** How the element's card differs from the plain one (its tokens follow). */
const CARD = {muted: 'label-color'} as const;

/**
 * The component tokens `<portico-floor-plan>` reads, sorted. Each is set on `:host` from a
 * system token and can be overridden by the page.
 */
export const FLOOR_PLAN_TOKENS = /* @__PURE__ */ cardTokens(
  CARD,
  'busy-color',
  'focus-color',
  'free-color',
  'mine-color',
);

export default css`
  ${card('floor-plan', CARD)}
  ${panelStyles('floor-plan')}

  :host {
    --portico-floor-plan-busy-color: ${sys('color-outline')};
    --portico-floor-plan-focus-color: ${sys('color-focus-ring')};
    --portico-floor-plan-free-color: ${sys('color-success-container')};
    --portico-floor-plan-mine-color: ${sys('color-primary')};
    display: block;
    min-width: 0;
  }

  .floor-plan {
    ${stack}
    gap: ${sys('space-md')};
    container-type: inline-size;
  }

  .floor-plan__body {
    display: grid;
    gap: ${sys('space-md')} ${sys('space-lg')};
    align-items: start;
  }

  .floor-plan__main,
  .floor-plan__side {
    ${stack}
    gap: ${sys('space-md')};
    min-width: 0;
  }

  /* Wide: the plan, and beside it the legend, the chosen place and the booking panel. */
  @container (min-width: 50rem) {
    .floor-plan__body {
      grid-template-columns: minmax(0, 1fr) 20rem;
    }

    .floor-plan__side .legend {
      flex-direction: column;
    }
  }

  .defs {
    position: absolute;
  }

  .floor-plan__skeleton {
    aspect-ratio: 3 / 2;
  }

  .floor-plan__hint {
    margin: 0;
    color: var(--portico-floor-plan-label-color);
    font-size: ${sys('font-size-sm')};
  }

  /* ---- toolbar */

  .toolbar {
    ${wrap}
    align-items: flex-end;
    justify-content: space-between;
    gap: ${sys('space-sm')} ${sys('space-md')};
  }

  .toolbar__floors,
  .toolbar__when,
  .toolbar__views {
    ${wrap}
    align-items: flex-end;
    gap: ${sys('space-xs')};
    min-width: 0;
  }

  .toolbar__floor {
    max-width: 100%;
  }

  .toolbar__floor[aria-pressed='true'] {
    color: ${sys('color-on-primary')};
    background: ${sys('color-primary')};
    border-color: ${sys('color-primary')};
  }

  .toolbar__view[aria-pressed='true'] {
    font-weight: ${sys('font-weight-bold')};
    text-decoration: underline;
    text-underline-offset: 0.25em;
  }

  .toolbar__field {
    ${stack}
    gap: ${sys('space-xxs')};
    color: var(--portico-floor-plan-label-color);
    font-size: ${sys('font-size-sm')};
  }

  /* ---- legend */

  .legend {
    ${wrap}
    gap: ${sys('space-xs')} ${sys('space-md')};
    margin: 0;
    padding: 0;
    font-size: ${sys('font-size-sm')};
    list-style: none;
  }

  .legend__item {
    display: inline-flex;
    align-items: center;
    gap: ${sys('space-xs')};
  }

  .legend__swatch {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
  }

  /* ---- the plan */

  .map {
    position: relative;
  }

  .map__viewport {
    overflow: hidden;
    background: ${sys('color-surface-container')};
    ${boxed('floor-plan')}
    cursor: grab;
    /* The element handles drags and pinches itself. */
    touch-action: none;
    user-select: none;
  }

  .map__stage {
    position: relative;
    transform-origin: 0 0;
  }

  .map__drawing,
  .map__places {
    display: block;
    width: 100%;
    height: auto;
  }

  .map__drawing {
    position: absolute;
    inset: 0;
    height: 100%;
    pointer-events: none;
  }

  .map__places {
    position: relative;
  }

  /* Under the plan, never over it (on a phone they would hide half of it). */
  .map__zoom {
    display: flex;
    justify-content: flex-end;
    gap: ${sys('space-xxs')};
    margin-top: ${sys('space-xs')};
  }

  .map__zoom-button {
    min-width: 2.75rem;
    font-size: ${sys('font-size-lg')};
    line-height: 1;
  }

  .shape__wall {
    fill: none;
    stroke: ${sys('color-on-surface-variant')};
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .shape__area {
    fill: color-mix(in srgb, ${sys('color-on-surface')} 6%, transparent);
    stroke: var(--portico-floor-plan-border-color);
    stroke-dasharray: 8 6;
  }

  .shape__label,
  .place__name {
    fill: var(--portico-floor-plan-label-color);
    font-family: inherit;
    text-anchor: middle;
    dominant-baseline: middle;
    pointer-events: none;
  }

  /* A room's name, on the lines it was cut into to stay inside the room (name-lines.ts). */
  .place__name {
    fill: var(--portico-floor-plan-color);
    font-weight: ${sys('font-weight-bold')};
    unicode-bidi: isolate;
  }

  /* ---- places: each state has a fill, a stroke and a glyph */

  .place {
    cursor: pointer;
    outline: none;
  }

  .place__shape,
  .place__badge {
    stroke: ${sys('color-on-surface-variant')};
    stroke-width: 2;
    vector-effect: non-scaling-stroke;
  }

  polygon.place__shape {
    fill-opacity: 0.7;
  }

  /* The glyph's shapes inherit these through <use>. */
  .place__glyph {
    fill: ${sys('color-on-surface')};
    stroke: ${sys('color-on-surface')};
    pointer-events: none;
  }

  .place--free .place__shape,
  .place--free .place__badge {
    fill: var(--portico-floor-plan-free-color);
    stroke: ${sys('color-success')};
  }

  .place--free .place__glyph {
    fill: ${sys('color-on-success-container')};
    stroke: ${sys('color-on-success-container')};
  }

  .place--partial .place__shape,
  .place--partial .place__badge {
    fill: ${sys('color-warning-container')};
    stroke: ${sys('color-on-warning-container')};
    stroke-dasharray: 4 3;
  }

  .place--busy .place__shape {
    stroke: var(--portico-floor-plan-busy-color);
  }

  .place--busy polygon.place__shape + .place__badge,
  .place--closed .place__shape,
  .place--closed .place__badge {
    fill: color-mix(in srgb, ${sys('color-on-surface')} 14%, ${sys('color-surface')});
  }

  .place--mine .place__shape,
  .place--mine .place__badge {
    fill: var(--portico-floor-plan-mine-color);
    stroke: var(--portico-floor-plan-mine-color);
  }

  .place--mine .place__glyph {
    fill: ${sys('color-on-primary')};
    stroke: ${sys('color-on-primary')};
  }

  .place--unavailable .place__shape,
  .place--unavailable .place__badge {
    fill: ${sys('color-surface')};
    stroke: ${sys('color-outline')};
    stroke-dasharray: 2 3;
  }

  .stripes__ground {
    fill: ${sys('color-surface')};
  }

  .stripes__line {
    fill: var(--portico-floor-plan-busy-color);
  }

  .place:hover .place__badge,
  .place:hover polygon.place__shape {
    stroke-width: 3.5;
  }

  .place:focus-visible .place__badge,
  .place:focus-visible polygon.place__shape,
  .place--selected .place__badge,
  .place--selected polygon.place__shape,
  .place--followed .place__badge {
    stroke: var(--portico-floor-plan-focus-color);
    stroke-width: 5;
  }

  /* ---- list, card */

  .list {
    ${stack}
    gap: ${sys('space-xxs')};
    ${bareList}
  }

  .list__item {
    display: flex;
    align-items: center;
    gap: ${sys('space-sm')};
    min-width: 0;
  }

  .list__place {
    min-width: 0;
    text-align: start;
  }

  .list__place[aria-pressed='true'] {
    font-weight: ${sys('font-weight-bold')};
  }

  .card {
    ${wrap}
    gap: ${sys('space-md')};
    align-items: flex-start;
    padding: ${sys('space-md')};
    ${boxed('floor-plan')}
    box-shadow: ${sys('elevation-1')};
  }

  .card__photo {
    width: 8rem;
    aspect-ratio: 4 / 3;
    object-fit: cover;
    border-radius: ${sys('radius-sm')};
  }

  .card__close {
    flex: none;
  }

  .card__head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: ${sys('space-sm')};
  }

  .card__body {
    display: flex;
    flex: 1 1 12rem;
    flex-direction: column;
    gap: ${sys('space-xs')};
    min-width: 0;
  }

  .card__body p,
  .card__title {
    margin: 0;
  }

  .card__title {
    font-size: ${sys('font-size-lg')};
    outline: none;
  }

  .card__state,
  .card__facts {
    ${cluster}
    gap: ${sys('space-xs')} ${sys('space-md')};
    color: var(--portico-floor-plan-label-color);
  }

  .card__price {
    color: var(--portico-floor-plan-color);
    font-weight: ${sys('font-weight-bold')};
  }

  .card__amenities {
    ${wrap}
    gap: ${sys('space-xxs')};
    ${bareList}
  }

  .card__amenity {
    padding: 0 ${sys('space-xs')};
    font-size: ${sys('font-size-sm')};
    background: ${sys('color-surface-container')};
    border-radius: ${sys('radius-sm')};
  }
`;
