// What the end-to-end scripts share: Chromium (driven by playwright-core), a watched tab
// (errors, CSP violations, requests, layout shifts), reading and driving elements through their
// shadow roots the way a member does (real mouse clicks and key presses), checks that print one
// line each, and screenshots of every step written to test-results/e2e/ when something fails.
import {mkdirSync, renameSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import {chromium} from 'playwright-core';
import {CHROME_FLAGS, CHROME_PATH} from '../../lib/chrome.mjs';
import {TEST_TIME_ZONE, pinnedClockScript} from '../../lib/test-clock.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
export const SHOTS_DIR = path.join(root, 'test-results/e2e');

export const launch = () =>
  chromium.launch({executablePath: CHROME_PATH, headless: true, args: CHROME_FLAGS});

/**
 * A fresh browser context (a member's own browser: storage, session) whose pages run in
 * TEST_TIME_ZONE with their clock starting at TEST_NOW, the instant the journeys' mock servers
 * start at, whatever the real day and hour.
 */
export async function newContext(browser, options = {}) {
  const context = await browser.newContext({timezoneId: TEST_TIME_ZONE, ...options});
  await context.addInitScript(pinnedClockScript());
  return context;
}

/**
 * Counts checks; each prints one line. The names of the failed ones travel in the summary
 * file, so `npm test` can repeat them under its totals (a CI log's tail then says what failed).
 */
export class Checks {
  passed = 0;
  failed = 0;
  /** @type {string[]} */
  failures = [];
  check(name, ok, detail = '') {
    const line = `${name}${detail ? ` — ${detail}` : ''}`;
    this[ok ? 'passed' : 'failed']++;
    if (!ok) this.failures.push(line);
    console.log(`${ok ? '✔' : '✖ FAILED'} ${line}`);
    return ok;
  }
}

/**
 * Holds the page's requests whose URL `match`es (a slow network for a moment) until the
 * returned `release()` lets them through, in order.
 */
export async function holdRequests(page, match) {
  const held = [];
  let holding = true;
  const hold = (route) => {
    if (holding) held.push(route);
    else void route.continue().catch(() => {});
  };
  await page.route(match, hold);
  return async function release() {
    holding = false;
    for (const route of held) await route.continue().catch(() => {});
    await page.unroute(match, hold);
  };
}

/**
 * Opens `url` in a fresh browser context (its own storage: a second member, a second
 * browser), recording page errors, console errors, CSP violations, every request, the
 * responses' bodies (for the byte count) and the cumulative layout shift. With `downloadPath`,
 * the tab's downloads are saved there under their suggested names, as Chromium saves them
 * (the complete file appears at once: written beside it, then renamed).
 */
export async function openTab(browser, url, {width = 1280, height = 900, downloadPath} = {}) {
  const context = await newContext(browser, {viewport: {width, height}, acceptDownloads: true});
  const page = await context.newPage();
  const tab = {page, context, problems: [], requests: [], responses: []};
  if (downloadPath) {
    page.on('download', async (download) => {
      const file = path.join(downloadPath, download.suggestedFilename());
      try {
        await download.saveAs(`${file}.part`);
        renameSync(`${file}.part`, file);
      } catch {
        // a failed download saves nothing: whoever waits for the file says so
      }
    });
  }
  page.on('pageerror', (error) => tab.problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') tab.problems.push(`console.error: ${message.text()}`);
  });
  page.on('request', (request) =>
    tab.requests.push({method: request.method(), url: request.url(), at: Date.now()}),
  );
  page.on('response', (response) => tab.responses.push(response));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
    // Cumulative layout shift (without shifts right after input), as web-vitals counts it
    // minus the session windows: an upper bound, stricter than CLS.
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
    }).observe({type: 'layout-shift', buffered: true});
  });
  await page.goto(url, {waitUntil: 'networkidle', timeout: 30_000});
  return tab;
}

/** Waits until `page`'s calendar shows the cell labelled `where` (`L'Atelier, 8:00 AM`) booked. */
export async function waitUntilBooked(page, where, timeout = 15_000) {
  await page.waitForFunction(
    (where) =>
      document
        .querySelector('portico-booking-calendar')
        .shadowRoot.querySelector(`[role="gridcell"][aria-label^="${where}:"]`)
        ?.getAttribute('aria-label')
        ?.endsWith(': booked'),
    where,
    {timeout, polling: 20},
  );
}

/** Waits until no request has started for `quietMs` (the event stream stays open). */
export async function settle(tab, quietMs = 500, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const last = tab.requests.at(-1)?.at ?? 0;
    if (Date.now() - last >= quietMs || Date.now() > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

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

/**
 * Runs the journey's steps in order. Each passing step is one check and leaves a screenshot
 * of every tab in memory; the first failing step stops the journey, and then every step's
 * screenshots are written to test-results/e2e/ (what the member saw up to the failure).
 */
export class Journey {
  #shots = [];
  #step = 0;
  stopped = false;
  constructor(checks, name, tabs) {
    this.checks = checks;
    this.name = name;
    this.tabs = tabs;
  }

  async step(name, fn) {
    if (this.stopped) {
      console.log(`- not run (an earlier step failed): ${name}`);
      return undefined;
    }
    const n = String(++this.#step).padStart(2, '0');
    try {
      const detail = await fn();
      this.checks.check(name, true, detail ?? '');
      await this.#shoot(`${n}-${slug(name)}`);
    } catch (error) {
      this.stopped = true;
      this.checks.check(name, false, error?.message ?? String(error));
      await this.#shoot(`${n}-${slug(name)}-FAILED`);
      this.#write();
    }
  }

  async #shoot(base) {
    for (const [tabName, tab] of Object.entries(this.tabs())) {
      try {
        this.#shots.push({
          file: `${this.name}-${base}-${tabName}.png`,
          data: await tab.page.screenshot(),
        });
      } catch {
        // a closed tab has nothing to show
      }
    }
  }

  #write() {
    mkdirSync(SHOTS_DIR, {recursive: true});
    for (const {file, data} of this.#shots) writeFileSync(path.join(SHOTS_DIR, file), data);
    console.log(`  screenshots of each step: ${path.relative(root, SHOTS_DIR)}/${this.name}-*.png`);
  }
}

const slug = (text) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 50);

/** What the page downloaded, gzip-compressed as a server would send it, by kind. */
export async function pageBytes(tab) {
  const kinds = {html: 0, js: 0, css: 0, api: 0};
  let raw = 0;
  for (const response of tab.responses) {
    const url = new URL(response.url());
    if (url.pathname.endsWith('/events') || response.status() !== 200) continue;
    let body;
    try {
      body = await response.body();
    } catch {
      continue;
    }
    raw += body.length;
    const gz = gzipSync(body, {level: 9}).length;
    const kind = url.pathname.startsWith('/v1/')
      ? 'api'
      : url.pathname.endsWith('.js')
        ? 'js'
        : url.pathname.endsWith('.css')
          ? 'css'
          : 'html';
    kinds[kind] += gz;
  }
  return {kinds, raw};
}
