// The grid's column headers, built with direct DOM calls like its cells
// (grid-cells.directive.ts): a compact week has 350 of them, and a Lit template instance for
// each costs more than the header. Rebuilt only when the columns, their labels or the locale
// change; the texts go in as text nodes, never as HTML.
import {noChange, type ChildPart} from 'lit';
import {directive} from 'lit/directive.js';
import {msg} from '../i18n/index.js';
import type {GridColumn} from './calendar-grid.js';
import {SpansDirective} from './grid-spans.js';

export interface GridHeadsInput {
  readonly columns: readonly GridColumn[];
  /** Each column's header text. */
  readonly labels: readonly string[];
  readonly locale: string;
  /** How many columns a span holds (see `spanSize`). */
  readonly span: number;
}

class GridHeadsDirective extends SpansDirective<GridHeadsInput> {
  #last: GridHeadsInput | undefined;

  override update(part: ChildPart, [input]: [GridHeadsInput]): unknown {
    const last = this.#last;
    this.#last = input;
    if (
      last?.columns === input.columns &&
      last.labels === input.labels &&
      last.locale === input.locale &&
      last.span === input.span
    ) {
      return noChange;
    }
    this.fill(
      part,
      input.columns.length,
      input.span,
      (c) => {
        const column = input.columns[c] as GridColumn;
        const head = document.createElement('div');
        head.className = column.closedReason ? 'grid__head grid__head--closed' : 'grid__head';
        head.setAttribute('role', 'columnheader');
        const label = input.labels[c] ?? '';
        head.appendChild(document.createElement('span')).textContent = label;
        head.title = label; // the whole of a name the compact week cuts short
        if (column.closedReason) {
          const closed = head.appendChild(document.createElement('span'));
          closed.className = 'grid__closed';
          closed.textContent = msg(input.locale, 'calendar.closedDay', {
            reason: column.closedReason,
          });
        }
        return head;
      },
      // A day's headers are as tall as any other's (a compact week's labels are all 12rem
      // long, and a shown day's headers are made whole): made when the day is revealed, but
      // all at once when a closed day's are taller.
      {eager: input.columns.some((column) => column.closedReason)},
    );
    return noChange;
  }
}

/** Renders the grid's column headers, in spans like its rows' cells. */
export const gridHeads = directive(GridHeadsDirective);
