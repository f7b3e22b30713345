import type {PorticoClientOptions} from '../types/options.js';
import {PorticoClient} from './PorticoClient.js';

/**
 * Creates the client of one space's API. Create one per page (a `<portico-provider>` does)
 * and share it, so every element reads through the same store.
 *
 * @example
 * ```ts
 * const client = createPorticoClient({baseUrl: 'https://api.your-space.example/v1', space: 'your-space'});
 * const {challengeId} = await client.auth.requestCode({email: 'ada@example.com'});
 * ```
 * @see PorticoClient
 */
export function createPorticoClient(options: PorticoClientOptions): PorticoClient {
  return new PorticoClient(options);
}
