import type {PorticoCore} from '../../core/PorticoCore.js';
import {call} from '../../core/calls.js';
import {query} from '../../core/query.js';
import * as endpoints from './endpoints.js';

/** The member's day entries: included, used, left, and today's check-in. */
export const getEntries = call(endpoints.getEntries);

/** Uses today's entry; calling it again the same day changes nothing. */
export const checkIn = call(endpoints.checkIn);

export const entriesQuery = (client: PorticoCore) =>
  query(['entries'], (signal) => getEntries(client, {signal}));

/** `client.entries`: day entries and checking in. */
export const calls = {get: getEntries, checkIn};
