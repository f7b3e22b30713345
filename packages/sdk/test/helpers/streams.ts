import {afterEach} from 'node:test';

const stops = new Set<() => void>();

// After every test, passed or failed: a failing assertion must not leave an event stream
// reconnecting, which would keep the process (and the workspace's `npm test`) alive.
afterEach(() => {
  for (const stop of stops) stop();
  stops.clear();
});

/**
 * Registers `stop` (a stream's `stop()` or an unsubscribe) to run when the current test ends,
 * however it ends, and returns it so a test can still call it itself.
 */
export function stopAfterTest<T extends () => void>(stop: T): T {
  stops.add(stop);
  return stop;
}
