// Keyboard moves of the grid (WAI-ARIA APG grid pattern), as a pure function.

export interface KeyMove {
  /** Where focus goes. */
  readonly row: number;
  readonly column: number;
  /** Shift+Up/Down: grow or shrink the selection to the new row. */
  readonly extend: boolean;
}

/** The rows PageUp and PageDown move by. */
export const PAGE_ROWS = 4;

/**
 * The focus move a key makes from `(row, column)` in a grid of `rows` × `columns`, or null
 * for keys the grid does not handle. Moves stop at the edges (no wrapping).
 */
export function keyMove(
  key: string,
  modifiers: {shift: boolean; ctrl: boolean},
  at: {row: number; column: number},
  size: {rows: number; columns: number},
): KeyMove | null {
  const clampRow = (r: number) => Math.max(0, Math.min(size.rows - 1, r));
  const clampColumn = (c: number) => Math.max(0, Math.min(size.columns - 1, c));
  const to = (row: number, column: number, extend = false): KeyMove => ({
    row: clampRow(row),
    column: clampColumn(column),
    extend,
  });
  switch (key) {
    case 'ArrowUp':
      return to(at.row - 1, at.column, modifiers.shift);
    case 'ArrowDown':
      return to(at.row + 1, at.column, modifiers.shift);
    case 'ArrowLeft':
      return modifiers.shift ? null : to(at.row, at.column - 1);
    case 'ArrowRight':
      return modifiers.shift ? null : to(at.row, at.column + 1);
    case 'PageUp':
      return to(at.row - PAGE_ROWS, at.column, modifiers.shift);
    case 'PageDown':
      return to(at.row + PAGE_ROWS, at.column, modifiers.shift);
    case 'Home':
      return modifiers.ctrl ? to(0, 0) : to(at.row, 0);
    case 'End':
      return modifiers.ctrl ? to(size.rows - 1, size.columns - 1) : to(at.row, size.columns - 1);
    default:
      return null;
  }
}
