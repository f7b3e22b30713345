import type {PorticoCore} from '../../core/PorticoCore.js';
import {query} from '../../core/query.js';
import type {CallOptions, QueryOf} from '../../types/request.js';
import * as endpoints from './endpoints.js';

/** The member's credit balance, by bucket. */
export const getCredits = (client: PorticoCore, options?: CallOptions) =>
  client.request(endpoints.getCredits, options);

/** Every credit movement with its running balance, newest first. */
export const listCreditLedger = (
  client: PorticoCore,
  query?: QueryOf<'listCreditLedger'>,
  options?: CallOptions,
) => client.request(endpoints.listCreditLedger, {...options, query});

/**
 * The member's credit balance, for `client.store`.
 * @example
 * ```ts
 * client.store.subscribe(creditsQuery(client), (state) => render(state.data?.total));
 * ```
 */
export const creditsQuery = (client: PorticoCore) =>
  query(['credits'], (signal) => getCredits(client, {signal}));

export const creditLedgerQuery = (client: PorticoCore, params: QueryOf<'listCreditLedger'> = {}) =>
  query(['credits', 'ledger', {...params}], (signal) => listCreditLedger(client, params, {signal}));

/** `client.credits`: the balance and its ledger. */
export const calls = {get: getCredits, listLedger: listCreditLedger};
