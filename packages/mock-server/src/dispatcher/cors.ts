/**
 * CORS for pages on any origin. Members authenticate with a bearer token, never a cookie, so
 * `*` is safe and no credentials mode is needed.
 */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'Retry-After, Idempotent-Replayed, Location, Portico-Seq',
};

export function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      'access-control-allow-methods': 'GET, POST, PATCH, DELETE, OPTIONS',
      'access-control-allow-headers':
        'Authorization, Content-Type, Idempotency-Key, Last-Event-ID, Accept, Accept-Language',
      'access-control-max-age': '600',
    },
  });
}
