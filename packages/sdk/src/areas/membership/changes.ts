// Joining, changing and cancelling a membership: their own module, so that code which only
// reads a membership (the membership card's file) does not carry them (issue #17).
import type {PorticoCore} from '../../core/PorticoCore.js';
import {bodyCall, idCall} from '../../core/calls.js';
import type {MutationOptions} from '../../types/request.js';
import * as endpoints from './endpoints.js';

/** What joining or changing to a plan would cost and when it starts; changes nothing. */
export const quoteMembership = bodyCall(endpoints.quoteMembership);

export const joinPlan = bodyCall(endpoints.joinPlan);

/** Changes plan at the next period; undoable until then. */
export const changePlan = (
  client: PorticoCore,
  membershipId: string,
  planId: string,
  options?: MutationOptions,
) => client.request(endpoints.changePlan, {...options, params: {membershipId}, body: {planId}});

export const undoPlanChange = idCall(endpoints.undoPlanChange, 'membershipId');

/** Cancels at the period's end; undoable until then. */
export const cancelMembership = idCall(endpoints.cancelMembership, 'membershipId');

export const undoCancellation = idCall(endpoints.undoCancellation, 'membershipId');
