import {CORS_HEADERS} from './cors.js';

/**
 * What a hosted API sends with every answer, besides CORS. The answers carry member data and
 * session tokens, and a page's own scripts are the only reader they are meant for.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  // Nothing is kept by the browser or a shared cache: the SDK's store is the only cache.
  'cache-control': 'no-store',
  // An answer opened as a page runs nothing and cannot be framed.
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  // API URLs (space, ids, tokens of invitations) never leak to another site.
  'referrer-policy': 'no-referrer',
  // JSON is never sniffed into HTML or a script.
  'x-content-type-options': 'nosniff',
};

/** CORS and security headers: every answer of the API has them. */
export const API_HEADERS: Readonly<Record<string, string>> = {...CORS_HEADERS, ...SECURITY_HEADERS};

/**
 * Adds {@link API_HEADERS} to a response the server built (its headers are mutable); a
 * `cache-control` a route set itself stays when it is no-store too (the calendar feed's
 * `private, no-store`, the event stream's `no-store, no-transform`).
 */
export function withApiHeaders(response: Response): Response {
  for (const [name, value] of Object.entries(API_HEADERS)) {
    if (name === 'cache-control' && response.headers.get(name)?.includes('no-store')) continue;
    response.headers.set(name, value);
  }
  return response;
}
