const PREFIX = '[Portico]';

/**
 * Reports an error thrown by user code (a listener) without breaking the SDK or the page:
 * the browser's `reportError` shows it like an uncaught error, Node logs it.
 */
export function reportError(error: unknown): void {
  if (typeof globalThis.reportError === 'function') globalThis.reportError(error);
  else console.error(PREFIX, 'A listener threw:', error);
}

export function warn(message: string, ...details: unknown[]): void {
  console.warn(`${PREFIX} ${message}`, ...details);
}
