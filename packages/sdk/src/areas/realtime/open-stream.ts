import {RealtimeStream, type RealtimeStreamOptions} from './RealtimeStream.js';
import {onWake} from './on-wake.js';

// What each event makes stale travels with the stream: a visitor's page never needs it.
export {EVENT_INVALIDATES, EVENT_ROOTS} from './invalidates.js';

/**
 * Opens the event stream, reconnecting at once when the page comes back online or awake.
 * `PorticoCore` loads this module when a member is signed in and something listens, so a page
 * whose visitor never signs in does not download the stream's code.
 * @returns stops the stream
 */
export function openStream(options: RealtimeStreamOptions): () => void {
  const stream = new RealtimeStream(options);
  stream.start();
  // Back online or awake: reconnect now rather than after the backoff (or a dead stream).
  const stopWake = onWake(() => stream.reconnect());
  return () => {
    stopWake();
    stream.stop();
  };
}
