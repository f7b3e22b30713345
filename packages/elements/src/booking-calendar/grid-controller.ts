// The day and week views' grid: built from the space, the availability and the shown
// resources (and reused while they stay the same), drawn with its notices and legend, and
// scrolled to the first free row once per day shown.
import type {Availability, Resource, Space} from '@portico/sdk';
import {html, nothing, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {formatCalendarDay, msg} from '../i18n/index.js';
import {HostController} from '../internal/host-controller.js';
import {
  buildCalendarGrid,
  dayNotice,
  type CalendarGrid,
  type ResourceTimes,
} from './calendar-grid.js';
import {columnLabel, renderGrid, renderLegend, rowLabels} from './calendar-grid.template.js';
import {isSelected, type ResolvedSelection} from './calendar-selection.js';
import {columnsOf, hourText} from './calendar-view.js';
import {revealSpans} from './grid-spans.js';
import type {GridInputController} from './grid-input-controller.js';

/** What the grid shows. */
export interface GridSource {
  readonly space: Space;
  readonly availability: Availability;
  /** ISO instant, to the minute. */
  readonly now: string;
  readonly view: 'day' | 'week';
  readonly day: string;
  readonly compact: boolean;
  /** The element's `hour-start` and `hour-end`, as typed. */
  readonly hourStart: string;
  readonly hourEnd: string;
  /** The resources shown (one in a week view that is not compact). */
  readonly resources: readonly Resource[];
}

export interface GridRenderInput {
  readonly locale: string;
  readonly selection: ResolvedSelection | null;
  readonly readonly: boolean;
  readonly compact: boolean;
  readonly input: GridInputController;
}

export interface GridHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class GridController extends HostController<GridHost> {
  readonly #source: () => GridSource | undefined;
  #memo: {key: unknown[]; grid: CalendarGrid} | undefined;
  #columnLabels: {key: string; columns: CalendarGrid['columns']; labels: string[]} | undefined;
  /** The day and view the grid was last scrolled for (see `#scrollToFirstFree`). */
  #scrolledFor: string | undefined;

  constructor(host: GridHost, source: () => GridSource | undefined) {
    super(host);
    this.#source = source;
  }

  hostUpdated(): void {
    const scroller = this.host.renderRoot.querySelector<HTMLElement>('.calendar__scroll');
    if (!scroller) return; // the list view
    this.#scrollToFirstFree(scroller);
    revealSpans(scroller);
  }

  /** The grid of the current source; the same object while nothing it shows changed. */
  get grid(): CalendarGrid | undefined {
    const source = this.#source();
    if (!source) return undefined;
    const {space, availability, now, view, day, compact, hourStart, hourEnd} = source;
    const key: unknown[] = [space, availability, now, view, day, compact, hourStart, hourEnd];
    key.push(...source.resources);
    const cached = this.#memo;
    if (cached && cached.key.length === key.length && cached.key.every((k, i) => k === key[i])) {
      return cached.grid;
    }
    const map = new Map<string, ResourceTimes>(
      availability.resources.map((r) => [r.resourceId, r]),
    );
    const grid = buildCalendarGrid({
      space,
      columns: columnsOf(view, day, source.resources, compact),
      availability: map,
      now,
      hourStart: hourText(hourStart),
      hourEnd: hourText(hourEnd),
      previous: cached?.grid,
    });
    this.#memo = {key, grid};
    return grid;
  }

  /** The grid with what it says as a whole, its hint and legend; the input controller listens. */
  render({locale, selection, readonly, compact, input}: GridRenderInput): TemplateResult {
    const source = this.#source();
    const grid = this.grid;
    if (!source || !grid) return html``;
    input.clampFocus(grid.rows.length, grid.columns.length);
    const notice = dayNotice(grid);
    const first = grid.columns[0]?.day ?? source.day;
    const last = grid.columns.at(-1)?.day ?? source.day;
    const range =
      first === last
        ? formatCalendarDay(locale, first)
        : `${formatCalendarDay(locale, first, 'short')} – ${formatCalendarDay(locale, last, 'short')}`;
    const on = input.listeners;
    return html`
      ${notice ? html`<p class="notice notice--info">${msg(locale, notice)}</p>` : nothing}
      ${
        readonly
          ? nothing
          : html`<p class="calendar__hint" id="grid-hint">${msg(locale, 'calendar.hint')}</p>`
      }
      ${renderLegend(locale, readonly)}
      <div
        class=${`calendar__scroll${compact ? ' calendar__scroll--compact' : ''}`}
        @pointerdown=${on.pointerdown}
        @pointermove=${on.pointermove}
        @pointerup=${on.pointerup}
        @pointercancel=${on.pointercancel}
        @touchmove=${on.touchmove}
        @contextmenu=${on.contextmenu}
        @keydown=${on.keydown}
        @focusin=${on.focusin}
      >
        ${renderGrid({
          grid,
          locale,
          rowLabels: rowLabels(grid, locale, source.space.timeZone),
          columnLabels: this.#labels(grid, locale, source.view === 'week', compact),
          selected: (r) =>
            selection && isSelected(selection, selection.column, r) ? selection.column : null,
          focus: input.focus,
          label: msg(locale, 'calendar.gridLabel', {range}),
          readonly,
        })}
      </div>
    `;
  }

  /** Column headers, kept while the grid keeps its columns array (an availability change). */
  #labels(grid: CalendarGrid, locale: string, week: boolean, compact: boolean): string[] {
    const key = `${locale}|${week}|${compact}`;
    let cached = this.#columnLabels;
    if (cached?.key !== key || cached.columns !== grid.columns) {
      const labels = grid.columns.map((c) => columnLabel(c, locale, week, !week || compact));
      cached = {key, columns: grid.columns, labels};
      this.#columnLabels = cached;
    }
    return cached.labels;
  }

  /**
   * Once per day and view shown, scrolls the grid to the first row with a free cell: this
   * evening's calendar opens on the evening, not on the morning's past hours.
   */
  #scrollToFirstFree(scroller: HTMLElement): void {
    const source = this.#source();
    const grid = source ? this.grid : undefined;
    if (!source || !grid) return;
    const key = `${source.view}|${source.day}`;
    if (this.#scrolledFor === key) return;
    this.#scrolledFor = key;
    const row = grid.cells.findIndex((cells) => cells.some((c) => c.state === 'free'));
    // The row, not a cell: its cells may be in spans not rendered yet (grid-spans.ts).
    const line =
      row > 0 ? scroller.querySelector(`[role="row"][aria-rowindex="${row + 2}"]`) : null;
    const head = scroller.querySelector<HTMLElement>('.grid__row--head');
    if (!line) return;
    const offset = line.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    scroller.scrollTop += offset - (head?.offsetHeight ?? 0);
  }
}
