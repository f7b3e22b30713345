// The grid's spans (a day's columns in a row, see grid-cells.directive.ts) and what the first
// paint draws of them. `content-visibility: auto` lets the browser skip the spans scrolled
// away, but it keeps rendering those within a viewport and a half of the screen: four of a
// compact week's seven days. So every span starts skipped (`grid__span--later`, not
// rendered), the ones the scroller shows are drawn in the first frame, and the others join
// them one frame later, when `content-visibility: auto` takes over: in the accessibility
// tree, focusable, and rendered as they are scrolled near.

/** The class of a span not rendered yet. */
export const LATER = 'grid__span--later';

let prototype: HTMLElement | undefined;

/** A new span, not rendered yet. No role: screen readers see its cells as the row's own. */
export function newSpan(): HTMLElement {
  prototype ??= Object.assign(document.createElement('div'), {className: `grid__span ${LATER}`});
  return prototype.cloneNode() as HTMLElement;
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
