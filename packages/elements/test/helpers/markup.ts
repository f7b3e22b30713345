// What a member or operator writes is text, never HTML: a value that is markup, and a check
// that none of it became elements anywhere in a widget.

/**
 * A member name that is markup: inserted as HTML it would add an `<img>` (whose failed load
 * sets `window.__pwned`) and a `<b class="pwned">`.
 */
export const MARKUP_NAME = '<img src=x onerror=window.__pwned=1><b class=pwned>Ada</b>';

/** The elements `MARKUP_NAME` would have created under `root`, shadow roots included. */
export function injectedElements(root: Element | ShadowRoot): Element[] {
  const found = [...root.querySelectorAll('img[src="x"], b.pwned')];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...injectedElements(element.shadowRoot));
  }
  return found;
}

/** Whether markup's event handler ran, given a second (an `<img src=x>` fails to load). */
export async function pwned(): Promise<boolean> {
  const ran = () => (window as {__pwned?: unknown}).__pwned !== undefined;
  const deadline = performance.now() + 1_000;
  while (!ran() && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const result = ran();
  delete (window as {__pwned?: unknown}).__pwned; // the next check starts clean
  return result;
}
