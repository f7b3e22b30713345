#!/usr/bin/env node
// Smoke test of the BUILT CDN file (packages/elements/dist/portico.js): a plain HTML page that
// loads only that one <script type="module">, with the seeded mock API behind it on the same
// origin, opened in headless Chromium.
//
//   node --conditions=source --import tsx scripts/smoke-cdn.mjs   (npm test builds the file first)
//
// Checks: the page loads no other script; every element folder's tag is defined; no page
// error; after the seeded member logs in, <portico-credit-balance> shows the credit total the
// API reports. Prints one line per check and, with PORTICO_SUMMARY_FILE set, writes
// {passed, failed} there for scripts/test.mjs.
import {existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import path from 'node:path';
import {Readable} from 'node:stream';
import {fileURLToPath} from 'node:url';
import puppeteer from 'puppeteer-core';
import {CHROME_FLAGS, CHROME_PATH} from './lib/chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const CDN_FILE = path.join(root, 'packages/elements/dist/portico.js');
const SPACE = 'demo';
const EMAIL = 'ada@example.com';

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Portico CDN smoke test</title>
    <script type="module" src="/portico.js"></script>
  </head>
  <body>
    <portico-credit-balance space="${SPACE}"></portico-credit-balance>
  </body>
</html>
`;

const results = {passed: 0, failed: 0};
function check(name, ok, detail = '') {
  results[ok ? 'passed' : 'failed']++;
  console.log(`${ok ? '✔' : '✖ FAILED'} ${name}${detail ? ` — ${detail}` : ''}`);
  return ok;
}
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

async function startMockServer() {
  try {
    const {createMockServer} = await import('@portico/mock-server/node');
    if (typeof createMockServer !== 'function')
      throw new Error('it has no createMockServer export');
    return {server: await createMockServer({port: 0, scenario: 'demo'})};
  } catch (error) {
    return {error};
  }
}

/** Serves the page and portico.js, and forwards /v1/* to the mock server. */
async function startPageServer(apiOrigin) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    try {
      if (url.pathname === '/favicon.ico') {
        res.writeHead(204).end();
      } else if (url.pathname === '/') {
        res.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(PAGE);
      } else if (url.pathname === '/portico.js' || url.pathname === '/portico.js.map') {
        const file = CDN_FILE + (url.pathname.endsWith('.map') ? '.map' : '');
        res.writeHead(200, {'content-type': 'text/javascript'}).end(readFileSync(file));
      } else if (url.pathname.startsWith('/v1/') && apiOrigin) {
        const chunks = [];
        for await (const chunk of req) chunks.push(chunk);
        const headers = {...req.headers};
        delete headers.host;
        const upstream = await fetch(apiOrigin + req.url, {
          method: req.method,
          headers,
          body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
        });
        const responseHeaders = Object.fromEntries(upstream.headers);
        delete responseHeaders['content-encoding'];
        delete responseHeaders['content-length'];
        res.writeHead(upstream.status, responseHeaders);
        if (upstream.body)
          Readable.fromWeb(upstream.body)
            .on('error', () => res.destroy())
            .pipe(res);
        else res.end();
      } else {
        res.writeHead(404).end();
      }
    } catch (error) {
      if (!res.headersSent) res.writeHead(502);
      res.end(String(error));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
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
 * Logs the seeded member in from the page with the SDK inside portico.js: preferably the very
 * client the elements share (`sharedClient`), else a client on the same API and space, whose
 * session lands in the same (default, local) storage.
 */
async function logInFromPage(page) {
  return page.evaluate(
    async ({space, email}) => {
      const portico = await import('/portico.js');
      const baseUrl = `${location.origin}/v1`;
      let client;
      if (typeof portico.sharedClient === 'function')
        client = portico.sharedClient(undefined, space);
      else if (typeof portico.createPorticoClient === 'function') {
        client = portico.createPorticoClient({baseUrl, space});
      } else {
        throw new Error(
          'portico.js exports neither sharedClient nor createPorticoClient: the page cannot log in',
        );
      }
      const challenge = await client.auth.requestCode({email});
      const mailbox = await (
        await fetch(`${baseUrl}/spaces/${space}/__dev/mailbox?email=${encodeURIComponent(email)}`)
      ).json();
      // The newest mail with a code (code in page.evaluate cannot call newestCode()).
      const code = mailbox.messages
        .filter((message) => message.code)
        .sort((a, b) => Date.parse(b.sentAt) - Date.parse(a.sentAt))[0]?.code;
      await client.auth.verifyCode({challengeId: challenge.challengeId, code});
    },
    {space: SPACE, email: EMAIL},
  );
}

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

async function main() {
  if (!check('the CDN file is built', existsSync(CDN_FILE), path.relative(root, CDN_FILE))) return;

  const mock = await startMockServer();
  check(
    'the mock server starts (createMockServer from @portico/mock-server/node)',
    Boolean(mock.server),
    mock.error ? `cannot start it: ${mock.error.message ?? mock.error}` : mock.server.url,
  );
  const pages = await startPageServer(mock.server ? new URL(mock.server.url).origin : null);
  const browser = await puppeteer.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: CHROME_FLAGS,
  });
  try {
    const page = await browser.newPage();
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`console.error ${message.text()}`);
    });
    await page.goto(`${pages.origin}/`, {waitUntil: 'load', timeout: 20_000});

    const scripts = pages.requests.filter((p) => /\.m?js$/.test(p));
    check(
      'the page loads portico.js and no other script',
      scripts.join() === '/portico.js',
      scripts.join(', '),
    );

    const tags = expectedTags();
    const undefinedTags = await page.evaluate(
      (tags) => tags.filter((tag) => !customElements.get(tag)),
      tags,
    );
    check(
      `every element is defined (${tags.length})`,
      tags.length > 0 && undefinedTags.length === 0,
      undefinedTags.length > 0 ? `not defined: ${undefinedTags.join(', ')}` : tags.join(', '),
    );

    if (!mock.server) {
      check(
        '<portico-credit-balance> shows the seeded credit total',
        false,
        'skipped: no mock server',
      );
    } else {
      try {
        await withTimeout(logInFromPage(page), 10_000, 'logging in from the page');
        const total = await withTimeout(
          creditTotalFromApi(mock.server.apiUrl),
          10_000,
          'reading credits from the API',
        );
        pageErrors.length = 0; // errors of the logged-out first render do not count
        const numbers = async () =>
          ((await renderedText(page, 'portico-credit-balance')) ?? '')
            .match(/\d[\d,.\u202f\u00a0]*/g)
            ?.map((n) => Number(n.replace(/[^\d]/g, ''))) ?? [];
        const shows = async (ms) => {
          const deadline = Date.now() + ms;
          while (Date.now() < deadline) {
            if ((await numbers()).includes(total)) return true;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
          return false;
        };
        // The element should update on login; if it does not, a reload must show the total.
        let how = 'after logging in';
        if (!(await shows(5_000))) {
          how = 'only after a reload';
          await page.reload({waitUntil: 'load', timeout: 20_000});
          await shows(10_000);
        }
        const text = await renderedText(page, 'portico-credit-balance');
        check(
          '<portico-credit-balance> shows the seeded credit total',
          (await numbers()).includes(total),
          `API total ${total}, element text "${text}" (${how})`,
        );
      } catch (error) {
        check('<portico-credit-balance> shows the seeded credit total', false, error.message);
      }
    }
    check('no page error or console.error', pageErrors.length === 0, pageErrors.join(' | '));
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
console.log(`cdn smoke: ${results.passed} passed, ${results.failed} failed`);
if (process.env.PORTICO_SUMMARY_FILE) {
  mkdirSync(path.dirname(process.env.PORTICO_SUMMARY_FILE), {recursive: true});
  writeFileSync(process.env.PORTICO_SUMMARY_FILE, JSON.stringify(results));
}
process.exitCode = results.failed > 0 ? 1 : 0;
