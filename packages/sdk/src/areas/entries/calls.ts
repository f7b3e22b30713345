import {checkIn, getEntries} from '../../contract/endpoints.js';
import type {PorticoCore} from '../../core/PorticoCore.js';
import type {CallOptions, MutationOptions} from '../../types/request.js';
import {query} from '../../core/query.js';

/** `client.entries`: day entries and checking in. */
export const entriesApi = (client: PorticoCore) => ({
  get: (options?: CallOptions) => client.request(getEntries, options),
  /** Uses today's entry; calling it again the same day changes nothing. */
  checkIn: (options?: MutationOptions) => client.request(checkIn, options),
});

export const entriesQuery = (client: PorticoCore) =>
  query(['entries'], (signal) => client.request(getEntries, {signal}));
