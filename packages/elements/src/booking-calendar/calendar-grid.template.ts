// The day/week grid as an ARIA grid (WAI-ARIA APG): one row per time, one gridcell per
// column, a roving tabindex. Rows and cells are keyed, so a change of availability only
// touches the cells whose state changed.
import {instantToZonedParts} from '@portico/sdk/domain';
import {html, type TemplateResult} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import {formatCalendarDay, formatTime, msg} from '../i18n/index.js';
import {cssomStyle} from '../internal/cssom-style.js';
import type {CalendarGrid, GridColumn} from './calendar-grid.js';
import {gridCells} from './grid-cells.directive.js';
import {gridHeads} from './grid-heads.directive.js';

export interface GridTemplateInput {
  readonly grid: CalendarGrid;
  readonly locale: string;
  /** Row labels, formatted once per grid (`09:30`, `02:00 (UTC+1)` for a repeated hour). */
  readonly rowLabels: readonly string[];
  /** Column header texts. */
  readonly columnLabels: readonly string[];
  /** The selected column in a row, or null. */
  readonly selected: (row: number) => number | null;
  readonly focus: {readonly row: number; readonly column: number};
  readonly label: string;
  readonly readonly: boolean;
}

/** The text of a column's header: the resource, the day, or both in a compact week. */
export function columnLabel(
  column: GridColumn,
  locale: string,
  showDay: boolean,
  showResource: boolean,
): string {
  const parts: string[] = [];
  if (showDay) parts.push(formatCalendarDay(locale, column.day, 'short'));
  if (showResource) parts.push(column.resource.name);
  return parts.join(' · ');
}

/**
 * How many columns a span of the grid holds: a day's (every resource on a day, or the one
 * resource of a week's day). Spans are what the browser may skip while scrolled away.
 */
export function spanSize(columns: readonly GridColumn[]): number {
  const first = columns[0]?.day;
  const size = columns.findIndex((column) => column.day !== first);
  return size === -1 ? Math.max(columns.length, 1) : size;
}

export function renderGrid(input: GridTemplateInput): TemplateResult {
  const {grid, locale, rowLabels, columnLabels, focus} = input;
  const selectedIn = input.selected;
  const states = stateLabels(locale);
  const span = spanSize(grid.columns);
  return html`<div
    part="grid"
    class="grid"
    ${cssomStyle({'--portico-span-cells': String(span)})}
    role="grid"
    aria-label=${input.label}
    aria-rowcount=${grid.rows.length + 1}
    aria-colcount=${grid.columns.length + 1}
    aria-readonly=${input.readonly ? 'true' : 'false'}
    aria-multiselectable="true"
  >
    <div class="grid__row grid__row--head" role="row" aria-rowindex="1">
      <div class="grid__corner" role="columnheader">${msg(locale, 'calendar.time')}</div>
      ${gridHeads({columns: grid.columns, labels: columnLabels, locale, span})}
    </div>
    ${repeat(
      grid.rows,
      (row) => row.key,
      (row, r) =>
        html`<div class="grid__row" role="row" aria-rowindex=${r + 2}>
          <div class="grid__time" role="rowheader">${rowLabels[r]}</div>
          ${gridCells({
            cells: grid.cells[r] ?? [],
            span,
            row: r,
            selectedColumn: selectedIn(r),
            focusColumn: focus.row === r ? focus.column : -1,
            columnLabels,
            rowLabel: rowLabels[r] ?? '',
            states,
          })}
        </div>`,
    )}
  </div>`;
}

/**
 * What the cell colours mean. Hidden from screen readers: each cell's label says its state.
 */
export function renderLegend(locale: string, readonly: boolean): TemplateResult {
  const kinds = [
    ['free', msg(locale, 'calendar.legend.free')],
    ['busy', msg(locale, 'calendar.legend.busy')],
    ['closed', msg(locale, 'calendar.legend.closed')],
    ...(readonly ? [] : [['selected', msg(locale, 'calendar.legend.selected')]]),
  ];
  return html`<ul class="calendar__legend" aria-hidden="true">
    ${kinds.map(
      ([kind, text]) =>
        html`<li><span class=${`calendar__swatch calendar__swatch--${kind}`}></span>${text}</li>`,
    )}
  </ul>`;
}

/** Row labels in the locale; both passes of a repeated hour say their UTC offset. */
export function rowLabels(grid: CalendarGrid, locale: string, timeZone: string): string[] {
  const folded = new Set(grid.rows.filter((r) => r.fold === 1).map((r) => r.time));
  return grid.rows.map((row, r) => {
    const cell = grid.cells[r]?.find((c) => !Number.isNaN(c.start));
    if (!cell) return row.time;
    const time = formatTime(locale, new Date(cell.start), timeZone);
    if (!folded.has(row.time)) return time;
    const offset = instantToZonedParts(cell.start, timeZone).offsetMinutes / 60;
    return `${time} (UTC${offset >= 0 ? '+' : ''}${offset})`;
  });
}

const stateCache = new Map<string, Record<string, string>>();

/** Each state's words in `locale`, looked up once. */
function stateLabels(locale: string): Record<string, string> {
  let labels = stateCache.get(locale);
  if (!labels) {
    const keys = [
      'free',
      'selected',
      'busy',
      'buffer',
      'closed',
      'past',
      'notice',
      'too-far',
      'nonexistent',
      'unavailable',
    ] as const;
    labels = Object.fromEntries(keys.map((k) => [k, msg(locale, `calendar.state.${k}`)]));
    stateCache.set(locale, labels);
  }
  return labels;
}
