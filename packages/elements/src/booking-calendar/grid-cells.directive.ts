// The gridcells of one row, kept with direct DOM calls: a week of fifty resources is 8,400
// cells, and a Lit template instance per cell costs more than the cell itself. On an update
// only the attributes that changed are written (a booking elsewhere touches a cell or two).
import {noChange, type ChildPart} from 'lit';
import {directive} from 'lit/directive.js';
import type {GridCell} from './calendar-grid.js';
import {SpansDirective} from './grid-spans.js';

export interface RowCellsInput {
  readonly cells: readonly GridCell[];
  /** How many cells each span holds (a day's columns; see `spanSize`). */
  readonly span: number;
  readonly row: number;
  /** `[first, last]` selected columns' indexes in this row: the selected column, or null. */
  readonly selectedColumn: number | null;
  /** The column of the focusable cell when the roving tabindex is in this row, else -1. */
  readonly focusColumn: number;
  /** Each column's label (`L'Atelier`) and the row's (`9:30 AM`): a cell says both. */
  readonly columnLabels: readonly string[];
  readonly rowLabel: string;
  /** The words of each state, `selected` included. */
  readonly states: Readonly<Record<string, string>>;
}

/** What one cell says: written on a first render, compared on the next. */
interface Written {
  readonly cell: GridCell;
  readonly selected: boolean;
  readonly focused: boolean;
  readonly column: string | undefined;
  readonly rowLabel: string;
  readonly words: string | undefined;
}

function wanted(input: RowCellsInput, c: number): Written {
  const cell = input.cells[c] as GridCell;
  const selected = input.selectedColumn === c;
  return {
    cell,
    selected,
    focused: input.focusColumn === c,
    column: input.columnLabels[c],
    rowLabel: input.rowLabel,
    words: input.states[selected ? 'selected' : cell.state],
  };
}

const labelOf = (w: Written) => `${w.column}, ${w.rowLabel}: ${w.words}`;

class GridCellsDirective extends SpansDirective<RowCellsInput> {
  #elements: HTMLElement[] = [];
  #written: Written[] = [];
  #last: RowCellsInput | undefined;

  override update(part: ChildPart, [input]: [RowCellsInput]): unknown {
    // Most rows are unchanged on an update (the grid keeps their cell arrays): skip them.
    if (this.#last && sameInput(this.#last, input)) return noChange;
    const rebuild = input.cells.length !== this.#elements.length || input.span !== this.#last?.span;
    this.#last = input;
    if (rebuild) {
      this.#build(part, input);
      return noChange;
    }
    for (let c = 0; c < input.cells.length; c++) {
      const el = this.#elements[c];
      // Not made yet: its span makes it from the latest input when it is revealed.
      if (!el) continue;
      const was = this.#written[c] as Written;
      const now = wanted(input, c);
      const {cell, selected} = now;
      if (was.cell !== cell || was.selected !== selected) {
        el.className = `cell cell--${cell.state}${selected ? ' cell--selected' : ''}`;
        el.setAttribute('aria-selected', selected ? 'true' : 'false');
        el.setAttribute('aria-disabled', cell.state === 'free' ? 'false' : 'true');
        if (was.cell.row !== cell.row || was.cell.column !== cell.column) {
          el.setAttribute('data-row', String(cell.row));
          el.setAttribute('data-col', String(cell.column));
        }
      }
      if (was.focused !== now.focused) el.tabIndex = now.focused ? 0 : -1;
      if (was.column !== now.column || was.rowLabel !== now.rowLabel || was.words !== now.words) {
        el.setAttribute('aria-label', labelOf(now));
      }
      this.#written[c] = now;
    }
    return noChange;
  }

  /**
   * A first render (or a row whose cells changed in number or grouping): each cell is a clone
   * of the one of its state (role, class, `aria-selected`, `aria-disabled`, `tabindex`), then
   * gets its place and label: four DOM calls instead of nine, for each of a compact week's
   * 8,400 cells. The cells go in spans of `input.span` (a day's columns), made and drawn when
   * the span is revealed (grid-spans.ts): a first paint makes, styles and lays out the cells
   * on screen, not all of them.
   */
  #build(part: ChildPart, input: RowCellsInput): void {
    // As long as the row from the start, though a span's cells are made later.
    this.#elements = new Array<HTMLElement>(input.cells.length);
    this.#written = new Array<Written>(input.cells.length);
    this.fill(part, input.cells.length, input.span, (c) => {
      const now = wanted(this.#last ?? input, c);
      const el = prototypeOf(now.cell.state, now.selected).cloneNode() as HTMLElement;
      el.setAttribute('data-row', String(now.cell.row));
      el.setAttribute('data-col', String(now.cell.column));
      if (now.focused) el.tabIndex = 0;
      el.setAttribute('aria-label', labelOf(now));
      this.#elements[c] = el;
      this.#written[c] = now;
      return el;
    });
  }
}

const prototypes = new Map<string, HTMLElement>();

/** A cell of `state` as every cell of it starts: a clone copies its five attributes at once. */
function prototypeOf(state: string, selected: boolean): HTMLElement {
  const key = `${state}${selected ? ' cell--selected' : ''}`;
  let el = prototypes.get(key);
  if (!el) {
    el = document.createElement('div');
    el.setAttribute('role', 'gridcell');
    el.className = `cell cell--${key}`;
    el.setAttribute('aria-selected', selected ? 'true' : 'false');
    el.setAttribute('aria-disabled', state === 'free' ? 'false' : 'true');
    el.tabIndex = -1;
    prototypes.set(key, el);
  }
  return el;
}

function sameInput(a: RowCellsInput, b: RowCellsInput): boolean {
  return (
    a.cells === b.cells &&
    a.span === b.span &&
    a.row === b.row &&
    a.selectedColumn === b.selectedColumn &&
    a.focusColumn === b.focusColumn &&
    a.columnLabels === b.columnLabels &&
    a.rowLabel === b.rowLabel &&
    a.states === b.states
  );
}

/**
 * Renders one row's gridcells (role, state class, `aria-selected`, `aria-disabled`, the
 * roving `tabindex`, a label saying the place, time and state) and keeps them up to date.
 */
export const gridCells = directive(GridCellsDirective);
