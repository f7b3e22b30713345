import type {PorticoCore} from '../../core/PorticoCore.js';
import {query} from '../../core/query.js';
import type {BodyOf, CallOptions, MutationOptions, QueryOf} from '../../types/request.js';
import * as endpoints from './endpoints.js';

/** The plans on offer. */
export const listPlans = (client: PorticoCore, options?: CallOptions) =>
  client.request(endpoints.listPlans, options);

/** The member's current membership (with usage), or none. */
export const getMembership = (client: PorticoCore, options?: CallOptions) =>
  client.request(endpoints.getMembership, options);

/** The member's memberships and their payments, newest first. */
export const listMemberships = (
  client: PorticoCore,
  query?: QueryOf<'listMemberships'>,
  options?: CallOptions,
) => client.request(endpoints.listMemberships, {...options, query});

/** What joining or changing to a plan would cost and when it starts; changes nothing. */
export const quoteMembership = (
  client: PorticoCore,
  body: BodyOf<'quoteMembership'>,
  options?: MutationOptions,
) => client.request(endpoints.quoteMembership, {...options, body});

export const joinPlan = (
  client: PorticoCore,
  body: BodyOf<'joinPlan'>,
  options?: MutationOptions,
) => client.request(endpoints.joinPlan, {...options, body});

/** Changes plan at the next period; undoable until then. */
export const changePlan = (
  client: PorticoCore,
  membershipId: string,
  planId: string,
  options?: MutationOptions,
) => client.request(endpoints.changePlan, {...options, params: {membershipId}, body: {planId}});

export const undoPlanChange = (
  client: PorticoCore,
  membershipId: string,
  options?: MutationOptions,
) => client.request(endpoints.undoPlanChange, {...options, params: {membershipId}});

/** Cancels at the period's end; undoable until then. */
export const cancelMembership = (
  client: PorticoCore,
  membershipId: string,
  options?: MutationOptions,
) => client.request(endpoints.cancelMembership, {...options, params: {membershipId}});

export const undoCancellation = (
  client: PorticoCore,
  membershipId: string,
  options?: MutationOptions,
) => client.request(endpoints.undoCancellation, {...options, params: {membershipId}});

/** Plans rarely change: fresh for 5 minutes. */
export const plansQuery = (client: PorticoCore) =>
  query(['plans'], (signal) => listPlans(client, {signal}), 300_000);

export const membershipQuery = (client: PorticoCore) =>
  query(['membership'], (signal) => getMembership(client, {signal}));

export const membershipHistoryQuery = (
  client: PorticoCore,
  params: QueryOf<'listMemberships'> = {},
) =>
  query(['membership', 'history', {...params}], (signal) =>
    listMemberships(client, params, {signal}),
  );

/**
 * `client.membership`: the plans on offer, the member's current membership and its history;
 * joining a plan, changing plan at the next period and cancelling at the period's end (each
 * undoable until then), with a quote for the confirmation step.
 */
export const calls = {
  listPlans,
  get: getMembership,
  list: listMemberships,
  quote: quoteMembership,
  join: joinPlan,
  change: changePlan,
  undoChange: undoPlanChange,
  cancel: cancelMembership,
  undoCancel: undoCancellation,
};
