// The grid's spans (a day's columns in a row, see grid-cells.directive.ts) and what the first
// paint draws of them. `content-visibility: auto` lets the browser skip the spans scrolled
// away, but it keeps rendering those within a viewport and a half of the screen: four of a
// compact week's seven days. So every span starts empty and skipped (`grid__span--later`, not
// rendered): the ones the scroller shows get their cells and are drawn in the first frame;
// the others get theirs in a background task after it, and `content-visibility: auto` takes
// over: in the accessibility tree, focusable, and rendered as they are scrolled near.

import {nothing, type ChildPart} from 'lit';
import {Directive, PartType, type PartInfo} from 'lit/directive.js';

/** The class of a span not rendered yet. */
export const LATER = 'grid__span--later';

let prototype: HTMLElement | undefined;

/**
 * What the grid's cells and headers have in common: a directive in a child position that
 * puts a row's items in spans with direct DOM calls (grid-cells.directive.ts,
 * grid-heads.directive.ts), and replaces them all when it builds them again.
 */
export abstract class SpansDirective<Input> extends Directive {
  #spans: ChildNode[] = [];

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('The grid’s rows go in a child position');
  }

  render(_input: Input): unknown {
    return nothing;
  }

  /**
   * Puts `count` items made by `item` in `part`, `size` to a span (no role: screen readers
   * see the items as the row's own), in place of those put before. The spans start skipped;
   * a span's items are made when it is revealed (`revealSpans`, `revealAll`), unless `eager`.
   */
  protected fill(
    part: ChildPart,
    count: number,
    size: number,
    item: (i: number) => Node,
    {eager = false}: {eager?: boolean} = {},
  ): void {
    for (const span of this.#spans) span.remove();
    prototype ??= Object.assign(document.createElement('div'), {className: `grid__span ${LATER}`});
    const fragment = document.createDocumentFragment();
    this.#spans = [];
    for (let first = 0; first < count; first += size) {
      const span = fragment.appendChild(prototype.cloneNode()) as HTMLElement;
      this.#spans.push(span);
      const make = () => {
        const items = document.createDocumentFragment();
        for (let i = first; i < Math.min(first + size, count); i++) items.appendChild(item(i));
        span.appendChild(items);
      };
      if (eager) make();
      else unfilled.set(span, make);
    }
    part.parentNode.insertBefore(fragment, part.endNode);
  }
}

/** Makes the items of each span not revealed yet. */
const unfilled = new WeakMap<Element, () => void>();

function reveal(span: Element): void {
  unfilled.get(span)?.();
  unfilled.delete(span);
  span.classList.remove(LATER);
}

/** A task at background priority where the browser has one. */
function inBackground(task: () => void): void {
  const {scheduler} = globalThis as {
    scheduler?: {postTask?(task: () => void, options: {priority: 'background'}): unknown};
  };
  if (scheduler?.postTask) scheduler.postTask(task, {priority: 'background'});
  else setTimeout(task);
}

/**
 * Lets the first frame draw the spans `scroller` shows, and every span after it, or as soon as
 * it scrolls. A span focus is about to reach is revealed at once with `revealAll`.
 */
export function revealSpans(scroller: HTMLElement): void {
  const later = [...scroller.querySelectorAll<HTMLElement>(`.${LATER}`)];
  if (later.length === 0) return;
  const view = scroller.getBoundingClientRect();
  // Every box is read before a span changes: one layout, of the spans' outlines only.
  const shown = later.filter((span) => {
    const box = span.getBoundingClientRect();
    return (
      box.right > view.left &&
      box.left < view.right &&
      box.bottom > view.top &&
      box.top < view.bottom
    );
  });
  for (const span of shown) reveal(span);
  const done = new AbortController();
  const rest = () => {
    done.abort(); // whichever comes first: the other has nothing left to do
    revealAll(scroller);
  };
  requestAnimationFrame(() => {
    inBackground(rest);
    // A member who scrolls before that task has run (a busy page) sees every day drawn.
    // Listened to from this frame's animation callbacks on: its scroll events (the grid's own
    // scroll to the first free row) were dispatched before them.
    scroller.addEventListener('scroll', rest, {once: true, passive: true, signal: done.signal});
  });
}

/** Fills and renders every span of `scroller` (keyboard focus may go anywhere in the grid). */
export function revealAll(scroller: ParentNode): void {
  for (const span of scroller.querySelectorAll(`.${LATER}`)) reveal(span);
}
