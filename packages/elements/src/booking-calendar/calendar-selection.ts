// What a member selected in the grid, snapped to the resource's slots and checked against
// its rules with the same domain function the server uses. Pure.
import type {Resource, Space} from '@portico/sdk';
import {
  type BookingWindowIssue,
  formatInstant,
  MINUTE_MS,
  validateBookingWindow,
} from '@portico/sdk/domain';
import type {CalendarGrid, CellState, GridCell} from './calendar-grid.js';
import {hoursOf} from './calendar-grid.js';

/** Cells picked in one column, from the anchor (where the drag started) to the focus. */
export interface GridSelection {
  readonly column: number;
  readonly anchorRow: number;
  readonly focusRow: number;
}

/** Why a selection cannot be booked: a cell's state, or a rule code of the API. */
export type SelectionIssue =
  | Exclude<CellState, 'free'>
  | BookingWindowIssue['code']
  // The member's plan does not include the resource (the floor plan reads the plan access).
  | 'not_in_plan';

export interface ResolvedSelection {
  readonly resource: Resource;
  /** ISO instants with the space's offset, as the API takes them. */
  readonly start: string;
  readonly end: string;
  readonly minutes: number;
  /** The rows the snapped selection covers (for highlighting). */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly column: number;
  /** Null when the selection can be booked as it is. */
  readonly issue: SelectionIssue | null;
  /** The selection was lengthened to the minimum or shortened to the maximum duration. */
  readonly adjusted: 'min' | 'max' | null;
}

/**
 * Snaps a selection to whole slots of its resource (from the slot of its first cell to the
 * slot of its last), stretches it to the minimum duration over free cells when it can,
 * trims it to the maximum, then checks it with `validateBookingWindow`. The issue names the
 * first cell that is not free, else the rule the time breaks.
 */
export function resolveSelection(
  grid: CalendarGrid,
  selection: GridSelection,
  space: Pick<Space, 'timeZone' | 'openingHours' | 'closures'>,
  now: string,
): ResolvedSelection | null {
  const column = grid.columns[selection.column];
  if (!column) return null;
  const cells = grid.cells.map((row) => row[selection.column] as GridCell);
  const from = Math.min(selection.anchorRow, selection.focusRow);
  const to = Math.max(selection.anchorRow, selection.focusRow);
  const picked = cells.slice(from, to + 1).filter((cell) => cell.state !== 'nonexistent');
  const first = picked[0];
  const last = picked.at(-1);
  if (!first || !last) return null;
  const {resource} = column;
  const {rules} = resource;
  const blocked = picked.find((cell) => cell.state !== 'free');
  const start = first.slot?.start ?? first.start;
  let end = last.slot?.end ?? last.end;
  let adjusted: ResolvedSelection['adjusted'] = null;
  let lastRow = rowOf(cells, end, to);

  if (!blocked) {
    // Too short: take the following free cells, whole slots at a time, up to the minimum.
    if (end - start < rules.minMinutes * MINUTE_MS) {
      let row = lastRow + 1;
      while (end - start < rules.minMinutes * MINUTE_MS) {
        const next = cells[row];
        if (!next || next.state !== 'free' || !next.slot || next.start !== end) break;
        end = next.slot.end;
        row = rowOf(cells, end, row);
        lastRow = row;
        row++;
        adjusted = 'min';
      }
    }
    if (end - start > rules.maxMinutes * MINUTE_MS) {
      const slotMs = rules.slotMinutes * MINUTE_MS;
      end = start + Math.floor((rules.maxMinutes * MINUTE_MS) / slotMs) * slotMs;
      lastRow = rowOf(cells, end, from);
      adjusted = 'max';
    }
  }
  const {timeZone} = space;
  const startIso = formatInstant(start, timeZone);
  const endIso = formatInstant(end, timeZone);
  const ruleIssue = blocked
    ? null
    : validateBookingWindow({
        start: startIso,
        end: endIso,
        hours: hoursOf(resource, space),
        closures: space.closures,
        timeZone,
        rules,
        now,
      });
  return {
    resource,
    column: selection.column,
    start: startIso,
    end: endIso,
    minutes: (end - start) / MINUTE_MS,
    firstRow: rowAt(cells, start, from),
    lastRow,
    issue: blocked ? (blocked.state as SelectionIssue) : (ruleIssue?.code ?? null),
    adjusted,
  };
}

/** The row of the last cell before the instant `end` (else `fallback`). */
function rowOf(cells: readonly GridCell[], end: number, fallback: number): number {
  const found = cells.findIndex((cell) => cell.start < end && end <= cell.end);
  return found >= 0 ? found : fallback;
}

/** The row of the cell that holds the instant `at` (else `fallback`). */
function rowAt(cells: readonly GridCell[], at: number, fallback: number): number {
  const found = cells.findIndex((cell) => cell.start <= at && at < cell.end);
  return found >= 0 ? found : fallback;
}

/** Whether row `row` of a column lies inside a resolved selection. */
export function isSelected(selection: ResolvedSelection | null, column: number, row: number) {
  return (
    selection !== null &&
    selection.column === column &&
    row >= selection.firstRow &&
    row <= selection.lastRow
  );
}
