import {PorticoError} from '../errors/PorticoError.js';
import {isPorticoError} from './type-guards.js';

/** Wraps anything a query's `fetch` threw, so the store's `error` is always a PorticoError. */
export function toPorticoError(error: unknown): PorticoError {
  if (isPorticoError(error)) return error;
  if ((error as {name?: unknown} | null)?.name === 'AbortError') {
    return new PorticoError({status: 0, code: 'aborted', title: 'Aborted', cause: error});
  }
  const title = error instanceof Error ? error.message : String(error);
  return new PorticoError({status: 0, code: 'internal_error', title, cause: error});
}
