/**
 * The rules of joining, changing and cancelling a membership, shared by the quote and the
 * mutations (so a quote refuses exactly what the mutation would), and starting a membership
 * once it is paid for.
 */
import type {Membership, MembershipAwaiting} from '@portico/sdk/contract';
import {
  addDays,
  cancellationEndsOn,
  periodEnd,
  planChangeDay,
  zonedDateTimeToInstant,
} from '@portico/sdk/domain';
import {problem} from '../problem.js';
import type {Transaction} from '../state/db.js';
import {nextId} from '../state/ids.js';
import {writeLedgerEntry} from '../state/ledger.js';
import type {Reader} from '../state/queries.js';
import {
  currentMembership,
  effectiveStatus,
  instant,
  ofMember,
  ownRow,
  planOf,
} from '../state/queries.js';
import type {
  CheckInRow,
  CreditBucketRow,
  MemberRow,
  MembershipRow,
  OrderRow,
  PaymentRow,
  PlanRow,
  SpaceRow,
} from '../state/rows.js';
import {TABLES} from '../state/rows.js';
import {toMembership} from '../state/views.js';

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

/** A membership as the contract shows it, with its usage, payments and scheduled change. */
export function membershipView(
  reader: Reader,
  member: MemberRow,
  membership: MembershipRow,
  day: string,
): Membership {
  const follower = followerOf(reader, member, membership);
  return toMembership(membership, planOf(reader, membership.planId), {
    day,
    checkIns: ofMember<CheckInRow>(reader, TABLES.checkIns, member),
    payments: ofMember<PaymentRow>(reader, TABLES.payments, member),
    next: follower && {membership: follower, plan: planOf(reader, follower.planId)},
  });
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
  const membership = ownRow<MembershipRow>(
    reader,
    TABLES.memberships,
    membershipId,
    member,
    'membership',
  );
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

/**
 * Starts a membership (paid, free, or approved): its first period from today, and the plan's
 * credits for that period in a membership bucket that expires when the period ends.
 */
export function startMembership(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  membership: MembershipRow,
  day: string,
  now: number,
): MembershipRow {
  const plan = planOf(tx, membership.planId);
  const validUntil = periodEnd(day, plan.period);
  const started = tx.put<MembershipRow>(TABLES.memberships, {
    ...membership,
    status: 'active',
    awaiting: null,
    orderId: null,
    validFrom: day,
    validUntil,
  });
  if (plan.benefits.credits > 0) {
    const nowIso = instant(space, now);
    const expiresMs = zonedDateTimeToInstant(addDays(validUntil, 1), '00:00', space.timeZone);
    tx.put<CreditBucketRow>(TABLES.creditBuckets, {
      id: nextId(tx, 'cb'),
      spaceId: space.id,
      memberId: member.id,
      amount: plan.benefits.credits,
      source: 'membership',
      grantedAt: nowIso,
      expiresAt: instant(space, expiresMs),
    });
    writeLedgerEntry(tx, member, {
      at: nowIso,
      delta: plan.benefits.credits,
      reason: 'membership',
      description: `${plan.name}: ${plan.benefits.credits} credits`,
      bookingId: null,
      orderId: null,
      booking: null,
      order: null,
    });
  }
  return started;
}

/**
 * The order a joined plan waits on, paid like any order (`POST /orders/{id}/pay`): one
 * payment path for the whole portal. The membership names it in `orderId`.
 */
export function orderForPlan(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  membership: MembershipRow,
  plan: PlanRow,
  now: number,
): OrderRow {
  const line = {
    productId: plan.id,
    name: plan.name,
    quantity: 1,
    includedQuantity: 0,
    paidQuantity: 1,
    unitPrice: plan.price,
    total: plan.price,
  };
  const order = tx.put<OrderRow>(TABLES.orders, {
    id: nextId(tx, 'ord'),
    spaceId: space.id,
    memberId: member.id,
    status: 'pending_payment',
    lines: [line],
    subtotal: plan.price,
    discount: null,
    discountCodeId: null,
    total: plan.price,
    membershipId: null,
    paysMembershipId: membership.id,
    createdAt: instant(space, now),
    paidAt: null,
    cancelledAt: null,
  });
  tx.put<MembershipRow>(TABLES.memberships, {
    ...membership,
    awaiting: 'payment',
    orderId: order.id,
  });
  return order;
}
