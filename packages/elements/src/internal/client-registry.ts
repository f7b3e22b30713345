import {PorticoCore} from '@portico/sdk';

const clients = new Map<string, PorticoCore>();

/** The API a widget talks to when no `api` is given: `/v1` on the page's own origin. */
export function defaultApi(): string {
  return `${location.origin}/v1`;
}

/**
 * One client per API and space for the whole page, so two widgets (or two providers) with
 * the same `api` and `space` share one session and one store: one request for credits, and
 * a booking in one updates the other.
 *
 * It is the lean `PorticoCore`, not `createPorticoClient()`: each element imports the routes
 * and queries it uses (`creditsQuery`, `authApi`), so a page with one widget does not
 * download the whole contract.
 */
export function sharedClient(api: string | undefined, space: string): PorticoCore {
  const baseUrl = new URL(api || defaultApi(), location.href).href.replace(/\/+$/, '');
  const key = `${baseUrl}|${space}`;
  let client = clients.get(key);
  if (!client) {
    client = new PorticoCore({baseUrl, space});
    clients.set(key, client);
  }
  return client;
}

/** Forgets every shared client (tests; a host page tearing down a single-page app). */
export function clearSharedClients(): void {
  clients.clear();
}
