// The grid's spans (a day's columns in a row, see grid-cells.directive.ts) and what the first
// paint draws of them. `content-visibility: auto` lets the browser skip the spans scrolled
// away, but it keeps rendering those within a viewport and a half of the screen: four of a
// compact week's seven days. So every span starts empty and skipped (`grid__span--later`, not
// rendered). The first frame makes and draws the columns the scroller shows, with stand-ins as
// wide as the rest of their span (a phone shows a quarter of a compact week's day). The rest
// of the grid gets its cells in a background task after that frame, and `content-visibility:
// auto` takes over: in the accessibility tree, focusable, and rendered as they are scrolled
// near.

import {nothing, type ChildPart} from 'lit';
import {Directive, PartType, type PartInfo} from 'lit/directive.js';

/** The class of a span not rendered yet. */
export const LATER = 'grid__span--later';

/** The class of a span made in part: stand-ins hold the place of the columns not made yet. */
const PART = 'grid__span--part';

/** Spans with items still to make: not revealed, or revealed in part. */
export const PENDING = `.${LATER}, .${PART}`;

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
      const pending: Pending = {first, last: Math.min(first + size, count), item, from: 0, to: 0};
      if (eager) make(span, pending);
      else unmade.set(span, pending);
    }
    part.parentNode.insertBefore(fragment, part.endNode);
  }
}

/** A span's items, `[first, last)`, and those made so far, `[from, to)`. */
interface Pending {
  readonly first: number;
  readonly last: number;
  readonly item: (i: number) => Node;
  from: number;
  to: number;
}

/** The spans whose items are not all made yet. */
const unmade = new WeakMap<Element, Pending>();

/** The items `[from, to)` of a span, in order. */
function items({item}: Pending, from: number, to: number): DocumentFragment {
  const made = document.createDocumentFragment();
  for (let i = from; i < to; i++) made.appendChild(item(i));
  return made;
}

/** A stand-in for `count` columns not made yet: it grows and shrinks as they would together. */
function standIn(count: number): HTMLElement {
  const stand = document.createElement('div');
  stand.className = 'grid__rest';
  stand.style.setProperty('--portico-rest', String(count));
  return stand;
}

/**
 * Makes a span's items `[from, to)`, by default all it lacks, and lets the span render. A span
 * made in part holds stand-ins for the others (`standIn`), which they replace.
 */
function make(span: HTMLElement, pending: Pending, from = pending.first, to = pending.last): void {
  const {first, last} = pending;
  if (span.classList.contains(PART)) {
    if (pending.to < last) span.lastElementChild?.replaceWith(items(pending, pending.to, last));
    if (pending.from > first)
      span.firstElementChild?.replaceWith(items(pending, first, pending.from));
  } else {
    if (from > first) span.append(standIn(from - first));
    span.append(items(pending, from, to));
    if (to < last) span.append(standIn(last - to));
  }
  const part = from > first || to < last;
  span.classList.toggle(PART, part);
  span.classList.remove(LATER);
  if (part) Object.assign(pending, {from, to});
  else unmade.delete(span);
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
 * Lets the first frame draw the columns `scroller` shows, and every span after it, or as soon
 * as it scrolls. A span focus is about to reach is made at once with `revealAll`.
 */
export function revealSpans(scroller: HTMLElement): void {
  const later = [...scroller.querySelectorAll<HTMLElement>(`.${LATER}`)];
  if (later.length === 0) return;
  // The first row's spans (the headers) first, whole: their height moves every row below
  // them, and a header off screen may be taller (a longer name, wrapped).
  const first = later.filter((span) => span.parentElement === later[0]?.parentElement);
  revealShown(scroller, first, true);
  revealShown(scroller, later.slice(first.length));
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

/**
 * Makes the items of `spans` that `scroller` shows (a column either side, for rounding; all of
 * a shown span's when `whole`), with stand-ins for the others. Every box is read before a span
 * changes: one layout.
 */
function revealShown(scroller: HTMLElement, spans: HTMLElement[], whole = false): void {
  const view = scroller.getBoundingClientRect();
  // A span's columns are equally wide, in the writing direction.
  const rtl = getComputedStyle(scroller).direction === 'rtl';
  const shown = spans.flatMap((span) => {
    const box = span.getBoundingClientRect();
    const pending = unmade.get(span);
    if (
      !pending ||
      box.right <= view.left ||
      box.left >= view.right ||
      box.bottom <= view.top ||
      box.top >= view.bottom
    ) {
      return [];
    }
    const {first, last} = pending;
    if (whole) return [{span, pending, from: first, to: last}];
    const width = box.width / (last - first);
    const [start, end] = rtl
      ? [box.right - view.right, box.right - view.left]
      : [view.left - box.left, view.right - box.left];
    const from = Math.max(first, first + Math.floor(start / width) - 1);
    const to = Math.min(last, first + Math.ceil(end / width) + 1);
    return [{span, pending, from, to}];
  });
  for (const {span, pending, from, to} of shown) make(span, pending, from, to);
}

/** Makes and renders every span of `scroller` (keyboard focus may go anywhere in the grid). */
export function revealAll(scroller: ParentNode): void {
  for (const span of scroller.querySelectorAll<HTMLElement>(PENDING)) {
    const pending = unmade.get(span);
    if (pending) make(span, pending);
  }
}
