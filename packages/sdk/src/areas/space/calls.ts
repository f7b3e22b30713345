import {getSpace} from '../../contract/endpoints.js';
import type {PorticoCore} from '../../core/PorticoCore.js';
import type {CallOptions} from '../../types/request.js';
import {query} from '../../core/query.js';

/** `client.space`. */
export const spaceApi = (client: PorticoCore) => ({
  get: (options?: CallOptions) => client.request(getSpace, options),
});

/** The space rarely changes: fresh for 5 minutes. */
export const spaceQuery = (client: PorticoCore) =>
  query(['space'], (signal) => client.request(getSpace, {signal}), 300_000);
