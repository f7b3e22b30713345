// The grid's spans (a day's columns in a row, see grid-cells.directive.ts) and what the first
// paint draws of them. `content-visibility: auto` lets the browser skip the spans scrolled
// away, but it keeps rendering those within a viewport and a half of the screen: four of a
// compact week's seven days. So every span starts skipped (`grid__span--later`, not
// rendered), the ones the scroller shows are drawn in the first frame, and the others join
// them one frame later, when `content-visibility: auto` takes over: in the accessibility
// tree, focusable, and rendered as they are scrolled near.

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
   * Puts `count` items made by `item` in `part`, `size` to a span (spans not rendered yet; no
   * role: screen readers see the items as the row's own), in place of those put before.
   */
  protected fill(part: ChildPart, count: number, size: number, item: (i: number) => Node): void {
    for (const span of this.#spans) span.remove();
    prototype ??= Object.assign(document.createElement('div'), {className: `grid__span ${LATER}`});
    const fragment = document.createDocumentFragment();
    this.#spans = [];
    let span: Node = fragment;
    for (let i = 0; i < count; i++) {
      if (i % size === 0) {
        span = fragment.appendChild(prototype.cloneNode());
        this.#spans.push(span as ChildNode);
      }
      span.appendChild(item(i));
    }
    part.parentNode.insertBefore(fragment, part.endNode);
  }
}

/**
 * Lets the first frame draw the spans `scroller` shows, and every span the frame after it.
 * A span focus is about to reach is revealed at once with `revealAll`.
 */
export function revealSpans(scroller: HTMLElement): void {
  const later = [...scroller.querySelectorAll<HTMLElement>(`.${LATER}`)];
  if (later.length === 0) return;
  const view = scroller.getBoundingClientRect();
  // Every box is read before a class changes: one layout, of the spans' outlines only.
  const shown = later.filter((span) => {
    const box = span.getBoundingClientRect();
    return (
      box.right > view.left &&
      box.left < view.right &&
      box.bottom > view.top &&
      box.top < view.bottom
    );
  });
  for (const span of shown) span.classList.remove(LATER);
  requestAnimationFrame(() => setTimeout(() => revealAll(scroller)));
}

/** Renders every span of `scroller` (keyboard focus may go anywhere in the grid). */
export function revealAll(scroller: ParentNode): void {
  for (const span of scroller.querySelectorAll(`.${LATER}`)) span.classList.remove(LATER);
}
