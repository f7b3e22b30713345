// Classic WebDriver has no "run this script in every new document" (Playwright's
// addInitScript, BiDi's preload scripts): a reverse proxy in front of the server under test
// puts the script first in every HTML page instead, as a same-origin file, so the page's
// strict CSP (script-src 'self', Trusted Types) allows it unchanged. It also notes every
// answer of 400 or more: the console error a browser logs for it ("Failed to load resource")
// is out of a classic WebDriver client's reach.
import {createServer, request} from 'node:http';

const SCRIPT_PATH = '/__portico-engines/init.js';
const TAG = `<script src="${SCRIPT_PATH}"></script>`;

/**
 * Proxies http://127.0.0.1:<free port> to `target` (an origin); resolves with
 * {origin, httpErrors, close}.
 */
export async function startInjectingProxy(target, scriptSource) {
  const upstream = new URL(target);
  const httpErrors = [];
  const server = createServer((req, res) => {
    if (req.url === SCRIPT_PATH) {
      res.writeHead(200, {'content-type': 'text/javascript; charset=utf-8'});
      return res.end(scriptSource);
    }
    // Uncompressed answers, so the HTML can be edited.
    const {'accept-encoding': _, ...headers} = req.headers;
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: {...headers, host: upstream.host},
      },
      (answer) => {
        if ((answer.statusCode ?? 0) >= 400)
          httpErrors.push(`HTTP ${answer.statusCode} ${req.method} ${req.url}`);
        const html = /^text\/html/.test(answer.headers['content-type'] ?? '');
        if (!html) {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          return answer.pipe(res);
        }
        const chunks = [];
        answer.on('data', (chunk) => chunks.push(chunk));
        answer.on('end', () => {
          const page = Buffer.concat(chunks).toString('utf8');
          const at = page.search(/<head[^>]*>/i);
          const injected = at < 0 ? TAG + page : page.replace(/<head[^>]*>/i, (head) => head + TAG);
          const headers = {...answer.headers};
          delete headers['content-length'];
          res.writeHead(answer.statusCode ?? 502, headers);
          res.end(injected);
        });
      },
    );
    forward.on('error', (error) => {
      httpErrors.push(`proxy: ${req.method} ${req.url}: ${error.message}`);
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(forward);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    httpErrors,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
