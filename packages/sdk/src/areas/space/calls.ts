import type {PorticoCore} from '../../core/PorticoCore.js';
import {call} from '../../core/calls.js';
import {query} from '../../core/query.js';
import * as endpoints from './endpoints.js';

/** The space: name, time zone, currency, locales, hours, terms, policy, branding. */
export const getSpace = call(endpoints.getSpace);

/** The space rarely changes: fresh for 5 minutes. */
export const spaceQuery = (client: PorticoCore) =>
  query(['space'], (signal) => getSpace(client, {signal}), 300_000);

/** `client.space`. */
export const calls = {get: getSpace};
