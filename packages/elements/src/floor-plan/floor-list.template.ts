// The list view, the plan's accessible alternative: every place of the floor in reading
// order, its state in words, each a button that chooses it as a tap on the plan would.
import {html, type TemplateResult} from 'lit';
import {msg} from '../i18n/index.js';
import {stateSwatch} from './floor-glyphs.template.js';
import type {Place} from './floor-places.js';
import {notice} from '../internal/notice.template.js';

export interface ListInput {
  readonly locale: string;
  readonly places: readonly Place[];
  readonly labelOf: (place: Place) => string;
  readonly selectedId: string | null;
  readonly onChoose: (index: number) => void;
}

export function renderList(input: ListInput): TemplateResult {
  const {locale, places} = input;
  if (places.length === 0) {
    return notice('list', 'info', msg(locale, 'floorPlan.listEmpty'));
  }
  return html`<ul class="list" part="list">
    ${places.map(
      (place, i) =>
        html`<li class=${`list__item place--${place.state}`}>
          ${stateSwatch(place.state)}
          <button
            type="button"
            class="button button--ghost list__place"
            aria-pressed=${place.resource.id === input.selectedId ? 'true' : 'false'}
            @click=${() => input.onChoose(i)}
          >
            ${input.labelOf(place)}
          </button>
        </li>`,
    )}
  </ul>`;
}
