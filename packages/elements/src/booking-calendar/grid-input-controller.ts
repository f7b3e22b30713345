// How a member moves and picks in the grid: mouse drags, a finger's taps and long presses,
// and the keyboard (WAI-ARIA APG grid: a roving tabindex, arrows, Shift to extend).
import type {ReactiveControllerHost} from 'lit';
import {HostController} from '../internal/host-controller.js';
import type {CalendarGrid} from './calendar-grid.js';
import {keyMove} from './calendar-keys.js';
import {revealAll} from './grid-spans.js';
import type {SelectionController} from './selection-controller.js';

/** How long a finger rests on a cell before a drag starts (as a long press does on phones). */
const LONG_PRESS_MS = 400;
/** How far a finger moves before it counts as a swipe (the browser then scrolls). */
const TOUCH_SLOP_PX = 10;

type Cell = {row: number; column: number};

export interface GridInputHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly shadowRoot: ShadowRoot | null;
}

export interface GridInputOptions {
  grid: () => CalendarGrid | undefined;
  /** Availability only: focus moves, nothing is selected. */
  readonly: () => boolean;
  selection: SelectionController;
}

export class GridInputController extends HostController<GridInputHost> {
  /** The cell with the roving tabindex. */
  focus: Cell = {row: 0, column: 0};

  readonly #options: GridInputOptions;
  #focusAfterRender = false;
  #dragging = false;
  /**
   * A finger resting on a cell: lifted soon, it is a tap (selects the cell); held still for
   * LONG_PRESS_MS, it starts a drag; moved first, the page scrolls and nothing is selected.
   */
  #touch: {at: Cell; x: number; y: number; timer: number} | undefined;

  constructor(host: GridInputHost, options: GridInputOptions) {
    super(host);
    this.#options = options;
  }

  hostDisconnected(): void {
    this.#endTouch();
  }

  hostUpdated(): void {
    if (!this.#focusAfterRender) return;
    this.#focusAfterRender = false;
    const {row, column} = this.focus;
    revealAll(this.host.renderRoot); // the cell may be in a span not rendered yet
    this.host.renderRoot
      .querySelector<HTMLElement>(`[data-row="${row}"][data-col="${column}"]`)
      ?.focus({preventScroll: false});
  }

  /** Keeps the focused cell inside a grid of `rows` × `columns` (the grid shrank). */
  clampFocus(rows: number, columns: number): void {
    this.focus = {
      row: Math.min(this.focus.row, rows - 1),
      column: Math.min(this.focus.column, columns - 1),
    };
  }

  /** The listeners of the grid's scroller (bound: Lit calls them with the element as `this`). */
  readonly listeners = {
    pointerdown: (event: PointerEvent) => this.#handlePointerDown(event),
    pointermove: (event: PointerEvent) => this.#handlePointerMove(event),
    pointerup: () => this.#handlePointerUp(),
    pointercancel: () => this.#handlePointerCancel(),
    /** Once a long press has started a drag, the finger's moves select instead of scrolling. */
    touchmove: {
      handleEvent: (event: TouchEvent) => {
        if (this.#dragging && event.cancelable) event.preventDefault();
      },
      passive: false,
    },
    contextmenu: (event: Event) => {
      // A long press opens the context menu on touch screens; here it starts a drag instead.
      if (this.#dragging || this.#touch) event.preventDefault();
    },
    keydown: (event: KeyboardEvent) => this.#handleKeyDown(event),
    focusin: (event: FocusEvent) => this.#handleFocusIn(event),
  };

  #handlePointerDown(event: PointerEvent): void {
    const at = cellFrom(event);
    if (!at || event.button !== 0) return;
    this.focus = at;
    this.#focusAfterRender = true;
    if (this.#options.readonly()) return this.host.requestUpdate();
    if (event.pointerType === 'touch') {
      // The grid keeps scrolling under a finger (touch-action: manipulation), as calendar apps
      // do: a tap selects, a long press starts a drag.
      this.#endTouch();
      const timer = window.setTimeout(() => this.#startDrag(at), LONG_PRESS_MS);
      this.#touch = {at, x: event.clientX, y: event.clientY, timer};
      return this.host.requestUpdate();
    }
    event.preventDefault(); // no text selection while dragging
    (event.currentTarget as HTMLElement).setPointerCapture?.(event.pointerId);
    this.#startDrag(at);
  }

  #startDrag(at: Cell): void {
    this.#endTouch();
    this.#dragging = true;
    this.#options.selection.pick(at.column, at.row, at.row);
  }

  #endTouch(): void {
    if (this.#touch) window.clearTimeout(this.#touch.timer);
    this.#touch = undefined;
  }

  #handlePointerMove(event: PointerEvent): void {
    const touch = this.#touch;
    if (touch && Math.hypot(event.clientX - touch.x, event.clientY - touch.y) > TOUCH_SLOP_PX) {
      this.#endTouch(); // a swipe: the browser scrolls
      return;
    }
    const {selection} = this.#options;
    const picked = selection.picked;
    if (!this.#dragging || !picked) return;
    const element = this.host.shadowRoot?.elementFromPoint(event.clientX, event.clientY);
    const cell = element?.closest<HTMLElement>('[data-row]');
    if (!cell) return;
    const row = Number(cell.dataset['row']);
    const column = Number(cell.dataset['col']);
    const grid = this.#options.grid();
    const anchorRow = grid?.cells.findIndex((r) => r[column]?.start === picked.anchor) ?? -1;
    if (anchorRow < 0 || grid?.columns[column]?.resource.id !== picked.resourceId) return;
    if (row === this.focus.row && column === this.focus.column) return;
    this.focus = {row, column};
    selection.pick(column, anchorRow, row);
  }

  #handlePointerUp(): void {
    const touch = this.#touch;
    const {selection} = this.#options;
    if (touch) {
      this.#endTouch(); // a tap
      selection.pick(touch.at.column, touch.at.row, touch.at.row);
      selection.commit();
      return;
    }
    if (!this.#dragging) return;
    this.#dragging = false;
    selection.commit();
  }

  #handlePointerCancel(): void {
    // The browser took the gesture (a scroll, a pinch): a finger that had not started a drag
    // selects nothing; a drag keeps what it covered.
    this.#endTouch();
    this.#handlePointerUp();
  }

  #handleFocusIn(event: FocusEvent): void {
    const at = cellFrom(event);
    if (at && (at.row !== this.focus.row || at.column !== this.focus.column)) {
      this.focus = at;
      this.host.requestUpdate();
    }
  }

  #handleKeyDown(event: KeyboardEvent): void {
    const grid = this.#options.grid();
    if (!grid) return;
    const {selection} = this.#options;
    const readonly = this.#options.readonly();
    if ((event.key === 'Enter' || event.key === ' ') && !readonly) {
      event.preventDefault();
      const {row, column} = this.focus;
      // A selection being made in this column (Shift+arrows) is committed as it is.
      if (selection.anchorRowIn(column) === undefined) selection.pick(column, row, row);
      selection.commit();
      return;
    }
    if (event.key === 'Escape' && selection.picked) {
      event.preventDefault();
      selection.clear();
      return;
    }
    const move = keyMove(
      event.key,
      {shift: event.shiftKey, ctrl: event.ctrlKey || event.metaKey},
      this.focus,
      {rows: grid.rows.length, columns: grid.columns.length},
    );
    if (!move) return;
    event.preventDefault();
    const from = this.focus;
    this.focus = {row: move.row, column: move.column};
    this.#focusAfterRender = true;
    if (move.extend && !readonly) {
      const anchorRow = selection.anchorRowIn(move.column) ?? from.row;
      selection.pick(move.column, anchorRow, move.row);
    } else {
      this.host.requestUpdate();
    }
  }
}

/** The grid cell an event happened in, from its `data-row` and `data-col`. */
function cellFrom(event: Event): Cell | null {
  const target = event.composedPath()[0];
  const cell = target instanceof Element ? target.closest<HTMLElement>('[data-row]') : null;
  return cell ? {row: Number(cell.dataset['row']), column: Number(cell.dataset['col'])} : null;
}
