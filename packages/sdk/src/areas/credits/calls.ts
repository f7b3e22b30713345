import {getCredits, listCreditLedger} from '../../contract/endpoints.js';
import type {PorticoCore} from '../../core/PorticoCore.js';
import type {CallOptions, QueryOf} from '../../types/request.js';
import {query} from '../../core/query.js';

/** `client.credits`: the balance and its ledger. */
export const creditsApi = (client: PorticoCore) => ({
  balance: (options?: CallOptions) => client.request(getCredits, options),
  ledger: (query?: QueryOf<'listCreditLedger'>, options?: CallOptions) =>
    client.request(listCreditLedger, {...options, query}),
});

/**
 * The member's credit balance, for `client.store`.
 * @example
 * ```ts
 * client.store.subscribe(creditsQuery(client), (state) => render(state.data?.total));
 * ```
 */
export const creditsQuery = (client: PorticoCore) =>
  query(['credits'], (signal) => client.request(getCredits, {signal}));

export const creditLedgerQuery = (client: PorticoCore, params: QueryOf<'listCreditLedger'> = {}) =>
  query(['credits', 'ledger', {...params}], (signal) =>
    client.request(listCreditLedger, {signal, query: params}),
  );
