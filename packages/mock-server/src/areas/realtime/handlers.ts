import type {HubEvent} from './realtime-hub.js';
import {defineHandlers} from '../shared/context.js';

/** A comment line every 15 s keeps proxies from closing an idle stream. */
export const HEARTBEAT_MS = 15_000;
/** What clients wait before reconnecting. */
const RETRY_MS = 1000;

const encoder = new TextEncoder();

function format({id, event}: HubEvent): string {
  return `id: ${id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

export const realtimeHandlers = defineHandlers({
  // `text/event-stream` read with fetch (EventSource cannot send the bearer header). With
  // `Last-Event-ID`, the buffered events after it come first, then live ones.
  stream: ({request, member, realtime}) => {
    let cleanup = () => {};
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        let closed = false;
        const send = (text: string) => {
          if (closed) return;
          try {
            controller.enqueue(encoder.encode(text));
          } catch {
            close();
          }
        };
        const {missed, unsubscribe} = realtime.subscribe(
          {spaceId: member.spaceId, memberId: member.id},
          (event) => send(format(event)),
          request.headers.get('last-event-id'),
        );
        send(`retry: ${RETRY_MS}\n\n`);
        for (const event of missed) send(format(event));
        const heartbeat = setInterval(() => send(': heartbeat\n\n'), HEARTBEAT_MS);
        // In Node, an open stream alone must not keep the process alive.
        (heartbeat as unknown as {unref?: () => void}).unref?.();
        const close = () => {
          if (closed) return;
          cleanup();
          closed = true;
          try {
            controller.close();
          } catch {
            // Already closed or cancelled by the reader.
          }
        };
        const removeCloser = realtime.onClose(close);
        request.signal.addEventListener('abort', close);
        cleanup = () => {
          clearInterval(heartbeat);
          unsubscribe();
          removeCloser();
          request.signal.removeEventListener('abort', close);
        };
      },
      cancel() {
        cleanup();
      },
    });
    return new Response(stream, {
      status: 200,
      headers: {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store, no-transform',
        'x-accel-buffering': 'no',
      },
    });
  },
});
