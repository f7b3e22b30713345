// `npm start`: builds the CDN bundle, then serves the demo portal (examples/portal) with the
// mock server's seeded space behind it on the same origin:
//
//   /             examples/portal/*                 the host page, as a space's website would be
//   /members/*    examples/portal/index.html        the portal's own paths (path routing under
//                                                    base="/members/"): deep links and reloads work
//   /portico/*    packages/elements/dist/cdn/*      the CDN folder: portico.js, one file per
//                                                    element, chunks, themes/*.css
//   /v1/*         the mock API dispatcher          (node:http straight to it, no msw)
//
// PORT (default 4173) and HOST (default 127.0.0.1) change where it listens; SCENARIO picks
// the seeded state (demo, empty, busy, errors). The page is served with a strict
// Content-Security-Policy (no inline script or style, Trusted Types on), so the demo proves
// the elements work under one.
import {spawnSync} from 'node:child_process';
import {existsSync, statSync} from 'node:fs';
import * as http from 'node:http';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {SCENARIOS, type Scenario} from '@portico/sdk/contract';
import {createMockApi} from '@portico/mock-server';
import {toNodeListener} from '@portico/mock-server/node';
import {sendFile} from './lib/send-file.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const scenario = (process.env.SCENARIO ?? 'demo') as Scenario;
if (!SCENARIOS.includes(scenario)) {
  console.error(`[Portico] Unknown SCENARIO "${scenario}": use one of ${SCENARIOS.join(', ')}.`);
  process.exit(2);
}

// scripts/test.mjs sets PORTICO_CDN_BUILT when it has just built the same folder from the same
// tree: CI then builds it once per run instead of once per suite that starts the demo.
if (process.env['PORTICO_CDN_BUILT'] !== '1') {
  const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--cdn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** URL prefix → folder it is served from. The first match wins. */
const STATIC_ROOTS: Array<[prefix: string, folder: string]> = [
  ['/portico/', path.join(root, 'packages/elements/dist/cdn/')],
  ['/', path.join(root, 'examples/portal/')],
];

/** Where the demo's <portico-portal routing="path" base="/members/"> lives. */
const PORTAL_BASE = '/members/';

function resolveStatic(pathname: string): string | undefined {
  // Every portal path answers with the portal's page, which routes it in the browser.
  if (pathname === PORTAL_BASE.slice(0, -1) || pathname.startsWith(PORTAL_BASE)) {
    return path.join(root, 'examples/portal/index.html');
  }
  for (const [prefix, target] of STATIC_ROOTS) {
    if (pathname === prefix && !prefix.endsWith('/')) return target;
    if (pathname === `${prefix}.map` && !prefix.endsWith('/')) return `${target}.map`;
    if (!prefix.endsWith('/') || !pathname.startsWith(prefix)) continue;
    let relative = decodeURIComponent(pathname.slice(prefix.length));
    if (relative === '' || relative.endsWith('/')) relative += 'index.html';
    const file = path.resolve(target, relative);
    // Never serve anything outside the folder (`/../../etc/passwd`).
    if (!file.startsWith(target)) return undefined;
    return file;
  }
  return undefined;
}

function serveStatic(req: http.IncomingMessage, res: http.ServerResponse): void {
  let file: string | undefined;
  try {
    file = resolveStatic(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    file = undefined; // a malformed %-escape
  }
  if (!file || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, {'content-type': 'text/plain; charset=utf-8'}).end('Not found\n');
    return;
  }
  // Compressed, and the hashed chunks cached for a year, as a space's CDN would serve them.
  sendFile(req, res, file, {
    'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
  }).catch((error: unknown) => {
    console.error(`[Portico] Failed to send ${file}:`, error);
    if (!res.headersSent) res.writeHead(500).end();
  });
}

// NOW (an ISO instant) starts the mock API's clock there: the demo on a given day and hour.
const api = createMockApi({scenario, now: process.env.NOW || undefined});
const closing = new AbortController();
const apiListener = toNodeListener(api.dispatch, {signal: closing.signal});

const server = http.createServer((req, res) => {
  if (req.url?.startsWith('/v1/')) apiListener(req, res);
  else serveStatic(req, res);
});

server.listen(port, host, () => {
  const {port: actual} = server.address() as {port: number};
  console.log(`\nPortico demo: http://${host}:${actual}${PORTAL_BASE}`);
  console.log(`  mock API:   http://${host}:${actual}/v1/spaces/demo (scenario ${scenario})`);
  console.log('  log in as ada@example.com — the demo reads the code from the dev mailbox');
  console.log('  Ctrl-C stops it.\n');
});
server.on('error', (error) => {
  console.error(`[Portico] Failed to serve the demo on ${host}:${port}: ${error.message}`);
  process.exit(1);
});

function stop(): void {
  closing.abort();
  api.close();
  server.close(() => process.exit(0));
  server.closeAllConnections();
}
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
