import * as z from 'zod/mini';
import {
  CurrentMembership,
  JoinRequest,
  Membership,
  MembershipQuote,
  MembershipQuoteRequest,
  PlanChangeRequest,
} from './schemas.js';
import {Plan} from './plan.js';
import {PlanAccess} from './plan-access.js';
import {Id, PageQuery, list, page} from '../../contract/primitives.js';
import type {QueryRoot} from '../../contract/query-roots.js';
import {memberRoute, routesWith} from '../../contract/route.js';

/**
 * A membership change moves credits, may settle an order, and sends a notice; what the next
 * period costs is on the upcoming invoice.
 */
const MEMBERSHIP_CHANGES = [
  'membership',
  'credits',
  'orders',
  'myProducts',
  'notifications',
  'invoices',
] as const satisfies readonly QueryRoot[];

export const listPlans = memberRoute({
  method: 'GET',
  path: '/plans',
  summary: 'Plans on offer',
  access: 'public',
  response: list(Plan),
});

export const getMembership = memberRoute({
  method: 'GET',
  path: '/me/membership',
  summary: 'The current membership with status, validity, usage and next billing',
  response: CurrentMembership,
});

export const listMemberships = memberRoute({
  method: 'GET',
  path: '/me/memberships',
  summary: 'Every membership, newest first, with payments',
  query: z.object({...PageQuery}),
  response: page(Membership),
});

export const getPlanAccess = memberRoute({
  method: 'GET',
  path: '/me/plan-access',
  summary: "Which resources the member's plan in force lets them book, and why not",
  response: PlanAccess,
});

/** A change to one of the member's memberships: it answers the membership as it now is. */
const membershipChange = routesWith({
  access: 'member',
  // One schema for the four routes' `:membershipId` (openapi.json names it once).
  params: z.object({membershipId: Id}),
  response: Membership,
  invalidates: MEMBERSHIP_CHANGES,
});

export const quoteMembership = memberRoute({
  method: 'POST',
  path: '/me/memberships/quote',
  summary: 'What joining, changing or cancelling would do: plans, date, amount; no side effect',
  body: MembershipQuoteRequest,
  response: MembershipQuote,
  safe: true,
  errors: [
    'unknown_plan',
    'already_member',
    'already_on_plan',
    'change_pending',
    'no_active_membership',
    'plan_change_forbidden',
  ],
});

export const joinPlan = memberRoute({
  method: 'POST',
  path: '/me/memberships',
  summary: 'Join a plan: pending until paid (or approved); pays at once with a paymentMethod',
  body: JoinRequest,
  response: Membership,
  status: 201,
  invalidates: MEMBERSHIP_CHANGES,
  idempotent: true,
  errors: [
    'unknown_plan',
    'already_member',
    'plan_change_forbidden',
    'terms_not_accepted',
    'payment_declined',
  ],
});

export const changePlan = membershipChange({
  method: 'POST',
  path: '/me/memberships/:membershipId/change',
  summary: 'Move to another plan at the next period (undo with DELETE before then)',
  body: PlanChangeRequest,
  idempotent: true,
  errors: [
    'unknown_plan',
    'already_on_plan',
    'change_pending',
    'no_active_membership',
    'plan_change_forbidden',
  ],
});

export const undoPlanChange = membershipChange({
  method: 'DELETE',
  path: '/me/memberships/:membershipId/change',
  summary: 'Drop a plan change that has not taken effect yet',
  errors: ['nothing_to_undo'],
});

export const cancelMembership = membershipChange({
  method: 'POST',
  path: '/me/memberships/:membershipId/cancel',
  summary: "Cancel at the end of the period, after the space's notice (undo with DELETE)",
  idempotent: true,
  errors: ['change_pending', 'no_active_membership', 'plan_change_forbidden'],
});

export const undoCancellation = membershipChange({
  method: 'DELETE',
  path: '/me/memberships/:membershipId/cancel',
  summary: 'Keep a membership whose cancellation has not taken effect yet',
  errors: ['nothing_to_undo'],
});
