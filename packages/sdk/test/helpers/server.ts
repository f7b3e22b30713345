import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {after} from 'node:test';

export interface RecordedRequest {
  method: string;
  /** Path under the space, e.g. `/me/credits`; `/` for the space itself. */
  path: string;
  /** The full path and query as sent. */
  url: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export type Handler = (
  request: RecordedRequest,
  res: ServerResponse,
  raw: IncomingMessage,
) => void | Promise<void>;

export interface TestServer {
  /** The API root to give the client, `http://127.0.0.1:port/v1`. */
  apiUrl: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Handles `METHOD /path` (path under `/v1/spaces/demo`); later calls replace earlier ones. */
  on(route: string, handler: Handler): void;
  /** The requests received for `METHOD /path`. */
  count(route: string): number;
  /**
   * The `Portico-Seq` every answer carries, as the reference server's commit count (0 until a
   * test moves it); null sends none, as a server without the header would.
   */
  seq: number | null;
  close(): Promise<void>;
}

const SPACE_ROOT = '/v1/spaces/demo';

/** The test file's server ({@link startServer}), closed after its last test. */
export async function startFileServer(): Promise<TestServer> {
  const server = await startServer();
  after(() => server.close());
  return server;
}

/** A real HTTP server on 127.0.0.1, port 0, that answers what each test tells it to. */
export async function startServer(routes: Record<string, Handler> = {}): Promise<TestServer> {
  const handlers = new Map(Object.entries(routes));
  const requests: RecordedRequest[] = [];
  const state = {seq: 0 as number | null};
  const server = createServer((raw, res) => {
    if (state.seq !== null) res.setHeader('portico-seq', String(state.seq));
    const chunks: Buffer[] = [];
    raw.on('data', (chunk: Buffer) => chunks.push(chunk));
    raw.on('end', () => {
      const url = new URL(raw.url ?? '/', 'http://localhost');
      const path = url.pathname.startsWith(SPACE_ROOT)
        ? url.pathname.slice(SPACE_ROOT.length) || '/'
        : url.pathname;
      const text = Buffer.concat(chunks).toString('utf8');
      const request: RecordedRequest = {
        method: raw.method ?? 'GET',
        path,
        url: raw.url ?? '/',
        query: url.searchParams,
        headers: raw.headers,
        body: text ? safeJson(text) : undefined,
      };
      requests.push(request);
      const handler = handlers.get(`${request.method} ${path}`);
      if (!handler) {
        sendJson(
          res,
          404,
          {type: 'about:blank', title: 'Not found', status: 404, code: 'not_found'},
          {
            'content-type': 'application/problem+json',
          },
        );
        return;
      }
      Promise.resolve(handler(request, res, raw)).catch((error: unknown) => {
        console.error(error);
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    get seq() {
      return state.seq;
    },
    set seq(value) {
      state.seq = value;
    },
    apiUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    on: (route, handler) => void handlers.set(route, handler),
    count: (route) => requests.filter((r) => `${r.method} ${r.path}` === route).length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {'content-type': 'application/json', ...headers});
  res.end(JSON.stringify(body));
}

/** Answers JSON with `status` (default 200). */
export const json =
  (body: unknown, status = 200, headers: Record<string, string> = {}): Handler =>
  (_, res) =>
    sendJson(res, status, body, headers);

/** Answers an `application/problem+json` error. */
export const problem =
  (
    status: number,
    code: string,
    extra: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Handler =>
  (_, res) =>
    sendJson(
      res,
      status,
      {
        type: `https://portico.dev/problems/${code}`,
        title: `Problem ${code}`,
        status,
        code,
        ...extra,
      },
      {'content-type': 'application/problem+json', ...headers},
    );

/** Runs `handlers` in turn, one per request; the last one answers every later request. */
export function sequence(...handlers: Handler[]): Handler {
  let index = 0;
  return (request, res, raw) => {
    const handler = handlers[Math.min(index++, handlers.length - 1)];
    return handler?.(request, res, raw);
  };
}

/** Drops the connection without answering (what a crashed proxy or a flaky network does). */
export const reset: Handler = (_, res) => {
  res.socket?.destroy();
};

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits until `predicate()` holds, polling; fails after `timeoutMs`. */
export async function until(
  predicate: () => boolean,
  timeoutMs = 2_000,
  what = 'condition',
): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await sleep(5);
  }
}
