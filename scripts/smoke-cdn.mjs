#!/usr/bin/env node
// Smoke test of the BUILT CDN file (packages/elements/dist/portico.js): a plain HTML page that
// loads only that one <script type="module">, with the seeded mock API behind it on the same
// origin, opened in headless Chromium (driven by playwright-core).
//
//   node --conditions=source --import tsx scripts/smoke-cdn.mjs   (npm test builds the file first)
//
// Checks: the page loads no other script; every element folder's tag is defined; no page
// error; after the seeded member logs in, <portico-credit-balance> shows the credit total the
// API reports; the build's template pass left every styles file's CSS rules as written. Prints one line per check and, with PORTICO_SUMMARY_FILE set, writes
// {passed, failed} there for scripts/test.mjs.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {newContext} from './e2e/lib/browser.mjs';
import {Checks, report} from './e2e/lib/checks.mjs';
import {until} from './e2e/lib/until.mjs';
import {CHROME_FLAGS, CHROME_PATH} from './lib/chrome.mjs';
import {CDN_DIR, startMockServer, startPageServer} from './lib/page-server.mjs';
import {stylesAsBuilt} from './lib/styles-as-built.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const SPACE = 'demo';
const EMAIL = 'ada@example.com';

const page = (title, head, body) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <link rel="stylesheet" href="/portico/themes/tokens.css" />
    ${head}
  </head>
  <body>
    ${body}
  </body>
</html>
`;

const PAGES = {
  // Everything: portico.js alone.
  '/': page(
    'Every element',
    '<script type="module" src="/portico/portico.js"></script>',
    `<portico-provider space="${SPACE}"><portico-credit-balance></portico-credit-balance></portico-provider>`,
  ),
  // One widget's own file, no provider: the widget's space attribute is enough.
  '/one-widget.html': page(
    'One widget',
    '<script type="module" src="/portico/credit-balance.js"></script>',
    `<portico-credit-balance space="${SPACE}"></portico-credit-balance>`,
  ),
  // Two widgets' files and a provider: shared chunks load once, one client for both.
  '/two-widgets.html': page(
    'Two widgets',
    '<script type="module" src="/portico/credit-balance.js"></script>\n' +
      '    <script type="module" src="/portico/login.js"></script>',
    `<portico-provider space="${SPACE}">
      <portico-login></portico-login>
      <portico-credit-balance></portico-credit-balance>
    </portico-provider>`,
  ),
};

const results = new Checks();
const check = (name, ok, detail) => results.check(name, ok, detail);
const withTimeout = (promise, ms, what) =>
  Promise.race([
    promise,
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms).unref(),
    ),
  ]);

/** Tags the CDN file should define: one per element folder (src/<name>/<name>.component.ts). */
function expectedTags() {
  const src = path.join(root, 'packages/elements/src');
  return readdirSync(src, {withFileTypes: true})
    .filter(
      (entry) =>
        entry.isDirectory() && existsSync(path.join(src, entry.name, `${entry.name}.component.ts`)),
    )
    .map((entry) => `portico-${entry.name}`);
}

/** The code in the newest mail of a `GET /__dev/mailbox` answer (whatever its order). */
const newestCode = (mailbox) =>
  mailbox.messages
    .filter((message) => message.code)
    .sort((a, b) => Date.parse(b.sentAt) - Date.parse(a.sentAt))[0]?.code;

/** Logs the seeded member in over plain HTTP (the contract only) and returns the credit total. */
async function creditTotalFromApi(apiUrl) {
  const base = `${apiUrl}/spaces/${SPACE}`;
  const post = (route, body) =>
    fetch(base + route, {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: JSON.stringify(body),
    });
  const challenge = await (await post('/auth/otp', {email: EMAIL})).json();
  const mailbox = await (
    await fetch(`${base}/__dev/mailbox?email=${encodeURIComponent(EMAIL)}`)
  ).json();
  const code = newestCode(mailbox);
  const auth = await (
    await post('/auth/otp/verify', {challengeId: challenge.challengeId, code})
  ).json();
  const response = await fetch(`${base}/me/credits`, {
    headers: {authorization: `Bearer ${auth.session.token}`},
  });
  if (!response.ok) throw new Error(`GET /me/credits answered ${response.status}`);
  return (await response.json()).total;
}

/**
 * Signs the seeded member in from the page, through `client` (an expression evaluated in the
 * page: the provider's `getClient()`, or a client from `createPorticoClient`), reading the code
 * from the mock server's dev mailbox.
 */
async function signInFromPage(page, clientExpression) {
  return page.evaluate(
    async ({space, email, clientExpression}) => {
      const client = await new Function(`return (async () => ${clientExpression})()`)();
      const {challengeId} = await client.auth.requestCode({email});
      const mailbox = await (
        await fetch(`/v1/spaces/${space}/__dev/mailbox?email=${encodeURIComponent(email)}`)
      ).json();
      const code = mailbox.messages
        .filter((message) => message.code)
        .sort((a, b) => Date.parse(b.sentAt) - Date.parse(a.sentAt))[0]?.code;
      await client.auth.verifyCode({challengeId, code});
      window.__client = client;
    },
    {space: SPACE, email: EMAIL, clientExpression},
  );
}

/** Books the first free slot of a room paid in credits through `window.__client`. */
const bookFromPage = (page) =>
  page.evaluate(async () => {
    const client = window.__client;
    const {items} = await client.resources.list();
    const room = items.find((resource) => (resource.creditsPerHour ?? 0) > 0);
    const from = new Date();
    const iso = (date) => date.toISOString().replace('Z', '+00:00');
    const {resources} = await client.resources.getAvailability({
      from: iso(from),
      to: iso(new Date(from.getTime() + 14 * 86_400_000)),
      resourceIds: [room.id],
    });
    const start = resources[0].free[0].start;
    const end = iso(new Date(Date.parse(start) + room.rules.slotMinutes * 60_000));
    const {cost} = await client.bookings.create({resourceId: room.id, start, end});
    return cost.credits;
  });

/** The element's visible text, through its shadow root. */
const renderedText = (page, tag) =>
  page.evaluate((tag) => {
    const deepText = (node) =>
      [...(node.shadowRoot?.childNodes ?? []), ...node.childNodes]
        .map((child) =>
          child.nodeType === 3 ? child.textContent : child.nodeType === 1 ? deepText(child) : '',
        )
        .join(' ');
    const element = document.querySelector(tag);
    return element ? deepText(element).replace(/\s+/g, ' ').trim() : null;
  }, tag);

/** Waits until the credit balance shows `total` (as a formatted number); whether it did. */
const showsTotal = (page, total, ms = 8_000) =>
  until(
    `the credit balance to show ${total}`,
    async () =>
      ((await renderedText(page, 'portico-credit-balance')) ?? '')
        .match(/\d[\d,.\u202f\u00a0]*/g)
        ?.map((n) => Number(n.replace(/[^\d]/g, '')))
        .includes(total),
    ms,
  ).catch(() => false);

/** Opens `pathname` in a fresh page, recording errors, CSP violations and requests. */
async function open(browser, pages, pathname) {
  // A fresh context each time: no session left in localStorage by the page before. 800 × 600,
  // the viewport these pages have always been checked at.
  const context = await newContext(browser, {viewport: {width: 800, height: 600}});
  const tab = await context.newPage();
  const problems = [];
  tab.on('pageerror', (error) => problems.push(error.message));
  tab.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error ${message.text()}`);
  });
  await tab.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const first = pages.requests.length;
  await tab.goto(`${pages.origin}${pathname}`, {waitUntil: 'networkidle', timeout: 20_000});
  const scripts = () => pages.requests.slice(first).filter((p) => /\.m?js$/.test(p));
  return {tab, problems, scripts, close: () => context.close()};
}

/**
 * Each styles file's CSS as the CDN build has it and as written, both parsed by Chromium:
 * `[{file, same, written, built}]` (whether the rules are the same, and the two lengths).
 */
async function compareStyles(browser) {
  const {files, written, built} = await stylesAsBuilt();
  const context = await newContext(browser);
  const tab = await context.newPage();
  const compared = await tab.evaluate(
    async ({written, built}) => {
      const load = async (code) =>
        (await import(URL.createObjectURL(new Blob([code], {type: 'text/javascript'})))).default;
      // A value with a var() (and a custom property's) keeps its whitespace as written until
      // it is used, `repeat(var(--columns), minmax(6rem, 1fr))`: that whitespace is not compared.
      const rules = (text) => {
        const sheet = new globalThis.CSSStyleSheet();
        sheet.replaceSync(text);
        return [...sheet.cssRules]
          .map((rule) => rule.cssText)
          .join('\n')
          .replace(/\(\s+/g, '(')
          .replace(/\s+\)/g, ')')
          .replace(/\s*,\s*/g, ',')
          .replace(/\s+/g, ' ');
      };
      const [before, after] = [await load(written), await load(built)];
      return before.map((text, index) => ({
        same: rules(text) === rules(after[index]),
        written: text.length,
        built: after[index].length,
      }));
    },
    {written, built},
  );
  await context.close();
  return compared.map((each, index) => ({file: path.basename(files[index]), ...each}));
}

/**
 * The tags of `tags` still undefined once each has been on the page: an element of
 * lazy-elements.ts registers when its tag first appears (then the probe is removed).
 */
const undefinedTags = (tab, tags) =>
  tab.evaluate(async (tags) => {
    const probes = tags
      .filter((tag) => !customElements.get(tag))
      .map((tag) => document.body.appendChild(document.createElement(tag)));
    const defined = Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    await Promise.race([defined, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    for (const probe of probes) probe.remove();
    return tags.filter((tag) => !customElements.get(tag));
  }, tags);

async function main() {
  const files = ['portico.js', ...expectedTags().map((tag) => `${tag.slice(8)}.js`)];
  const missing = files.filter((file) => !existsSync(path.join(CDN_DIR, file)));
  for (const theme of ['tokens', 'dark', 'contrast', 'all']) {
    if (!existsSync(path.join(CDN_DIR, `themes/${theme}.css`))) missing.push(`themes/${theme}.css`);
  }
  if (
    !check(
      'the CDN folder has portico.js, a file per element and the themes',
      missing.length === 0,
      missing.length ? `missing: ${missing.join(', ')}` : files.join(', '),
    )
  )
    return;
  const read = (theme) => readFileSync(path.join(CDN_DIR, `themes/${theme}.css`), 'utf8');
  const all = read('all');
  check(
    'themes/all.css is tokens.css, dark.css and contrast.css in that order',
    all === ['tokens', 'dark', 'contrast'].map(read).join('\n'),
    `${all.length} characters`,
  );

  const mock = await startMockServer();
  if (
    !check(
      'the mock server starts (createMockServer from @portico/mock-server/node)',
      Boolean(mock.server),
      mock.error ? String(mock.error.message ?? mock.error) : mock.server.url,
    )
  )
    return;
  const pages = await startPageServer(new URL(mock.server.url).origin, PAGES);
  const browser = await chromium.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: CHROME_FLAGS,
  });
  const total = await creditTotalFromApi(mock.server.apiUrl);
  try {
    // 0. The build's minified styles are the rules the styles files state.
    {
      const styles = await compareStyles(browser);
      const changed = styles.filter((each) => !each.same).map((each) => each.file);
      const sum = (key) => styles.reduce((total, each) => total + each[key], 0);
      check(
        `the build's template pass keeps the CSS rules of every styles file (${styles.length})`,
        styles.length > 0 && changed.length === 0 && sum('built') < sum('written'),
        changed.length
          ? `rules differ in ${changed.join(', ')}`
          : `${sum('written')} → ${sum('built')} characters`,
      );
    }
    // 1. Everything from portico.js, and the host's own client from the same module.
    {
      const {tab, problems, scripts, close} = await open(browser, pages, '/');
      const loaded = scripts();
      check(
        'portico.js is the only script tag, and loads only files of the CDN folder',
        loaded[0] === '/portico/portico.js' && loaded.every((p) => p.startsWith('/portico/')),
        loaded.join(', '),
      );
      const tags = expectedTags();
      // The later areas' elements (lazy-elements.ts) register when their tag first appears.
      await tab.evaluate(async (tags) => {
        const missing = tags.filter((tag) => !customElements.get(tag));
        for (const tag of missing) document.body.append(document.createElement(tag));
        const defined = Promise.all(missing.map((tag) => customElements.whenDefined(tag)));
        await Promise.race([defined, new Promise((resolve) => setTimeout(resolve, 5_000))]);
        for (const tag of missing) document.querySelector(`body > ${tag}`)?.remove();
      }, tags);
      const notDefined = await undefinedTags(tab, tags);
      check(
        `portico.js defines every element, the later areas' on first use (${tags.length})`,
        notDefined.length === 0,
        notDefined.join(', ') || tags.join(', '),
      );
      await withTimeout(
        signInFromPage(
          tab,
          `(async () => { const {createPorticoClient} = await import('/portico/portico.js'); const client = createPorticoClient({baseUrl: location.origin + '/v1', space: '${SPACE}'}); document.querySelector('portico-provider').client = client; return client; })()`,
        ),
        10_000,
        'signing in with createPorticoClient',
      );
      check(
        'a client from createPorticoClient, given to the provider, drives the elements',
        await showsTotal(tab, total),
        `API total ${total}; element: "${await renderedText(tab, 'portico-credit-balance')}"`,
      );
      const cost = await withTimeout(bookFromPage(tab), 10_000, 'booking');
      check(
        'booking through that client lowers the balance on the page at once',
        cost > 0 && (await showsTotal(tab, total - cost)),
        `cost ${cost}; element: "${await renderedText(tab, 'portico-credit-balance')}"`,
      );
      check(
        'portico.js page: no error, no CSP violation',
        problems.length === 0,
        problems.join(' | '),
      );
      await close();
    }
    // 2. One widget's file alone.
    {
      const {tab, problems, scripts, close} = await open(browser, pages, '/one-widget.html');
      const loaded = scripts();
      check(
        'credit-balance.js loads without portico.js (its own chunks only)',
        loaded[0] === '/portico/credit-balance.js' &&
          !loaded.includes('/portico/portico.js') &&
          loaded.slice(1).every((p) => p.startsWith('/portico/chunks/')),
        loaded.join(', '),
      );
      const notDefined = await undefinedTags(tab, ['portico-credit-balance', 'portico-provider']);
      check(
        'credit-balance.js defines the widget and the provider',
        notDefined.length === 0,
        notDefined.join(', '),
      );
      const text = await renderedText(tab, 'portico-credit-balance');
      check('the widget shows its signed-out state', /sign in/i.test(text ?? ''), text ?? '');
      check(
        'one-widget page: no error, no CSP violation',
        problems.length === 0,
        problems.join(' | '),
      );
      await close();
    }
    // 3. Two widgets, one provider: chunks shared; the provider's own client books.
    {
      const {tab, problems, scripts, close} = await open(browser, pages, '/two-widgets.html');
      const loaded = scripts();
      const duplicates = loaded.filter((p, i) => loaded.indexOf(p) !== i);
      check(
        'two widgets load each shared chunk once',
        duplicates.length === 0 &&
          loaded.includes('/portico/login.js') &&
          loaded.includes('/portico/credit-balance.js'),
        loaded.join(', '),
      );
      await withTimeout(
        signInFromPage(tab, "document.querySelector('portico-provider').getClient()"),
        10_000,
        'signing in with provider.getClient()',
      );
      // The first page's booking spent credits: the API says what is left now.
      const now = await creditTotalFromApi(mock.server.apiUrl);
      const login = await renderedText(tab, 'portico-login');
      check(
        'provider.getClient() signs the member in for every widget inside',
        (await showsTotal(tab, now)) && !/send me a code/i.test(login ?? ''),
        `credits: "${await renderedText(tab, 'portico-credit-balance')}"; login: "${login}"`,
      );
      const before = Number(
        ((await renderedText(tab, 'portico-credit-balance')) ?? '').match(/\d+/)?.[0],
      );
      const cost = await withTimeout(bookFromPage(tab), 10_000, 'booking');
      check(
        'booking through provider.getClient() lowers the balance at once',
        cost > 0 && (await showsTotal(tab, before - cost)),
        `before ${before}, cost ${cost}; element: "${await renderedText(tab, 'portico-credit-balance')}"`,
      );
      check(
        'two-widget page: no error, no CSP violation',
        problems.length === 0,
        problems.join(' | '),
      );
      await close();
    }
  } finally {
    await browser.close();
    await pages.close();
    await mock.server?.close();
  }
}

try {
  await main();
} catch (error) {
  check('the smoke test runs', false, error.stack ?? String(error));
}
process.exitCode = report(results, 'cdn smoke');
