import type {IncomingMessage, ServerResponse} from 'node:http';
import {withApiHeaders} from '../dispatcher/api-headers.js';
import {SEQ_HEADER} from '@portico/sdk/contract';
import {DISPATCH_PREPARED, JSON_HEADER_PAIRS} from '../dispatcher/prepared.js';
import type {PreparedDispatch, PreparedJson} from '../dispatcher/prepared.js';
import {devUtils, problem, problemResponse} from '../problem.js';
import {bodySource} from './body-source.js';

/** A fetch-style handler: the mock server's dispatcher, or anything shaped like it. */
export type FetchHandler = (request: Request) => Promise<Response>;

export interface NodeListenerOptions {
  /**
   * Request bodies larger than this answer `413 payload_too_large` without being read further.
   * @default 1_048_576 (1 MB)
   */
  maxBodyBytes?: number;
  /** When aborted (the server is closing), every open event stream ends. */
  signal?: AbortSignal;
  /**
   * Which requests get a `Request.signal` that aborts when the client goes away. Only a
   * long-lived answer (an event stream) needs one, and creating it costs more than the rest
   * of the Request, so a server that knows its streaming routes can say which they are.
   * @default every GET request
   * @example (req) => req.url?.split('?')[0]?.endsWith('/stream') ?? false
   */
  needsSignal?: (req: IncomingMessage) => boolean;
  /**
   * Called when the handler throws, which is a bug: the client gets a `500 internal_error`.
   * @default logs it with console.error
   */
  onError?: (error: unknown, request: Request | undefined) => void;
}

const TOO_LARGE = Symbol('too large');
const CLIENT_GONE = Symbol('client gone');
/** How much of a refused body is read (and dropped) so the client can see the 413. */
const DRAIN_LIMIT_BYTES = 64 * 1024 * 1024;

/**
 * Adapts a fetch-style handler to `node:http`: `IncomingMessage` becomes a `Request`, the
 * `Response` is written back. Bodies are collected as they arrive up to the limit (the
 * handler reads the whole JSON anyway, and a `Buffer` body is much cheaper for undici than a
 * stream); `text/event-stream` responses are streamed, and the request's `signal` aborts
 * when the client goes away, so the handler can end its subscription.
 *
 * @example
 * http.createServer(toNodeListener(api.dispatch)).listen(4010);
 */
export function toNodeListener(
  handler: FetchHandler,
  options: NodeListenerOptions = {},
): (req: IncomingMessage, res: ServerResponse) => void {
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const onError =
    options.onError ??
    ((error) => devUtils.error('The request handler failed: %s', (error as Error)?.stack ?? error));
  const needsSignal = options.needsSignal ?? ((req: IncomingMessage) => req.method === 'GET');
  // The mock server's own dispatcher can answer JSON without building a Response, and takes
  // the body as the bytes read here.
  const prepared = (handler as {[DISPATCH_PREPARED]?: PreparedDispatch})[DISPATCH_PREPARED];
  const openStreams = new Set<() => void>();
  options.signal?.addEventListener('abort', () => {
    for (const stop of openStreams) stop();
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    let body: Buffer | undefined;
    if (method !== 'GET' && method !== 'HEAD') {
      const declared = Number(req.headers['content-length']);
      const read = declared > maxBodyBytes ? TOO_LARGE : await readBody(req, maxBodyBytes);
      if (read === TOO_LARGE) return refuseBody(req, res, maxBodyBytes);
      if (read === CLIENT_GONE) return; // aborted mid-body: nobody to answer
      body = read;
    }
    let request: Request;
    let controller: AbortController | undefined;
    try {
      if (needsSignal(req)) controller = new AbortController();
      request = new Request(requestUrl(req), {
        method,
        // Buffers from a socket are never backed by a SharedArrayBuffer.
        body: !prepared && body && body.length > 0 ? (body as Buffer<ArrayBuffer>) : null,
        signal: controller?.signal ?? null,
      });
      // Appending to the Request's own headers is cheaper than a `headers` init, which undici copies.
      const raw = req.rawHeaders;
      for (let i = 0; i < raw.length; i += 2)
        request.headers.append(raw[i] as string, raw[i + 1] as string);
    } catch (error) {
      return writeResponse(
        res,
        withApiHeaders(
          problemResponse(
            problem('bad_request', `The request is not valid HTTP: ${(error as Error).message}`),
          ),
        ),
      );
    }
    if (controller) {
      const abort = controller;
      res.once('close', () => {
        if (!res.writableFinished) abort.abort();
      });
    }
    let response: Response | PreparedJson;
    try {
      response = prepared ? await prepared(request, body) : await handler(request);
    } catch (error) {
      onError(error, request);
      response = withApiHeaders(
        problemResponse(
          problem('internal_error', 'The mock server failed to handle this request.'),
        ),
      );
    }
    if (!(response instanceof Response)) return writeJson(res, response, method === 'HEAD');
    if (isEventStream(response) && response.body) return streamResponse(res, response, controller);
    return writeResponse(res, response, method === 'HEAD');
  }

  async function streamResponse(
    res: ServerResponse,
    response: Response,
    controller: AbortController | undefined,
  ) {
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const stop = () => {
      controller?.abort();
      reader.cancel().catch(() => {});
    };
    openStreams.add(stop);
    res.once('close', stop);
    res.writeHead(response.status, responseHeaders(response.headers));
    res.flushHeaders();
    try {
      for (;;) {
        const {done, value} = await reader.read();
        if (done || res.destroyed) break;
        if (!res.write(value)) await drained(res);
      }
    } catch {
      // The stream was cancelled (client gone or server closing): just end the response.
    } finally {
      openStreams.delete(stop);
      res.end();
    }
  }

  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      onError(error, undefined);
      if (!res.headersSent)
        writeResponse(
          res,
          withApiHeaders(problemResponse(problem('internal_error', 'The mock server failed.'))),
        );
      else res.destroy();
    });
  };
}

/** Collects the body, or stops reading at `limit` bytes. Resolves undefined for an empty body. */
function readBody(
  req: IncomingMessage,
  limit: number,
): Promise<Buffer | undefined | typeof TOO_LARGE | typeof CLIENT_GONE> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData);
      req.off('end', onEnd);
      req.pause();
      resolve(TOO_LARGE);
    };
    const onEnd = () => resolve(chunks.length <= 1 ? chunks[0] : Buffer.concat(chunks, size));
    req.on('data', onData);
    req.on('end', onEnd);
    // A client that disconnects mid-body is not an error of ours (resolving twice is a no-op).
    req.once('error', () => resolve(CLIENT_GONE));
    req.once('close', () => {
      if (!req.complete) resolve(CLIENT_GONE);
    });
  });
}

/**
 * Answers 413. The rest of the body is read and thrown away (never kept): closing a socket
 * the client is still writing to resets it, and the client would see a network error
 * instead of the 413. Past a generous limit the socket is destroyed anyway.
 */
function refuseBody(req: IncomingMessage, res: ServerResponse, limit: number): void {
  let discarded = 0;
  req.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > DRAIN_LIMIT_BYTES) req.socket.destroy();
  });
  req.resume();
  const response = withApiHeaders(
    problemResponse(
      problem('payload_too_large', `The request body is larger than ${limit} bytes.`),
    ),
  );
  void writeResponse(res, response);
}

async function writeResponse(res: ServerResponse, response: Response, head = false): Promise<void> {
  const headers = responseHeaders(response.headers);
  if (response.body === null || head) {
    res.writeHead(response.status, headers);
    res.end();
    return;
  }
  const source = bodySource(response);
  if (typeof source === 'string') {
    headers.push('content-length', String(Buffer.byteLength(source)));
    res.writeHead(response.status, headers);
    res.end(source);
    return;
  }
  const body = source ?? new Uint8Array(await response.arrayBuffer());
  headers.push('content-length', String(body.byteLength));
  res.writeHead(response.status, headers);
  res.end(body);
}

/** Writes a {@link PreparedJson} with the headers its Response would have had. */
function writeJson(res: ServerResponse, {status, body, seq}: PreparedJson, head: boolean): void {
  const length = typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
  const headers = [...JSON_HEADER_PAIRS, 'content-length', String(length)];
  if (seq !== undefined) headers.push(SEQ_HEADER, String(seq));
  res.writeHead(status, headers);
  if (head) res.end();
  else res.end(body);
}

function requestUrl(req: IncomingMessage): string {
  const path = req.url ?? '/';
  if (!path.startsWith('/')) return path; // absolute-form, as sent to proxies
  return `http://${req.headers.host ?? 'localhost'}${path}`;
}

/** Flat `[name, value, …]` pairs, which `writeHead` takes without building an object. */
function responseHeaders(headers: Headers): string[] {
  const flat: string[] = [];
  // for…of, not forEach: several times cheaper in undici, and this runs on every request.
  for (const [name, value] of headers) {
    // set-cookie is listed once per cookie by getSetCookie(); content-length is recomputed.
    if (name !== 'set-cookie' && name !== 'content-length') flat.push(name, value);
  }
  for (const cookie of headers.getSetCookie()) flat.push('set-cookie', cookie);
  return flat;
}

function isEventStream(response: Response): boolean {
  return response.headers.get('content-type')?.startsWith('text/event-stream') ?? false;
}

function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
