// The states' glyphs and the busy stripes, drawn once per plan and reused by every place and
// the legend (`<use href="#fp-busy">`): a state never rests on colour alone.
import {html, svg, type SVGTemplateResult, type TemplateResult} from 'lit';
import type {PlaceState} from './floor-places.js';

/** Each state's glyph in a 24 × 24 box: a tick, half a disc, a cross, a star, a lock, a bar. */
const GLYPHS: Record<PlaceState, SVGTemplateResult> = {
  free: svg`<path d="M6 12.5l4 4 8-9" fill="none" stroke-width="3" />`,
  partial: svg`<path d="M12 5a7 7 0 0 1 0 14z" stroke="none" /><circle cx="12" cy="12" r="7" fill="none" stroke-width="2" />`,
  busy: svg`<path d="M7 7l10 10M17 7L7 17" fill="none" stroke-width="3" />`,
  mine: svg`<path d="M12 3.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8L12 16.9l-5.2 2.7 1-5.8-4.3-4.1 5.9-.9z" stroke="none" />`,
  closed: svg`<path d="M8.5 11V8.5a3.5 3.5 0 0 1 7 0V11" fill="none" stroke-width="2.2" /><rect x="6.5" y="11" width="11" height="8" rx="1.5" stroke="none" />`,
  unavailable: svg`<circle cx="12" cy="12" r="7" fill="none" stroke-width="2.2" /><path d="M7 17L17 7" fill="none" stroke-width="2.2" />`,
};

/**
 * An empty SVG holding one `<symbol id="fp-<state>">` per state and the `fp-stripes` pattern,
 * for the plan, the legend and the list. Not `display: none`: patterns there do not paint.
 */
export function glyphDefs(): TemplateResult {
  return html`<svg class="defs" width="0" height="0" aria-hidden="true" focusable="false">
    <defs>
      ${Object.entries(GLYPHS).map(
        ([state, glyph]) =>
          svg`<symbol id=${`fp-${state}`} viewBox="0 0 24 24" class=${`glyph glyph--${state}`}>${glyph}</symbol>`,
      )}
      <pattern
        id="fp-stripes"
        width="8"
        height="8"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="8" height="8" class="stripes__ground" />
        <rect width="3" height="8" class="stripes__line" />
      </pattern>
    </defs>
  </svg>`;
}

/** A state's swatch (its fill, pattern and glyph) beside words: the legend, the list, the card. */
export function stateSwatch(state: PlaceState): TemplateResult {
  return html`<svg class="legend__swatch" viewBox="0 0 24 24" aria-hidden="true">
    <circle
      class="place__shape place__badge"
      cx="12"
      cy="12"
      r="11"
      fill=${state === 'busy' ? 'url(#fp-stripes)' : ''}
    ></circle>
    <use class="place__glyph" href=${`#fp-${state}`} x="4" y="4" width="16" height="16"></use>
  </svg>`;
}
