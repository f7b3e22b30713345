// The member's selection in the calendar: which cells they picked, whether they committed
// it (the panel quotes it), and what becomes of it when the grid changes under it.
import type {Availability, Space} from '@portico/sdk';
import {calendarDayOf} from '@portico/sdk/domain';
import {formatTimeRange, msg} from '../i18n/index.js';
import {HostController} from '../internal/host-controller.js';
import type {PorticoClientElement} from '../internal/portico-client-element.js';
import type {BookingFlow} from './booking-flow.js';
import type {CalendarGrid} from './calendar-grid.js';
import {resolveSelection, type ResolvedSelection} from './calendar-selection.js';

/** A selection by instants, so it survives a new grid (filters, realtime, another view). */
export interface Picked {
  readonly resourceId: string;
  readonly day: string;
  readonly anchor: number;
  readonly focus: number;
  /** Click released or Enter pressed: the panel quotes it. */
  readonly committed: boolean;
}

/** A time to select once the calendar has loaded (the element's `initialSlot`). */
export interface SlotRequest {
  readonly resourceId: string;
  readonly start: string;
  readonly end: string;
}

export interface SelectionOptions {
  /** The grid of the current view (the day grid for the list view). */
  grid: () => CalendarGrid | undefined;
  space: () => Space | undefined;
  /** The calendar's clock (ISO), which the booking rules count from. */
  now: () => string;
  /** The day shown, `YYYY-MM-DD` in the space. */
  day: () => string;
  /** Shows another day (a requested slot lies there). */
  showDay: (day: string) => void;
  /** The booking panel's work: a committed selection is quoted there. */
  flow: BookingFlow;
  /** Tells screen readers. */
  announce: (text: string) => void;
}

export class SelectionController extends HostController<PorticoClientElement> {
  /** What the member picked, if anything. */
  picked: Picked | null = null;
  /** The committed selection was taken by someone else meanwhile (realtime). */
  taken = false;

  readonly #options: SelectionOptions;
  /** The last `initialSlot` seen, so each is selected once. */
  #initialSlot: SlotRequest | undefined;
  /**
   * A slot to select once its day's grid is there: the `initialSlot` (committed: quoted and
   * told to the page) or one another element on the page chose (shown only).
   */
  #pending: {slot: SlotRequest; commit: boolean} | undefined;
  #lastAvailability: Availability | undefined;

  constructor(host: PorticoClientElement, options: SelectionOptions) {
    super(host);
    this.#options = options;
  }

  /** The picked cells resolved against the current grid (snapped, with its issue), or null. */
  get selection(): ResolvedSelection | null {
    const picked = this.picked;
    const grid = this.#options.grid();
    const space = this.#options.space();
    if (!picked || !grid || !space) return null;
    const column = this.columnOf(picked);
    if (column < 0) return null;
    const rowOf = (at: number) => grid.cells.findIndex((row) => row[column]?.start === at);
    const anchorRow = rowOf(picked.anchor);
    const focusRow = rowOf(picked.focus);
    if (anchorRow < 0 || focusRow < 0) return null;
    return resolveSelection(grid, {column, anchorRow, focusRow}, space, this.#options.now());
  }

  /** The selection the panel books: the committed one, else null. */
  get committed(): ResolvedSelection | null {
    return this.picked?.committed ? this.selection : null;
  }

  /** The grid column `picked` lies in, or -1. */
  columnOf(picked: Picked): number {
    return (
      this.#options
        .grid()
        ?.columns.findIndex((c) => c.resource.id === picked.resourceId && c.day === picked.day) ??
      -1
    );
  }

  /**
   * The anchor row of a selection still being made in `column` (Shift+arrows grow it from
   * there), -1 when that row is gone; undefined when none is being made in that column.
   */
  anchorRowIn(column: number): number | undefined {
    const picked = this.picked;
    if (!picked || picked.committed || this.columnOf(picked) !== column) return undefined;
    return this.#options.grid()?.cells.findIndex((r) => r[column]?.start === picked.anchor) ?? -1;
  }

  /** Picks the cells of `column` from `anchorRow` to `focusRow` (not committed yet). */
  pick(column: number, anchorRow: number, focusRow: number): void {
    const grid = this.#options.grid();
    const col = grid?.columns[column];
    const anchor = grid?.cells[anchorRow]?.[column];
    const focus = grid?.cells[focusRow]?.[column];
    if (!col || !anchor || !focus || Number.isNaN(anchor.start) || Number.isNaN(focus.start))
      return;
    this.#setPicked({
      resourceId: col.resource.id,
      day: col.day,
      anchor: anchor.start,
      focus: focus.start,
      committed: false,
    });
  }

  /** A slot of the list view: select it as if its cell were clicked. */
  pickInstant(resourceId: string, start: number): void {
    const day = this.#options.day();
    this.#setPicked({resourceId, day, anchor: start, focus: start, committed: false});
    this.commit();
  }

  /** The member settled on the picked cells: say so, tell the page, and have them quoted. */
  commit(): void {
    if (!this.picked) return;
    this.#setPicked({...this.picked, committed: true});
    this.taken = false;
    const {flow} = this.#options;
    flow.outcome = null;
    const selection = this.selection;
    if (!selection) return;
    const locale = this.host.resolvedLang;
    const space = this.#options.space() as Space;
    this.host.emit('portico-slot-selected', {
      detail: {
        resourceId: selection.resource.id,
        start: selection.start,
        end: selection.end,
        issue: selection.issue,
      },
    });
    this.#options.announce(
      msg(locale, 'calendar.selected', {
        resource: selection.resource.name,
        when: formatTimeRange(locale, selection.start, selection.end, space.timeZone),
      }),
    );
    flow.quoteSelection(selection);
  }

  /** Drops the selection and what the panel said about it. */
  clear(): void {
    this.#setPicked(null);
    this.taken = false;
    this.#options.flow.outcome = null;
    this.#options.flow.reset();
  }

  /** A booking was made of the selection: it is spent (the panel keeps the outcome). */
  spend(): void {
    this.#setPicked(null);
  }

  /**
   * Realtime: when new availability makes the committed selection unbookable (someone took
   * it), drop it and say so; otherwise the selection stays as it is.
   */
  watchTaken(availability: Availability | undefined): void {
    if (availability === this.#lastAvailability) return;
    const previous = this.#lastAvailability;
    this.#lastAvailability = availability;
    const {flow} = this.#options;
    if (!previous || !this.picked?.committed || flow.outcome?.kind === 'taken') return;
    const selection = this.selection;
    if (selection?.issue === 'busy' || selection?.issue === 'buffer') {
      this.#setPicked(null);
      this.taken = true;
      flow.reset();
      this.#options.announce(msg(this.host.resolvedLang, 'calendar.selectionTaken'));
    }
  }

  /** Selects `slot` (once each) when its day's availability is there. */
  applySlot(slot: SlotRequest | undefined): void {
    if (slot && slot !== this.#initialSlot) {
      this.#initialSlot = slot;
      this.#pending = {slot, commit: true};
    }
    this.#applyPending();
  }

  /**
   * Shows a time another element on the page chose (the floor plan) as this calendar's
   * selection, replacing the member's own: one choice per page. Not committed, so neither
   * quoted nor told back to the page (the element that chose it quotes it); Enter commits it.
   */
  follow(slot: SlotRequest): void {
    this.#pending = {slot, commit: false};
    this.host.requestUpdate();
  }

  #applyPending(): void {
    if (!this.#pending) return;
    const {slot, commit} = this.#pending;
    const space = this.#options.space();
    if (!space) return;
    const day = calendarDayOf(Date.parse(slot.start), space.timeZone);
    if (this.#options.day() !== day) {
      this.#options.showDay(day);
      // That day's grid may be there at once (its availability cached): look again after this update.
      void this.host.updateComplete.then(() => this.host.requestUpdate());
      return;
    }
    const grid = this.#options.grid();
    if (!grid) return;
    const column = grid.columns.findIndex(
      (c) => c.resource.id === slot.resourceId && c.day === day,
    );
    if (column < 0) return;
    const start = Date.parse(slot.start);
    const end = Date.parse(slot.end);
    const starts = grid.cells.map((row) => row[column]?.start ?? Number.NaN);
    const focus = starts.filter((s) => s >= start && s < end).at(-1);
    if (focus === undefined || !starts.includes(start)) return;
    this.#setPicked({resourceId: slot.resourceId, day, anchor: start, focus, committed: false});
    if (!commit) {
      this.taken = false;
      this.#options.flow.outcome = null;
      this.#options.flow.reset();
      return;
    }
    // After this update: commit quotes and announces the restored selection.
    void this.host.updateComplete.then(() => this.commit());
  }

  #setPicked(picked: Picked | null): void {
    // Whatever is picked now replaces a slot still waiting for its grid.
    this.#pending = undefined;
    this.picked = picked;
    this.host.requestUpdate();
  }
}
