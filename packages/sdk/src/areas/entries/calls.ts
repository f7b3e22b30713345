import type {PorticoCore} from '../../core/PorticoCore.js';
import {query} from '../../core/query.js';
import type {CallOptions, MutationOptions} from '../../types/request.js';
import * as endpoints from './endpoints.js';

/** The member's day entries: included, used, left, and today's check-in. */
export const getEntries = (client: PorticoCore, options?: CallOptions) =>
  client.request(endpoints.getEntries, options);

/** Uses today's entry; calling it again the same day changes nothing. */
export const checkIn = (client: PorticoCore, options?: MutationOptions) =>
  client.request(endpoints.checkIn, options);

export const entriesQuery = (client: PorticoCore) =>
  query(['entries'], (signal) => getEntries(client, {signal}));

/** `client.entries`: day entries and checking in. */
export const calls = {get: getEntries, checkIn};
