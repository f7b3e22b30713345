// Views, today / previous / next, a date picker and the filters.
import type {Resource, ResourceType} from '@portico/sdk';
import {html, nothing, type TemplateResult} from 'lit';
import {formatCalendarDay, msg} from '../i18n/index.js';
import {weekOf, type CalendarView} from './calendar-view.js';
import {selectOptions, wrappedField} from '../internal/field.template.js';

export interface ToolbarInput {
  readonly locale: string;
  readonly view: CalendarView;
  readonly day: string;
  readonly timeZone: string;
  readonly resources: readonly Resource[];
  readonly shown: readonly Resource[];
  readonly types: readonly ResourceType[];
  readonly amenities: readonly string[];
  readonly filter: {type: ResourceType | ''; capacity: number; amenity: string};
  readonly weekResourceId: string;
  readonly compact: boolean;
  readonly onView: (view: CalendarView) => void;
  readonly onDay: (day: string) => void;
  readonly onToday: () => void;
  readonly onStep: (n: -1 | 1) => void;
  readonly onFilter: (filter: Partial<ToolbarInput['filter']>) => void;
  readonly onWeekResource: (id: string) => void;
}

const VIEWS: readonly CalendarView[] = ['day', 'week', 'list'];

export function renderToolbar(t: ToolbarInput): TemplateResult {
  const {locale} = t;
  const week = weekOf(t.day);
  const title =
    t.view === 'week'
      ? `${formatCalendarDay(locale, week[0] as string, 'short')} – ${formatCalendarDay(locale, week[6] as string, 'short')}`
      : formatCalendarDay(locale, t.day);
  const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
  return html`<div part="toolbar" class="toolbar">
    <div class="toolbar__nav">
      <div class="toolbar__views" role="group" aria-label=${msg(locale, 'calendar.view')}>
        ${VIEWS.map(
          (view) =>
            html`<button
              type="button"
              class="button button--ghost"
              aria-pressed=${t.view === view ? 'true' : 'false'}
              data-view=${view}
              @click=${() => t.onView(view)}
            >
              ${msg(locale, `calendar.view.${view}`)}
            </button>`,
        )}
      </div>
      <button type="button" class="button button--secondary" data-nav="today" @click=${t.onToday}>
        ${msg(locale, 'calendar.today')}
      </button>
      ${stepButton(t, -1)} ${stepButton(t, 1)}
      <label class="toolbar__date">
        <span class="visually-hidden">${msg(locale, 'calendar.date')}</span>
        <input
          class="input"
          type="date"
          data-nav="date"
          .value=${t.day}
          @change=${(e: Event) => {
            t.onDay(value(e));
            // A cleared date shows the day again. (The binding writes only changes, so a
            // re-render never undoes a date being typed.)
            if (!value(e)) (e.target as HTMLInputElement).value = t.day;
          }}
        />
      </label>
      <h2 class="toolbar__title" aria-live="polite">${title}</h2>
    </div>
    <div class="toolbar__filters" role="group" aria-label=${msg(locale, 'calendar.filters')}>
      ${
        t.view === 'week' && !t.compact
          ? filterSelect(
              msg(locale, 'calendar.filter.resource'),
              'resource',
              t.shown.map((r) => [r.id, r.name]),
              t.weekResourceId,
              t.onWeekResource,
            )
          : nothing
      }
      ${
        t.types.length > 1
          ? filterSelect(
              msg(locale, 'calendar.filter.type'),
              'type',
              [
                ['', msg(locale, 'calendar.filter.anyType')],
                ...t.types.map((type) => [type, msg(locale, `calendar.type.${type}`)] as const),
              ],
              t.filter.type,
              (type) => t.onFilter({type: type as ResourceType | ''}),
            )
          : nothing
      }
      ${wrappedField(
        msg(locale, 'calendar.filter.capacity'),
        html`<input
          class="input toolbar__capacity"
          type="number"
          min="0"
          data-filter="capacity"
          .value=${t.filter.capacity ? String(t.filter.capacity) : ''}
          @change=${(e: Event) => {
            const capacity = Math.max(0, Number(value(e)) || 0);
            t.onFilter({capacity});
            (e.target as HTMLInputElement).value = capacity ? String(capacity) : '';
          }}
        />`,
        'toolbar__field',
      )}
      ${
        t.amenities.length > 0
          ? filterSelect(
              msg(locale, 'calendar.filter.amenity'),
              'amenity',
              [
                ['', msg(locale, 'calendar.filter.anyAmenity')],
                ...t.amenities.map((a) => [a, a] as const),
              ],
              t.filter.amenity,
              (amenity) => t.onFilter({amenity}),
            )
          : nothing
      }
    </div>
  </div>`;
}

/** A filter to choose one of `options` (`[value, text]`), `selected` the current value. */
function filterSelect(
  label: string,
  filter: 'resource' | 'type' | 'amenity',
  options: ReadonlyArray<readonly [value: string, text: string]>,
  selected: string,
  onChange: (value: string) => void,
): TemplateResult {
  return wrappedField(
    label,
    html`<select
      class="input"
      data-filter=${filter}
      @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}
    >
      ${selectOptions(options, selected)}
    </select>`,
    'toolbar__field',
  );
}

/** Previous or next day (a week in the week view). */
function stepButton(t: ToolbarInput, step: -1 | 1): TemplateResult {
  return html`<button
    type="button"
    class="button button--ghost"
    data-nav=${step < 0 ? 'previous' : 'next'}
    aria-label=${msg(t.locale, step < 0 ? 'calendar.previous' : 'calendar.next')}
    @click=${() => t.onStep(step)}
  >
    ${step < 0 ? '‹' : '›'}
  </button>`;
}
