// Reading and driving the demo portal (<portico-portal>, examples/portal) in Playwright: its
// pages nest the elements in the portal's own shadow root, so everything here searches every
// shadow root (through the page functions of in-page.mjs). Clicks are real mouse clicks, once
// the element is visible, still and enabled, and nothing covers it.
import {deepFind, deepText, handleInPage, portalState} from './in-page.mjs';
import {LOGIN, PORTAL} from './seed.mjs';
import {until} from './until.mjs';

/** The element `selector` inside the first `hostTag` (through every shadow root), or null. */
export async function element(page, hostTag, selector, text) {
  const handle = await handleInPage(page, deepFind, hostTag, selector, text);
  const el = handle.asElement();
  if (!el) await handle.dispose();
  return el;
}

/** Clicks the element `selector` inside `hostTag`; throws at once when there is none. */
export async function clickOn(page, hostTag, selector) {
  const el = await element(page, hostTag, selector);
  if (!el) throw new Error(`Nothing to click: ${hostTag} ${selector}`);
  await el.click();
  await el.dispose();
}

/** Clicks the button inside `hostTag` whose visible text starts with `text`. */
export async function clickButton(page, hostTag, text) {
  const el = await element(page, hostTag, 'button', text);
  if (!el) throw new Error(`No button "${text}" in <${hostTag}>`);
  await el.click();
  await el.dispose();
}

/**
 * Picks the option labelled `label` in the host page's `<select>` as a member does with the
 * keyboard: focused, Home, then ArrowDown to it (real key presses, so the browser counts what
 * follows as a response to input; `selectOption` changes the value without any input).
 */
export async function pickOption(page, selector, label) {
  const index = await page.$eval(
    selector,
    (select, text) => [...select.options].findIndex((option) => option.textContent === text),
    label,
  );
  if (index < 0) throw new Error(`${selector} has no option "${label}"`);
  await page.focus(selector);
  await page.keyboard.press('Home');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  const picked = await page.$eval(selector, (select) => select.selectedOptions[0]?.textContent);
  if (picked !== label) throw new Error(`${selector} shows "${picked}", not "${label}"`);
}

/** The text of `hostTag` (its light and shadow DOM, recursively), whitespace collapsed. */
export const textIn = (page, hostTag) => page.evaluate(deepText, hostTag);

/** The element `selector` inside `hostTag` (whose text starts with `text`) once it is there. */
export const waitFor = (page, hostTag, selector, {text, ms = 10_000} = {}) =>
  until(
    `${hostTag} ${selector}${text ? ` "${text}"` : ''}`,
    async () => (await element(page, hostTag, selector, text)) ?? false,
    ms,
  );

/** Types `text` into a field, replacing what it held. */
export async function typeInto(page, hostTag, selector, text) {
  const field = await waitFor(page, hostTag, selector);
  await field.evaluate((input) => {
    input.value = '';
  });
  await field.type(text);
  await field.dispose();
}

/** The portal's state: the page shown, its h1 (focused?), the title, path and links. */
export const stateOf = (page) => page.evaluate(portalState);

/** Waits until the portal shows the page `name` (with an h1 matching `heading`). */
export const onPage = (page, name, heading) =>
  until(`the ${name} page`, async () => {
    const state = await stateOf(page);
    return state.page === name && state.heading !== '' && (!heading || heading.test(state.heading))
      ? state
      : false;
  });

/**
 * The portal's state once a visitor's navigation is whole: Book, Shop, then the public
 * Events and Members (offered once the space's public lists have answered), then Sign in.
 */
export const visitorState = (page, name = 'signIn', heading = undefined) =>
  until(`a visitor's navigation on the ${name} page`, async () => {
    const state = await onPage(page, name, heading);
    return state.links.length === 5 && state;
  });

/** Follows the navigation link whose text starts with `linkText`, as a member clicks it. */
export async function navTo(page, linkText) {
  const link = await element(page, PORTAL, '[part~="link"]', linkText);
  if (!link) throw new Error(`No navigation link "${linkText}"`);
  // A hidden link (behind the phone's closed menu) fails at once instead of being waited for.
  if (!(await link.isVisible())) throw new Error(`The navigation link "${linkText}" is hidden`);
  await link.click();
  await link.dispose();
}

/** The credit balance's total, as the widget shows it (NaN before it has one). */
export async function creditsShown(page) {
  const text = await textIn(page, 'portico-credit-balance');
  const match = text.match(/^(\d[\d,\u202f\u00a0]*)/);
  return match ? Number(match[1].replace(/[^\d]/g, '')) : Number.NaN;
}

/** Waits until the credit balance shows a number, and returns it. */
export const untilCredits = (page, what = 'the credit balance') =>
  until(what, async () => {
    const credits = await creditsShown(page);
    return Number.isFinite(credits) ? credits : false;
  });

/** Signs `email` in on the portal's sign-in page, with the demo's mailbox button. */
export async function signInOnPortal(page, email) {
  await onPage(page, 'signIn', /^Sign in$/);
  await typeInto(page, LOGIN, '[part~="input"]', email);
  await clickButton(page, LOGIN, 'Send me a code');
  await until('the code step', async () =>
    /We sent a 6-digit code/.test(await textIn(page, LOGIN)),
  );
  await page.click('#fetch-code');
  await until('the code from the dev mailbox', async () =>
    /\b\d{6}\b/.test(await page.$eval('#code-result', (p) => p.textContent)),
  );
  await clickButton(page, LOGIN, 'Sign in');
}
