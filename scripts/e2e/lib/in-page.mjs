// Functions that run in the page, passed to an engine's evaluate(): the cross-engine
// journeys' tabs, or Playwright's page.evaluate(fn, arg) and handleInPage() below. Each is
// serialized on its own, so each carries its own helpers. Everything a member sees is inside
// shadow roots (the portal's pages nest their elements in its own); these search every shadow
// root below the document.

/**
 * The first element matching `selector` inside the first `hostTag` (searched through every
 * shadow root), whose text (whitespace collapsed) starts with `text` when given; or null.
 */
export function deepFind(hostTag, selector, text) {
  const all = (root, query) => {
    const found = [...root.querySelectorAll(query)];
    for (const el of root.querySelectorAll('*'))
      if (el.shadowRoot) found.push(...all(el.shadowRoot, query));
    return found;
  };
  const host = all(document, hostTag)[0];
  const scope = host?.shadowRoot ?? host;
  if (!scope) return null;
  const collapse = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  return (
    all(scope, selector).find(
      (el) => text === undefined || text === null || collapse(el.textContent).startsWith(text),
    ) ?? null
  );
}

/** The text of the first `hostTag` (its light and shadow DOM, recursively), collapsed. */
export function deepText(hostTag) {
  const all = (root, query) => {
    const found = [...root.querySelectorAll(query)];
    for (const el of root.querySelectorAll('*'))
      if (el.shadowRoot) found.push(...all(el.shadowRoot, query));
    return found;
  };
  const text = (node) =>
    [...(node.shadowRoot?.childNodes ?? []), ...node.childNodes]
      .map((child) =>
        child.nodeType === 3
          ? child.textContent
          : child.nodeType === 1 && !['STYLE', 'SCRIPT'].includes(child.tagName)
            ? text(child)
            : '',
      )
      .join(' ');
  const host = all(document, hostTag)[0];
  return host ? text(host).replace(/\s+/g, ' ').trim() : '';
}

/**
 * The portal's state: the page it shows, that page's h1 and whether it has focus, the
 * document's title and path, and the navigation's links.
 */
export function portalState() {
  const root = document.querySelector('portico-portal')?.shadowRoot;
  const h1 = root?.querySelector('h1');
  return {
    page: root?.querySelector('[part~="main"]')?.dataset.page ?? '',
    heading: h1?.textContent.replace(/\s+/g, ' ').trim() ?? '',
    headingFocused: Boolean(h1) && root.activeElement === h1,
    title: document.title,
    path: location.pathname,
    links: [...(root?.querySelectorAll('[part~="link"]') ?? [])].map((a) =>
      a.textContent.replace(/\s+/g, ' ').trim(),
    ),
  };
}

/** The `data-booking` ids of the calendar's "My bookings" that can be cancelled. */
export function cancellableBookings() {
  const all = (root, query) => {
    const found = [...root.querySelectorAll(query)];
    for (const el of root.querySelectorAll('*'))
      if (el.shadowRoot) found.push(...all(el.shadowRoot, query));
    return found;
  };
  return all(document, '[part~="my-bookings"] [data-booking]')
    .filter((el) => el.querySelector('[part~="cancel-button"]'))
    .map((el) => el.dataset.booking);
}

/** What the page's clock says, as an epoch. */
export const pageNow = () => Date.now();

/** The attribute `name` of what deepFind(hostTag, selector) finds, or null. */
export function deepAttribute(hostTag, selector, name) {
  const all = (root, query) => {
    const found = [...root.querySelectorAll(query)];
    for (const el of root.querySelectorAll('*'))
      if (el.shadowRoot) found.push(...all(el.shadowRoot, query));
    return found;
  };
  const host = all(document, hostTag)[0];
  const scope = host?.shadowRoot ?? host;
  return (scope && all(scope, selector)[0]?.getAttribute(name)) ?? null;
}

/**
 * Runs the page function `fn(...args)` in a Playwright page (whose evaluate() passes one
 * argument only); resolves with a JSHandle to its result.
 */
export const handleInPage = (page, fn, ...args) =>
  page.evaluateHandle(`(${fn})(...${JSON.stringify(args)})`);
