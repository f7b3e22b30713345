import {
  cancelMembership,
  changePlan,
  getMembership,
  joinPlan,
  listMemberships,
  listPlans,
  quoteMembership,
  undoCancellation,
  undoPlanChange,
} from '../../contract/endpoints.js';
import type {PorticoCore} from '../../core/PorticoCore.js';
import type {BodyOf, CallOptions, MutationOptions, QueryOf} from '../../types/request.js';
import {query} from '../../core/query.js';

/** `client.plans`: the plans on offer. */
export const plansApi = (client: PorticoCore) => ({
  list: (options?: CallOptions) => client.request(listPlans, options),
});

/**
 * `client.membership`: the member's current membership and its history; joining a plan,
 * changing plan at the next period and cancelling at the period's end (each undoable until
 * then), with a quote for the confirmation step.
 */
export const membershipApi = (client: PorticoCore) => ({
  current: (options?: CallOptions) => client.request(getMembership, options),
  history: (query?: QueryOf<'listMemberships'>, options?: CallOptions) =>
    client.request(listMemberships, {...options, query}),
  quote: (body: BodyOf<'quoteMembership'>, options?: MutationOptions) =>
    client.request(quoteMembership, {...options, body}),
  join: (body: BodyOf<'joinPlan'>, options?: MutationOptions) =>
    client.request(joinPlan, {...options, body}),
  changePlan: (membershipId: string, planId: string, options?: MutationOptions) =>
    client.request(changePlan, {...options, params: {membershipId}, body: {planId}}),
  undoChange: (membershipId: string, options?: MutationOptions) =>
    client.request(undoPlanChange, {...options, params: {membershipId}}),
  cancel: (membershipId: string, options?: MutationOptions) =>
    client.request(cancelMembership, {...options, params: {membershipId}}),
  undoCancel: (membershipId: string, options?: MutationOptions) =>
    client.request(undoCancellation, {...options, params: {membershipId}}),
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
