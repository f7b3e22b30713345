/**
 * The rules of joining, changing and cancelling a membership, shared by the quote and the
 * mutations, so a quote refuses exactly what the mutation would.
 */
import type {MembershipAwaiting} from '@portico/sdk/contract';
import {cancellationEndsOn, planChangeDay} from '@portico/sdk/domain';
import {problem} from '../../problem.js';
import type {Reader} from '../../state/lookups.js';
import {currentMembership, effectiveStatus, ofMember, ownRow, planOf} from '../../state/lookups.js';
import type {MemberRow, MembershipRow, PlanRow, SpaceRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';

type SelfService = keyof SpaceRow['membershipPolicy']['selfService'];

const VERB: Record<SelfService, string> = {
  join: 'join a plan',
  change: 'change plan',
  cancel: 'cancel',
};

/** 403 when the space keeps this action at its front desk (seed 002's switches). */
export function requireSelfService(space: SpaceRow, action: SelfService): void {
  const {selfService, contact} = space.membershipPolicy;
  if (!selfService[action])
    throw problem(
      'plan_change_forbidden',
      `Members cannot ${VERB[action]} themselves here: contact ${contact.name} (${contact.email}).`,
    );
}

/** A plan of this space, or 422 naming `planId`. */
export function planIn(reader: Reader, space: SpaceRow, planId: string): PlanRow {
  const plan = reader.get<PlanRow>(TABLES.plans, planId);
  if (!plan || plan.spaceId !== space.id)
    throw problem('unknown_plan', `There is no plan ${planId}.`, {
      errors: [{field: 'body.planId', message: 'Unknown plan'}],
    });
  return plan;
}

/** One of the member's own memberships, or 404 (someone else's answers as a missing one). */
export function ownMembership(
  reader: Reader,
  member: MemberRow,
  membershipId: string,
): MembershipRow {
  return ownRow<MembershipRow>(reader, TABLES.memberships, membershipId, member, 'membership');
}

/** The membership that follows `membership` after a plan change, if one is scheduled. */
export function followerOf(
  reader: Reader,
  member: MemberRow,
  membership: MembershipRow,
): MembershipRow | null {
  return (
    ofMember<MembershipRow>(reader, TABLES.memberships, member).find(
      (m) => m.follows === membership.id,
    ) ?? null
  );
}

/** Joining: allowed here, a plan of this space, and no membership active or about to start. */
export function checkJoin(
  reader: Reader,
  space: SpaceRow,
  member: MemberRow,
  planId: string,
  day: string,
): {plan: PlanRow; awaiting: MembershipAwaiting | null} {
  requireSelfService(space, 'join');
  const plan = planIn(reader, space, planId);
  const current = currentMembership(reader, member, day);
  const status = current && effectiveStatus(current, day);
  if (current && (status === 'active' || status === 'pending'))
    throw problem(
      'already_member',
      `You already have a ${status} membership (${planOf(reader, current.planId).name}): change plan instead.`,
    );
  const awaiting = plan.requiresApproval ? 'approval' : plan.price.amount > 0 ? 'payment' : null;
  return {plan, awaiting};
}

/** The member's own membership in force today, or 404 (someone else's) / 422 (not active). */
function ownActive(
  reader: Reader,
  member: MemberRow,
  membershipId: string,
  day: string,
): MembershipRow {
  const membership = ownMembership(reader, member, membershipId);
  const status = effectiveStatus(membership, day);
  if (status !== 'active')
    throw problem(
      'no_active_membership',
      `Membership ${membership.id} is ${status}; only an active membership can be changed.`,
    );
  return membership;
}

/** 409 when a plan change or a cancellation is already waiting: undo it first. */
function requireNothingScheduled(
  reader: Reader,
  member: MemberRow,
  membership: MembershipRow,
): void {
  const follower = followerOf(reader, member, membership);
  if (follower)
    throw problem(
      'change_pending',
      `A change to ${planOf(reader, follower.planId).name} on ${follower.validFrom} is scheduled: undo it first.`,
    );
  if (membership.cancellation)
    throw problem(
      'change_pending',
      `The membership is cancelled from ${membership.cancellation.endsOn}: undo the cancellation first.`,
    );
}

/** Changing plan: allowed, active, another plan, nothing scheduled; effective next period. */
export function checkChange(
  reader: Reader,
  space: SpaceRow,
  member: MemberRow,
  membershipId: string,
  planId: string,
  day: string,
): {membership: MembershipRow; from: PlanRow; to: PlanRow; on: string} {
  requireSelfService(space, 'change');
  const membership = ownActive(reader, member, membershipId, day);
  const to = planIn(reader, space, planId);
  if (to.id === membership.planId)
    throw problem('already_on_plan', `You are already on ${to.name}.`, {
      errors: [{field: 'body.planId', message: 'The current plan'}],
    });
  requireNothingScheduled(reader, member, membership);
  const from = planOf(reader, membership.planId);
  return {membership, from, to, on: planChangeDay(membership.validUntil, day)};
}

/** Cancelling: allowed, active, nothing scheduled; ends after the space's notice. */
export function checkCancel(
  reader: Reader,
  space: SpaceRow,
  member: MemberRow,
  membershipId: string,
  day: string,
): {membership: MembershipRow; plan: PlanRow; endsOn: string} {
  requireSelfService(space, 'cancel');
  const membership = ownActive(reader, member, membershipId, day);
  requireNothingScheduled(reader, member, membership);
  const plan = planOf(reader, membership.planId);
  const endsOn = cancellationEndsOn({
    validUntil: membership.validUntil,
    period: plan.period,
    today: day,
    noticeDays: space.membershipPolicy.noticeDays,
  });
  return {membership, plan, endsOn};
}
