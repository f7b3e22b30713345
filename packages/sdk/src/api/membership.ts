import {getMembership, listMemberships, listPlans} from '../contract/endpoints.js';
import type {PorticoCore} from '../core/PorticoCore.js';
import type {CallOptions, QueryOf} from '../types/request.js';
import {query} from './query.js';

/** `client.plans`: the plans on offer. */
export const plansApi = (client: PorticoCore) => ({
  list: (options?: CallOptions) => client.request(listPlans, options),
});

/** `client.membership`: the member's current membership and its history. */
export const membershipApi = (client: PorticoCore) => ({
  current: (options?: CallOptions) => client.request(getMembership, options),
  history: (query?: QueryOf<'listMemberships'>, options?: CallOptions) =>
    client.request(listMemberships, {...options, query}),
});

/** Plans rarely change: fresh for 5 minutes. */
export const plansQuery = (client: PorticoCore) =>
  query(['plans'], (signal) => client.request(listPlans, {signal}), 300_000);

export const membershipQuery = (client: PorticoCore) =>
  query(['membership'], (signal) => client.request(getMembership, {signal}));

export const membershipHistoryQuery = (
  client: PorticoCore,
  params: QueryOf<'listMemberships'> = {},
) =>
  query(['membership', 'history', {...params}], (signal) =>
    client.request(listMemberships, {signal, query: params}),
  );
