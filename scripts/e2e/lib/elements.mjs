// Reading and driving a page's elements through their shadow roots the way a member does (real
// mouse clicks and key presses), for pages that place the elements in the document itself
// (examples/html, React, Vue). The portal nests its elements in its own shadow root: see
// portal.mjs.

/**
 * The element matching `selector` in `host`'s shadow root (optionally the one whose text,
 * whitespace collapsed, includes `text`), once it exists: an ElementHandle to click or type in.
 */
export async function find(page, host, selector, {text, timeout = 8_000} = {}) {
  try {
    const handle = await page.waitForFunction(
      ({host, selector, text}) => {
        const root = document.querySelector(host)?.shadowRoot;
        const collapse = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
        return (
          [...(root?.querySelectorAll(selector) ?? [])].find(
            (el) =>
              text === undefined ||
              collapse(el.textContent).includes(text) ||
              el.getAttribute('aria-label') === text,
          ) ?? null
        );
      },
      {host, selector, text},
      {timeout, polling: 50},
    );
    return handle.asElement();
  } catch {
    throw new Error(
      `${host} shows no ${selector}${text ? ` with "${text}"` : ''}; it shows: "${(await textOf(page, host)).slice(0, 400)}"`,
    );
  }
}

/**
 * Clicks with the mouse (scrolled into view first, once the element is visible, still and
 * enabled, and nothing covers it), as a member would.
 */
export async function click(page, host, selector, options) {
  const handle = await find(page, host, selector, options);
  await handle.click();
  return handle;
}

/** The visible text of `host` (or of one part of it), whitespace collapsed. */
export const textOf = (page, host, selector = '[part~="base"]') =>
  page.evaluate(
    ({host, selector}) => {
      const root = document.querySelector(host)?.shadowRoot;
      const node = root?.querySelector(selector) ?? root;
      return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
    },
    {host, selector},
  );

/** Waits until the text of `host`'s `selector` matches `pattern`; returns the text. */
export async function waitForText(page, host, selector, pattern, timeout = 8_000) {
  try {
    await page.waitForFunction(
      ({host, selector, source, flags}) => {
        const node = document.querySelector(host)?.shadowRoot?.querySelector(selector);
        const text = (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
        return new RegExp(source, flags).test(text);
      },
      {host, selector, source: pattern.source, flags: pattern.flags},
      {timeout, polling: 50},
    );
  } catch {
    throw new Error(
      `${host} ${selector} never matched ${pattern}; it shows: "${(await textOf(page, host, selector)).slice(0, 400)}"`,
    );
  }
  return textOf(page, host, selector);
}

/** The number a credit balance shows (its `total` part), or NaN. */
export const creditTotal = async (page) =>
  Number((await textOf(page, 'portico-credit-balance', '[part~="total"]')).replace(/[^\d]/g, ''));

/** Waits until the credit balance shows `total`. */
export async function waitForTotal(page, total, timeout = 8_000) {
  try {
    await page.waitForFunction(
      (total) => {
        const node = document
          .querySelector('portico-credit-balance')
          ?.shadowRoot?.querySelector('[part~="total"]');
        return Number((node?.textContent ?? '').replace(/[^\d]/g, '')) === total;
      },
      total,
      {timeout, polling: 50},
    );
  } catch {
    throw new Error(
      `the credit balance never showed ${total}; it shows "${await textOf(page, 'portico-credit-balance')}"`,
    );
  }
}
