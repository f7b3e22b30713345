// A tiny static server for this example: the page (public/), the Portico CDN folder under
// /portico/, and the mock API under /v1/ — one origin, so the page's Content-Security-Policy
// can say 'self' for everything. A real site would serve public/ from its own server and put
// its Portico API (or a proxy to it) at /v1.
//
//   npm run dev                        http://127.0.0.1:5173 (PORT and HOST change it)
//
// `npm run dev` builds the CDN folder first when it is missing. Importing this file (the
// end-to-end tests do) starts nothing: call startSite().
import {spawnSync} from 'node:child_process';
import {existsSync, statSync} from 'node:fs';
import {createServer} from 'node:http';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {createMockApi} from '@portico/mock-server';
import {toNodeListener} from '@portico/mock-server/node';
// Compression and caching as a CDN would do them (any static server or CDN does this for you).
import {sendFile} from '../../scripts/lib/send-file.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repositoryRoot = path.resolve(here, '../..');

/** Where this example's files come from. Outside this repository: your copy of the CDN folder. */
export const PUBLIC_DIR = path.join(here, 'public');
export const CDN_DIR = path.join(repositoryRoot, 'packages/elements/dist/cdn');

/**
 * Strict: no inline script or style, nothing from another origin, Trusted Types on (Lit's
 * templates use the `lit-html` policy).
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** The file a URL path names under `folder`, or undefined (never outside the folder). */
function fileIn(folder, relative) {
  const file = path.resolve(
    folder,
    relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative,
  );
  if (!file.startsWith(folder + path.sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * Serves `publicDir` at /, the CDN folder at /portico/ and a fresh mock API (seeded with
 * `scenario`) at /v1/. Resolves once it listens: {url, api, close}.
 */
export async function startSite({
  port = 0,
  host = '127.0.0.1',
  scenario = 'demo',
  publicDir = PUBLIC_DIR,
  cdnDir = CDN_DIR,
  // A single-page app's client-side routes answer with its index.html.
  spaFallback = false,
  // The policy the pages are served with (e.g. Vue's runtime adds its own Trusted Types policy).
  csp = CSP,
  // The mock API's clock: an instant to start at (tests pin it), real time by default.
  now,
} = {}) {
  const api = createMockApi({scenario, now});
  const closing = new AbortController();
  const apiListener = toNodeListener(api.dispatch, {signal: closing.signal});

  const server = createServer((req, res) => {
    if (req.url?.startsWith('/v1/')) return apiListener(req, res);
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return res.writeHead(400).end();
    }
    let file = pathname.startsWith('/portico/')
      ? fileIn(cdnDir, pathname.slice('/portico/'.length))
      : fileIn(publicDir, pathname.slice(1));
    if (!file && spaFallback && !path.extname(pathname)) file = fileIn(publicDir, '');
    if (!file) return res.writeHead(404, {'content-type': 'text/plain'}).end('Not found\n');
    sendFile(req, res, file, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-security-policy': csp,
      'x-content-type-options': 'nosniff',
    }).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const url = `http://${host}:${server.address().port}`;
  return {
    url,
    api,
    close: () =>
      new Promise((resolve) => {
        closing.abort();
        api.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync(path.join(CDN_DIR, 'credit-balance.js'))) {
    const build = spawnSync(
      process.execPath,
      [path.join(repositoryRoot, 'scripts/build.mjs'), '--cdn'],
      {
        stdio: 'inherit',
      },
    );
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const site = await startSite({
    port: Number(process.env.PORT ?? 5173),
    host: process.env.HOST ?? '127.0.0.1',
  });
  console.log(`\nLa Canopée (Portico HTML example): ${site.url}/`);
  console.log(`  mock API: ${site.url}/v1/spaces/demo`);
  console.log(`  sign in as ada@example.com; the code is in the dev mailbox:`);
  console.log(`  ${site.url}/v1/spaces/demo/__dev/mailbox?email=ada@example.com\n`);
  const stop = () => site.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
