/**
 * How long a page must have been hidden for its return to count as waking up: a laptop that
 * slept, a phone that froze the tab. Shorter absences keep their stream.
 */
export const WAKE_AFTER_HIDDEN_MS = 30_000;

/**
 * Calls `listener` when the page may have missed realtime events and its stream may be dead
 * without knowing it: the browser is back online, or the page is visible again after being
 * hidden for `hiddenMs`. Listens to `globalThis` and `document`, so it does nothing outside
 * a browser (a test fakes them).
 * @returns stop listening
 */
export function onWake(listener: () => void, hiddenMs = WAKE_AFTER_HIDDEN_MS): () => void {
  const target = globalThis as Partial<
    Pick<EventTarget, 'addEventListener' | 'removeEventListener'>
  >;
  const doc = (globalThis as {document?: Pick<Document, 'visibilityState'> & EventTarget}).document;
  let hiddenAt = doc?.visibilityState === 'hidden' ? Date.now() : undefined;
  const online = () => listener();
  const visibility = () => {
    if (doc?.visibilityState === 'hidden') {
      hiddenAt ??= Date.now();
      return;
    }
    const since = hiddenAt;
    hiddenAt = undefined;
    if (since !== undefined && Date.now() - since >= hiddenMs) listener();
  };
  target.addEventListener?.('online', online);
  doc?.addEventListener('visibilitychange', visibility);
  return () => {
    target.removeEventListener?.('online', online);
    doc?.removeEventListener('visibilitychange', visibility);
  };
}
