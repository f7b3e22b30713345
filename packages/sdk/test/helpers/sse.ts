import type {IncomingMessage, ServerResponse} from 'node:http';
import type {RealtimeEvent} from '../../src/contract/index.js';
import type {Handler, RecordedRequest} from './server.js';

export interface SseConnection {
  request: RecordedRequest;
  res: ServerResponse;
  closed: boolean;
  write(text: string): void;
  /** Sends a realtime event with an SSE `id:`. */
  send(event: RealtimeEvent, id?: string): void;
  /** Drops the connection the way a restarting server or a flaky network does. */
  drop(): void;
}

/** A `GET /stream` handler that keeps every connection for the test to drive. */
export function sseEndpoint(onConnect?: (connection: SseConnection) => void) {
  const connections: SseConnection[] = [];
  const handler: Handler = (request, res, raw: IncomingMessage) => {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
    });
    res.flushHeaders();
    const connection: SseConnection = {
      request,
      res,
      closed: false,
      write: (text) => void res.write(text),
      send: (event, id) =>
        void res.write(
          `${id === undefined ? '' : `id: ${id}\n`}data: ${JSON.stringify(event)}\n\n`,
        ),
      drop: () => void res.socket?.destroy(),
    };
    raw.socket.on('close', () => (connection.closed = true));
    connections.push(connection);
    onConnect?.(connection);
  };
  return {handler, connections};
}

export const creditsChanged = (total: number, id = `e_${total}`): RealtimeEvent => ({
  id,
  type: 'credits.changed',
  at: '2030-03-04T09:00:00Z',
  data: {total},
});
