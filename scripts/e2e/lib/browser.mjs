// Chromium for the end-to-end scripts (Debian's, driven by playwright-core): launched, a
// member's browser context with the pinned clock, a watched tab (errors, CSP violations,
// requests, layout shifts), a slow network held for a moment, and what a page downloaded.
import {renameSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {chromium} from 'playwright-core';
import {CHROME_FLAGS, CHROME_PATH} from '../../lib/chrome.mjs';
import {TEST_TIME_ZONE, pinnedClockScript} from '../../lib/test-clock.mjs';
import {until} from './until.mjs';

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
 * (the complete file appears at once: written beside it, then renamed). `colorScheme` is the
 * media the page sees; `timeout` bounds its first load (until the network is idle).
 */
export async function openTab(
  browser,
  url,
  {width = 1280, height = 900, downloadPath, colorScheme, timeout = 30_000} = {},
) {
  const context = await newContext(browser, {
    viewport: {width, height},
    acceptDownloads: true,
    ...(colorScheme && {colorScheme}),
  });
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
  await page.goto(url, {waitUntil: 'networkidle', timeout});
  return tab;
}

/**
 * Waits until no request has started for `quietMs` (the event stream stays open), or
 * `timeoutMs` have passed.
 */
export const settle = (tab, quietMs = 500, timeoutMs = 10_000) =>
  until(
    'the network to be quiet',
    () => Date.now() - (tab.requests.at(-1)?.at ?? 0) >= quietMs,
    timeoutMs,
  ).catch(() => undefined);

/**
 * What the page downloaded, gzip-compressed as a server would send it, by kind; `summary` says
 * it in one line ("61.2 KB gzip (190.3 KB raw): JS …, CSS …, HTML …, API …").
 */
export async function pageBytes(tab) {
  const kinds = {html: 0, js: 0, css: 0, api: 0};
  let raw = 0;
  for (const response of tab.responses) {
    const url = new URL(response.url());
    if (url.pathname.endsWith('/stream') || response.status() !== 200) continue;
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
  const total = kinds.html + kinds.js + kinds.css + kinds.api;
  const summary = `${kb(total)} gzip (${kb(raw)} raw): JS ${kb(kinds.js)}, CSS ${kb(kinds.css)}, HTML ${kb(kinds.html)}, API ${kb(kinds.api)}`;
  return {kinds, raw, summary};
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Removes the first of `problems` that matches `pattern` (the console error Chromium logs
 * itself for an expected 4xx answer) and says whether there was one.
 */
export function expectProblem(problems, pattern) {
  const i = problems.findIndex((problem) => pattern.test(problem));
  if (i >= 0) problems.splice(i, 1);
  return i >= 0;
}

/** The tab's requests to anywhere but `origin` (data: URLs aside). */
export const foreignRequests = (tab, origin) =>
  tab.requests.filter((r) => !r.url.startsWith('data:') && new URL(r.url).origin !== origin);

/**
 * The tab's scripts (200 answers for paths `scripts` matches) and those not served as a
 * space's CDN would (scripts/lib/send-file.mjs): brotli-compressed, those whose path `hashed`
 * matches cached for a year (immutable), the others revalidated (no-cache).
 */
export function scriptsNotLikeCdn(tab, scripts, hashed) {
  const served = tab.responses.filter(
    (response) => response.status() === 200 && scripts.test(new URL(response.url()).pathname),
  );
  const unlike = served.filter((response) => {
    const headers = response.headers();
    const cached = hashed.test(new URL(response.url()).pathname)
      ? /\bimmutable\b/.test(headers['cache-control'] ?? '') &&
        /max-age=31536000/.test(headers['cache-control'] ?? '')
      : headers['cache-control'] === 'no-cache';
    return headers['content-encoding'] !== 'br' || !cached;
  });
  return {
    served,
    unlike: unlike.map((r) => `${new URL(r.url()).pathname}: ${JSON.stringify(r.headers())}`),
  };
}
