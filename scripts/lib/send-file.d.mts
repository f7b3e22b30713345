import type {IncomingMessage, ServerResponse} from 'node:http';

/**
 * Answers `req` with `file` (which must exist), with `headers` (content type, CSP…) and the
 * caching and compression headers a CDN would send.
 */
export function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  headers: Record<string, string>,
): Promise<void>;
