import * as http from 'node:http';
import type {AddressInfo} from 'node:net';
import {routes} from '@portico/sdk/contract';
import type {RouteDefinition, Scenario} from '@portico/sdk/contract';
import {createMockApi} from '../create-mock-api.js';
import type {MockApi} from '../create-mock-api.js';
import {DurableDb} from '../persistence/durable-db.js';
import type {DurableDbOptions} from '../persistence/durable-db.js';
import {DISPATCH_PREPARED} from '../dispatcher/prepared.js';
import type {PreparedDispatch} from '../dispatcher/prepared.js';
import {problem, problemResponse} from '../problem.js';
import {toNodeListener} from './to-node-listener.js';
import type {FetchHandler} from './to-node-listener.js';

export interface MockServerOptions {
  /**
   * The port to listen on; `0` picks a free one (read it from `url`).
   * @default 4010
   */
  port?: number;
  /**
   * The interface to listen on. Use `0.0.0.0` to reach it from other machines.
   * @default '127.0.0.1'
   */
  host?: string;
  /**
   * The seeded state to start from (and the default of `POST /__dev/reset`). With `dataDir`,
   * it only seeds a folder that holds no data yet.
   * @default 'demo'
   */
  scenario?: Scenario;
  /**
   * Keep the state in this folder (created if missing): every change is journaled and
   * fsynced before it is answered, and the next start continues from it.
   * @default undefined (in memory only)
   * @example './portico-data'
   */
  dataDir?: string;
  /**
   * How the data folder is kept: snapshot thresholds, where diagnostics go, and the sync
   * function (tests inject a spy to prove that answers wait for their data to be synced).
   * @default {}
   */
  dataOptions?: DurableDbOptions;
  /**
   * Serve `/__dev/mailbox`, `/__dev/clock` and `/__dev/reset`.
   * @default true
   */
  devRoutes?: boolean;
  /**
   * Milliseconds added to every answer, or a `[min, max]` range to draw from.
   * @default 0
   */
  latency?: number | readonly [number, number];
  /** The clock's starting time (an instant) or a time source; real time by default. */
  now?: string | (() => number);
}

export interface MockServer {
  /** `http://HOST:PORT`, without a trailing slash. */
  readonly url: string;
  /** `url + '/v1'`: what the SDK's `baseUrl` (and an element's `api` attribute) and `portico-conformance --api` take. */
  readonly apiUrl: string;
  readonly api: MockApi;
  /** Ends event streams, closes connections, then saves and closes the data folder. */
  close(): Promise<void>;
}

/** How long `close()` lets requests in flight finish before cutting their connections. */
const CLOSE_GRACE_MS = 2000;

/**
 * Starts the mock API as a real HTTP server on `node:http`. The dispatcher is called directly
 * (msw is not on this path) and answers CORS itself, so pages on any origin can call it.
 *
 * @example
 * const server = await createMockServer({port: 0});
 * const client = createPorticoClient({baseUrl: server.apiUrl, space: 'demo'});
 * after(() => server.close());
 * @see {@link toNodeListener} to mount the API on a server of your own.
 */
export async function createMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const host = options.host ?? '127.0.0.1';
  const db = options.dataDir
    ? await DurableDb.open(options.dataDir, options.dataOptions)
    : undefined;
  let api: MockApi;
  try {
    api = createMockApi({
      scenario: options.scenario,
      now: options.now,
      devRoutes: options.devRoutes,
      latency: options.latency,
      db,
    });
  } catch (error) {
    db?.close();
    throw error;
  }
  const closing = new AbortController();
  const handler = db ? refuseWhenDiskFails(api.dispatch, db) : api.dispatch;
  const server = http.createServer(
    toNodeListener(handler, {signal: closing.signal, needsSignal: isStreamRequest}),
  );
  try {
    await listen(server, options.port ?? 4010, host);
  } catch (error) {
    api.close();
    db?.close();
    throw error;
  }
  const {port} = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  let closed: Promise<void> | undefined;
  return {
    url,
    apiUrl: `${url}/v1`,
    api,
    close: () =>
      (closed ??= shutdown(server, closing, () => {
        api.close();
        db?.close();
      })),
  };
}

const STREAM_PATHS = (Object.values(routes) as RouteDefinition[])
  .filter((route) => route.stream)
  .map((route) => route.path);

/** Only the contract's streaming routes (`GET /stream`) outlive their request and need a signal. */
function isStreamRequest(req: http.IncomingMessage): boolean {
  if (req.method !== 'GET' || !req.url) return false;
  const query = req.url.indexOf('?');
  const path = query === -1 ? req.url : req.url.slice(0, query);
  return STREAM_PATHS.some((suffix) => path.endsWith(suffix));
}

/**
 * After a failed write, the memory is ahead of the disk: answer 503 rather than lose data
 * silently. The dispatcher's prepared form is kept, so durable answers take the same fast
 * path as answers from memory.
 */
function refuseWhenDiskFails(handler: FetchHandler, db: DurableDb): FetchHandler {
  const refusal = (failure: Error) =>
    problemResponse(problem('service_unavailable', failure.message));
  const guarded: FetchHandler = async (request) =>
    db.failure ? refusal(db.failure) : handler(request);
  const prepared = (handler as {[DISPATCH_PREPARED]?: PreparedDispatch})[DISPATCH_PREPARED];
  if (!prepared) return guarded;
  const guardedPrepared: PreparedDispatch = async (request, body) =>
    db.failure ? refusal(db.failure) : prepared(request, body);
  return Object.assign(guarded, {[DISPATCH_PREPARED]: guardedPrepared});
}

function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

async function shutdown(
  server: http.Server,
  closing: AbortController,
  release: () => void,
): Promise<void> {
  const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
  closing.abort(); // ends event streams, whose connections would otherwise stay open
  // Keep-alive connections turn idle as their last response ends; close them as they do.
  server.closeIdleConnections();
  const sweep = setInterval(() => server.closeIdleConnections(), 20);
  const timer = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
  try {
    await stopped;
  } finally {
    clearInterval(sweep);
    clearTimeout(timer);
    release();
  }
}
