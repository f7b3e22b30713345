import {PorticoError} from '../errors/PorticoError.js';
import {PorticoValidationError} from '../errors/PorticoValidationError.js';

/** True for a {@link PorticoError}, also one thrown by another copy of the SDK (another realm). */
export function isPorticoError(error: unknown): error is PorticoError {
  return (
    error instanceof PorticoError ||
    (error as {name?: unknown} | null)?.name === 'PorticoError' ||
    (error as {name?: unknown} | null)?.name === 'PorticoValidationError'
  );
}

/** True when a 2xx response did not match the contract; `issues` holds zod's report. */
export function isPorticoValidationError(error: unknown): error is PorticoValidationError {
  return (
    error instanceof PorticoValidationError ||
    (error as {name?: unknown} | null)?.name === 'PorticoValidationError'
  );
}
