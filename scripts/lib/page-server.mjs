// A host page as a space's site would serve it: HTML under a strict Content-Security-Policy,
// the built CDN folder under /portico/, and the mock API on the same origin under /v1/.
// Used by the CDN smoke test and the screenshot script.
import {existsSync, readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import path from 'node:path';
import {Readable} from 'node:stream';
import {fileURLToPath} from 'node:url';
import {TEST_NOW} from './test-clock.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const CDN_DIR = path.join(root, 'packages/elements/dist/cdn');

// No inline script or style, Trusted Types on: what the demo is served with.
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

export async function startMockServer() {
  try {
    const {createMockServer} = await import('@portico/mock-server/node');
    if (typeof createMockServer !== 'function')
      throw new Error('it has no createMockServer export');
    return {server: await createMockServer({port: 0, scenario: 'demo', now: TEST_NOW})};
  } catch (error) {
    return {error};
  }
}

/**
 * Serves `pages` (pathname → HTML, under the strict CSP), the CDN folder under /portico/, and
 * forwards /v1/* to the mock server at `apiOrigin`. Records every request's pathname.
 */
export async function startPageServer(apiOrigin, pages) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    try {
      if (url.pathname === '/favicon.ico') {
        res.writeHead(204).end();
      } else if (pages[url.pathname]) {
        res
          .writeHead(200, {
            'content-type': url.pathname.endsWith('.css')
              ? 'text/css; charset=utf-8'
              : url.pathname.endsWith('.js')
                ? 'text/javascript; charset=utf-8'
                : 'text/html; charset=utf-8',
            'content-security-policy': CSP,
          })
          .end(pages[url.pathname]);
      } else if (url.pathname.startsWith('/portico/')) {
        const file = path.resolve(CDN_DIR, url.pathname.slice('/portico/'.length));
        if (!file.startsWith(CDN_DIR) || !existsSync(file)) throw new Error(`no ${url.pathname}`);
        const type = file.endsWith('.css') ? 'text/css' : 'text/javascript';
        res.writeHead(200, {'content-type': type}).end(readFileSync(file));
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
