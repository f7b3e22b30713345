// What the member's plan in force lets them book: read by GET /me/plan-access and enforced
// on every booking request with the same domain rule (`planIncludes`).
import type {PlanAccess} from '@portico/sdk/contract';
import {planIncludes} from '@portico/sdk/domain';
import {problem} from '../../problem.js';
import type {Reader} from '../../state/lookups.js';
import {activeMembership, planOf, sortedInSpace, today} from '../../state/lookups.js';
import type {MemberRow, PlanRow, ResourceRow, SpaceRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';

/** The plan of the member's membership in force today, or null (a guest, paying per use). */
export function planInForce(
  reader: Reader,
  space: SpaceRow,
  member: MemberRow,
  now: number,
): PlanRow | null {
  const membership = activeMembership(reader, member, today(space, now));
  return membership ? planOf(reader, membership.planId) : null;
}

export function planAccess(
  reader: Reader,
  space: SpaceRow,
  member: MemberRow,
  now: number,
): PlanAccess {
  const plan = planInForce(reader, space, member, now);
  return {
    plan: plan && {id: plan.id, name: plan.name},
    resources: sortedInSpace<ResourceRow>(reader, TABLES.resources, space.id).map((r) => {
      const allowed = planIncludes(plan, r.type);
      return {resourceId: r.id, allowed, reason: allowed ? null : 'not_in_plan'};
    }),
  };
}

/** 403 `not_in_plan` when the member's plan does not include this kind of resource. */
export function requirePlanIncludes(
  reader: Reader,
  space: SpaceRow,
  member: MemberRow,
  resource: ResourceRow,
  now: number,
): void {
  const plan = planInForce(reader, space, member, now);
  if (!planIncludes(plan, resource.type))
    throw problem(
      'not_in_plan',
      `${resource.name} is not included in your plan (${plan?.name ?? ''}).`,
    );
}
