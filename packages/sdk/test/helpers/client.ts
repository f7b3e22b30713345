import {createPorticoClient, type PorticoClientOptions} from '../../src/index.js';
import {session} from './fixtures.js';
import type {TestServer} from './server.js';

/** A client of `server` with fast retries, realtime off and, unless `loggedIn: false`, a session. */
export function clientFor(
  server: Pick<TestServer, 'apiUrl'>,
  {loggedIn = true, ...options}: Partial<PorticoClientOptions> & {loggedIn?: boolean} = {},
) {
  const client = createPorticoClient({
    baseUrl: server.apiUrl,
    space: 'demo',
    session: 'memory',
    realtime: false,
    retry: {backoffLimit: 20},
    ...options,
  });
  if (loggedIn) client.session.set(session);
  return client;
}
