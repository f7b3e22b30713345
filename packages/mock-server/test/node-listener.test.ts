import assert from 'node:assert/strict';
import {once} from 'node:events';
import * as http from 'node:http';
import {connect} from 'node:net';
import type {AddressInfo} from 'node:net';
import {after, test} from 'node:test';
import {toNodeListener} from '../src/node/to-node-listener.js';
import type {FetchHandler, NodeListenerOptions} from '../src/node/to-node-listener.js';

const servers: http.Server[] = [];
after(() => {
  for (const server of servers) {
    server.closeAllConnections();
    server.close();
  }
});

/** Serves `handler` on a free loopback port through toNodeListener. */
async function serve(handler: FetchHandler, options?: NodeListenerOptions): Promise<string> {
  const server = http.createServer(toNodeListener(handler, options));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

test('toNodeListener passes method, url, headers and body through, and the response back', async () => {
  let seen: {method: string; url: string; auth: string | null; body: string} | undefined;
  const url = await serve(async (request) => {
    seen = {
      method: request.method,
      url: request.url,
      auth: request.headers.get('authorization'),
      body: await request.text(),
    };
    return Response.json({ok: true}, {status: 201, headers: {'x-thing': 'yes'}});
  });
  const response = await fetch(`${url}/v1/spaces/demo/bookings?x=1`, {
    method: 'POST',
    headers: {authorization: 'Bearer t'},
    body: '{"a":1}',
  });
  assert.equal(response.status, 201);
  assert.equal(response.headers.get('x-thing'), 'yes');
  assert.equal(response.headers.get('content-length'), '11');
  assert.deepEqual(await response.json(), {ok: true});
  assert.deepEqual(seen, {
    method: 'POST',
    url: `${url}/v1/spaces/demo/bookings?x=1`,
    auth: 'Bearer t',
    body: '{"a":1}',
  });
});

test('a body over the limit answers 413 problem+json without reaching the handler', async () => {
  let called = false;
  const url = await serve(async () => ((called = true), new Response('no')), {maxBodyBytes: 1024});
  for (const chunked of [false, true]) {
    const body = 'x'.repeat(2 * 1024 * 1024);
    const response = await fetch(`${url}/v1/x`, {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      // A stream has no Content-Length, so the limit is found while reading.
      body: chunked ? new Blob([body]).stream() : body,
      ...(chunked ? {duplex: 'half'} : {}),
    } as RequestInit);
    assert.equal(response.status, 413, chunked ? 'chunked' : 'with content-length');
    assert.equal(response.headers.get('content-type'), 'application/problem+json');
    assert.equal((await response.json()).code, 'payload_too_large');
  }
  assert.equal(called, false);
});

test('a handler that throws answers 500 internal_error, and the server keeps serving', async () => {
  const errors: unknown[] = [];
  let calls = 0;
  const url = await serve(
    async () => {
      if (calls++ === 0) throw new Error('boom');
      return new Response('fine');
    },
    {onError: (error) => errors.push(error)},
  );
  const failed = await fetch(`${url}/x`);
  assert.equal(failed.status, 500);
  assert.equal((await failed.json()).code, 'internal_error');
  assert.equal(errors.length, 1);
  assert.equal(await (await fetch(`${url}/x`)).text(), 'fine');
});

test('an event stream is streamed, and ends its Request signal when the client leaves', async () => {
  let aborted: () => void = () => {};
  const abortedPromise = new Promise<void>((resolve) => (aborted = resolve));
  const url = await serve(async (request) => {
    let timer: NodeJS.Timeout;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        let n = 0;
        controller.enqueue(new TextEncoder().encode(': hello\n\n'));
        timer = setInterval(
          () => controller.enqueue(new TextEncoder().encode(`id: ${n++}\ndata: {}\n\n`)),
          10,
        );
        request.signal.addEventListener('abort', () => {
          clearInterval(timer);
          aborted();
        });
      },
      cancel: () => clearInterval(timer),
    });
    return new Response(body, {headers: {'content-type': 'text/event-stream'}});
  });
  const client = new AbortController();
  const response = await fetch(`${url}/v1/spaces/demo/stream`, {signal: client.signal});
  const reader = response.body!.getReader();
  let text = '';
  while (!text.includes('id: 2')) text += new TextDecoder().decode((await reader.read()).value);
  assert.match(text, /^: hello\n\nid: 0\ndata: \{\}\n\n/);
  client.abort();
  await abortedPromise;
});

test('aborting the options signal ends every open event stream', async () => {
  const closing = new AbortController();
  const url = await serve(
    async () =>
      new Response(
        new ReadableStream({start: (c) => c.enqueue(new TextEncoder().encode(': open\n\n'))}),
        {
          headers: {'content-type': 'text/event-stream'},
        },
      ),
    {signal: closing.signal},
  );
  const response = await fetch(`${url}/stream`);
  const reader = response.body!.getReader();
  await reader.read();
  closing.abort();
  const rest = await reader.read();
  assert.equal(rest.done, true);
});

test('HEAD answers headers only', async () => {
  const url = await serve(async () => Response.json({a: 1}));
  const response = await fetch(`${url}/x`, {method: 'HEAD'});
  assert.equal(response.status, 200);
  assert.equal(await response.text(), '');
});

test('a client that disconnects mid-body is not reported as an error', async () => {
  const errors: unknown[] = [];
  let called = false;
  const url = await serve(async () => ((called = true), new Response('no')), {
    onError: (error) => errors.push(error),
  });
  const {port} = new URL(url);
  const socket = connect(Number(port), '127.0.0.1');
  await once(socket, 'connect');
  socket.write('POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n0123456789');
  await new Promise((resolve) => setTimeout(resolve, 20));
  socket.destroy();
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.deepEqual(errors, []);
  assert.equal(called, false);
  assert.equal((await fetch(`${url}/x`)).status, 200);
});
