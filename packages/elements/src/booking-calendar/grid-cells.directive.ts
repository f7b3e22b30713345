// The gridcells of one row, kept with direct DOM calls: a week of fifty resources is 8,400
// cells, and a Lit template instance per cell costs more than the cell itself. On an update
// only the attributes that changed are written (a booking elsewhere touches a cell or two).
import {noChange, nothing, type ChildPart} from 'lit';
import {Directive, directive, PartType, type PartInfo} from 'lit/directive.js';
import type {GridCell} from './calendar-grid.js';

export interface RowCellsInput {
  readonly cells: readonly GridCell[];
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

/** What was last written to one cell. */
interface Written {
  cell: GridCell | undefined;
  selected: boolean;
  focused: boolean;
  column: string | undefined;
  rowLabel: string | undefined;
  words: string | undefined;
}

class GridCellsDirective extends Directive {
  #elements: HTMLElement[] = [];
  #written: Written[] = [];

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('gridCells() goes in a child position');
  }

  render(_input: RowCellsInput): unknown {
    return nothing;
  }

  override update(part: ChildPart, [input]: [RowCellsInput]): unknown {
    const {cells} = input;
    if (cells.length !== this.#elements.length) this.#rebuild(part, cells.length);
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c] as GridCell;
      const el = this.#elements[c] as HTMLElement;
      const was = this.#written[c] as Written;
      const selected = input.selectedColumn === c;
      const focused = input.focusColumn === c;
      const column = input.columnLabels[c];
      const words = input.states[selected ? 'selected' : cell.state];
      if (was.cell !== cell || was.selected !== selected) {
        el.className = `cell cell--${cell.state}${selected ? ' cell--selected' : ''}`;
        el.setAttribute('aria-selected', selected ? 'true' : 'false');
        el.setAttribute('aria-disabled', cell.state === 'free' ? 'false' : 'true');
        if (was.cell?.row !== cell.row || was.cell?.column !== cell.column) {
          el.dataset['row'] = String(cell.row);
          el.dataset['col'] = String(cell.column);
        }
      }
      if (was.focused !== focused || was.cell === undefined) el.tabIndex = focused ? 0 : -1;
      if (was.column !== column || was.rowLabel !== input.rowLabel || was.words !== words) {
        el.setAttribute('aria-label', `${column}, ${input.rowLabel}: ${words}`);
      }
      was.cell = cell;
      was.selected = selected;
      was.focused = focused;
      was.column = column;
      was.rowLabel = input.rowLabel;
      was.words = words;
    }
    return noChange;
  }

  #rebuild(part: ChildPart, count: number): void {
    for (const el of this.#elements) el.remove();
    const fragment = document.createDocumentFragment();
    this.#elements = [];
    this.#written = [];
    for (let i = 0; i < count; i++) {
      const el = document.createElement('div');
      el.setAttribute('role', 'gridcell');
      fragment.append(el);
      this.#elements.push(el);
      this.#written.push({
        cell: undefined,
        selected: false,
        focused: false,
        column: undefined,
        rowLabel: undefined,
        words: undefined,
      });
    }
    part.parentNode.insertBefore(fragment, part.endNode);
  }
}

/**
 * Renders one row's gridcells (role, state class, `aria-selected`, `aria-disabled`, the
 * roving `tabindex`, a label saying the place, time and state) and keeps them up to date.
 */
export const gridCells = directive(GridCellsDirective);
