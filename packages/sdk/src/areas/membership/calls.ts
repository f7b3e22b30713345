import type {PorticoCore} from '../../core/PorticoCore.js';
import {call, queryCall} from '../../core/calls.js';
import {query} from '../../core/query.js';
import type {QueryOf} from '../../types/request.js';
import {
  cancelMembership,
  changePlan,
  joinPlan,
  quoteMembership,
  undoCancellation,
  undoPlanChange,
} from './changes.js';
import * as endpoints from './endpoints.js';

/** The plans on offer. */
export const listPlans = call(endpoints.listPlans);

/** The member's current membership (with usage), or none. */
export const getMembership = call(endpoints.getMembership);

/** Which resources the member's plan lets them book. */
export const getPlanAccess = call(endpoints.getPlanAccess);

/** The member's memberships and their payments, newest first. */
export const listMemberships = queryCall(endpoints.listMemberships);

/** Plans rarely change: fresh for 5 minutes. */
export const plansQuery = (client: PorticoCore) =>
  query(['plans'], (signal) => listPlans(client, {signal}), 300_000);

export const membershipQuery = (client: PorticoCore) =>
  query(['membership'], (signal) => getMembership(client, {signal}));

/** Under `membership`: joining, changing or cancelling a plan refreshes it. */
export const planAccessQuery = (client: PorticoCore) =>
  query(['membership', 'plan-access'], (signal) => getPlanAccess(client, {signal}));

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
  planAccess: getPlanAccess,
  list: listMemberships,
  quote: quoteMembership,
  join: joinPlan,
  change: changePlan,
  undoChange: undoPlanChange,
  cancel: cancelMembership,
  undoCancel: undoCancellation,
};
