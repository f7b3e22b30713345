import type {PorticoCore} from '../../core/PorticoCore.js';
import {call, queryCall} from '../../core/calls.js';
import {query} from '../../core/query.js';
import type {QueryOf} from '../../types/request.js';
import * as endpoints from './endpoints.js';

/** The member's credit balance, by bucket. */
export const getCredits = call(endpoints.getCredits);

/** Every credit movement with its running balance, newest first. */
export const listCreditLedger = queryCall(endpoints.listCreditLedger);

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
