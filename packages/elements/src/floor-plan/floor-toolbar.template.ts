// Above the plan: which floor, which day and time, map or list; and the legend, each state
// with its glyph and pattern as well as its colour.
import type {Floor} from '@portico/sdk';
import {html, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import {msg} from '../i18n/index.js';
import {stateSwatch} from './floor-glyphs.template.js';
import {PLACE_STATES} from './floor-places.js';
import {button} from '../internal/button.template.js';

export type FloorView = 'map' | 'list';

export interface ToolbarInput {
  readonly locale: string;
  readonly floors: readonly Floor[];
  readonly floorId: string;
  readonly day: string;
  readonly from: string;
  readonly until: string;
  /** The times a span may start or end (`HH:MM`, every half hour of the day). */
  readonly times: readonly string[];
  readonly view: FloorView;
  readonly onFloor: (id: string) => void;
  readonly onDay: (day: string) => void;
  /** One end of the span changed (the other stays as the element has it). */
  readonly onSpan: (change: {from?: string; until?: string}) => void;
  readonly onView: (view: FloorView) => void;
}

export function renderToolbar(input: ToolbarInput): TemplateResult {
  const {locale} = input;
  const select = (label: string, value: string, onChange: (value: string) => void) =>
    html`<label class="toolbar__field">
      <span>${label}</span>
      <select
        class="input"
        .value=${live(value)}
        @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}
      >
        ${input.times.map((t) => html`<option value=${t} ?selected=${t === value}>${t}</option>`)}
      </select>
    </label>`;
  return html`<div class="toolbar" part="toolbar">
    <div class="toolbar__floors" role="group" aria-label=${msg(locale, 'floorPlan.floors')}>
      ${input.floors.map((floor) =>
        button(floor.name, {
          class: 'button button--secondary toolbar__floor',
          part: 'floor-button',
          pressed: floor.id === input.floorId,
          onClick: () => input.onFloor(floor.id),
        }),
      )}
    </div>
    <div class="toolbar__when">
      <label class="toolbar__field">
        <span>${msg(locale, 'floorPlan.date')}</span>
        <input
          class="input"
          type="date"
          part="date"
          .value=${live(input.day)}
          @change=${(e: Event) => input.onDay((e.target as HTMLInputElement).value)}
        />
      </label>
      ${select(msg(locale, 'floorPlan.from'), input.from, (from) => input.onSpan({from}))}
      ${select(msg(locale, 'floorPlan.until'), input.until, (until) => input.onSpan({until}))}
    </div>
    <div class="toolbar__views" role="group" aria-label=${msg(locale, 'floorPlan.views')}>
      ${(['map', 'list'] as const).map((view) =>
        button(msg(locale, `floorPlan.view.${view}`), {
          class: 'button button--ghost toolbar__view',
          part: `view-${view}-button`,
          pressed: view === input.view,
          onClick: () => input.onView(view),
        }),
      )}
    </div>
  </div>`;
}

/** The states' legend; `planStates` false (signed out) leaves out "not for your plan". */
export function renderLegend(locale: string, planStates: boolean): TemplateResult {
  const states = planStates ? PLACE_STATES : PLACE_STATES.filter((s) => s !== 'unavailable');
  return html`<ul class="legend" part="legend" aria-label=${msg(locale, 'floorPlan.legend')}>
    ${states.map(
      (state) =>
        html`<li class=${`legend__item place--${state}`}>
          ${stateSwatch(state)} ${msg(locale, `floorPlan.state.${state}`)}
        </li>`,
    )}
  </ul>`;
}
