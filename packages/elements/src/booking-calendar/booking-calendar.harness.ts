import {collapse, PorticoElementHarness} from '../internal/element.harness.js';
import type {PorticoBookingCalendar} from './booking-calendar.component.js';
import {PENDING} from './grid-spans.js';

/**
 * Reads and drives a `<portico-booking-calendar>` the way a member does (cells by their
 * accessible label, real clicks and pointer drags on the grid), so tests do not depend on
 * its shadow DOM.
 */
export class PorticoBookingCalendarHarness extends PorticoElementHarness<PorticoBookingCalendar> {
  /**
   * Rendered, and the whole grid made and drawn: a first paint makes and draws the days on
   * screen, and the others get their cells in a background task after it (grid-spans.ts).
   */
  override async settled(): Promise<void> {
    await super.settled();
    // A background task waits for an idle moment: on a busy machine, a few frames.
    for (let frame = 0; frame < 60 && this.element.shadowRoot?.querySelector(PENDING); frame++) {
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    }
  }

  get grid(): HTMLElement | null {
    return this.part('grid');
  }

  /** Every grid cell. */
  get cells(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('[role="gridcell"]')];
  }

  /** The column headers' texts (resources or days), without the time column. */
  get columnHeaders(): string[] {
    return [...this.root.querySelectorAll('[role="columnheader"]')]
      .slice(1)
      .map((h) => collapse(h.textContent));
  }

  /** The row headers' texts (times). */
  get rowHeaders(): string[] {
    return [...this.root.querySelectorAll('[role="rowheader"]')].map((h) =>
      collapse(h.textContent),
    );
  }

  /** The cell whose label starts with `resource, time` (e.g. `L'Atelier, 10:00`). */
  cell(where: string): HTMLElement {
    const found = this.cells.find((c) => c.getAttribute('aria-label')?.startsWith(`${where}:`));
    if (!found) throw new Error(`No cell "${where}"`);
    return found;
  }

  /** The state word a cell announces (`free`, `booked`, `selected`, …). */
  stateOf(where: string): string {
    return this.cell(where).getAttribute('aria-label')?.split(': ').at(-1) ?? '';
  }

  /** The cells with `aria-selected="true"`, by label. */
  get selectedCells(): string[] {
    return this.cells
      .filter((c) => c.getAttribute('aria-selected') === 'true')
      .map((c) => (c.getAttribute('aria-label') ?? '').split(': ')[0] as string);
  }

  /** The cell that has the roving tabindex. */
  get focusCell(): HTMLElement | undefined {
    return this.cells.find((c) => c.tabIndex === 0);
  }

  /** Presses and releases the pointer on `from`, moving over `to` first when given (a drag). */
  async drag(from: string, to = from): Promise<void> {
    const start = this.cell(from);
    const grid = start.closest('.calendar__scroll') as HTMLElement;
    const point = (el: HTMLElement) => {
      el.scrollIntoView({block: 'nearest', inline: 'nearest'});
      const r = el.getBoundingClientRect();
      return {clientX: r.left + r.width / 2, clientY: r.top + r.height / 2};
    };
    const init = {bubbles: true, composed: true, pointerId: 1, button: 0, isPrimary: true};
    start.dispatchEvent(new PointerEvent('pointerdown', {...init, ...point(start)}));
    await this.settled();
    if (to !== from) {
      const end = this.cell(to);
      grid.dispatchEvent(new PointerEvent('pointermove', {...init, ...point(end)}));
      await this.settled();
    }
    grid.dispatchEvent(new PointerEvent('pointerup', {...init}));
    await this.settled();
  }

  /**
   * A finger on `from`: a tap; with `hold`, a long press and then a drag over `to`; with
   * `swipe`, a move the browser turns into a scroll (it then cancels the pointer).
   */
  async touch(from: string, {to = from, hold = false, swipe = false} = {}): Promise<void> {
    const start = this.cell(from);
    const end = this.cell(to);
    const grid = start.closest('.calendar__scroll') as HTMLElement;
    // Both cells in view before the finger lands: the grid must not scroll under it.
    end.scrollIntoView({block: 'nearest', inline: 'nearest'});
    start.scrollIntoView({block: 'nearest', inline: 'nearest'});
    const point = (el: HTMLElement) => {
      const r = el.getBoundingClientRect();
      return {clientX: r.left + r.width / 2, clientY: r.top + r.height / 2};
    };
    const finger = {
      bubbles: true,
      composed: true,
      pointerId: 7,
      isPrimary: true,
      button: 0,
      pointerType: 'touch',
    };
    const at = point(start);
    start.dispatchEvent(new PointerEvent('pointerdown', {...finger, ...at}));
    await this.settled();
    if (swipe) {
      grid.dispatchEvent(
        new PointerEvent('pointermove', {...finger, ...at, clientY: at.clientY - 40}),
      );
      grid.dispatchEvent(new PointerEvent('pointercancel', {...finger}));
      await this.settled();
      return;
    }
    if (hold) await new Promise((resolve) => setTimeout(resolve, 500));
    await this.settled();
    if (to !== from) {
      grid.dispatchEvent(new PointerEvent('pointermove', {...finger, ...point(end)}));
      await this.settled();
    }
    grid.dispatchEvent(new PointerEvent('pointerup', {...finger}));
    await this.settled();
  }

  /** A button by its visible text (or aria-label). */
  button(text: string): HTMLButtonElement {
    const found = [...this.root.querySelectorAll('button')].find(
      (b) => collapse(b.textContent) === text || b.getAttribute('aria-label') === text,
    );
    if (!found) throw new Error(`No button "${text}"; the element shows: "${this.text}"`);
    return found;
  }

  async click(text: string): Promise<void> {
    this.button(text).click();
    await this.settled();
  }

  /** Sets a form control (select, input, textarea) and fires `input` and `change`. */
  async set(selector: string, value: string): Promise<void> {
    const control = this.root.querySelector<HTMLInputElement>(selector);
    if (!control) throw new Error(`No control ${selector}`);
    control.value = value;
    control.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
    control.dispatchEvent(new Event('change', {bubbles: true, composed: true}));
    await this.settled();
  }

  /** Makes the selected booking repeat `count` times, `daily` or `weekly`, in the panel. */
  async repeat(frequency: 'daily' | 'weekly', count: number): Promise<void> {
    await this.set('[part="repeat"]', frequency);
    await this.set('[part="repeat-count"]', String(count));
  }

  /** The calendar's text is long: a timeout quotes its start. */
  protected override describe(): string {
    return `the element shows: "${this.text.slice(0, 600)}"`;
  }
}
