/**
 * A membership's life: how it is shown, started (its credits granted), ordered, approved by
 * the operator, and a scheduled change undone. Joining is in `join.ts`.
 */
import type {Membership} from '@portico/sdk/contract';
import {addDays, periodEnd, zonedDateTimeToInstant} from '@portico/sdk/domain';
import {problem} from '../../problem.js';
import type {Transaction} from '../../state/db.js';
import {nextId} from '../../state/ids.js';
import {writeLedgerEntry} from '../../state/ledger.js';
import type {Reader} from '../../state/lookups.js';
import {instant, ofMember, planOf, today} from '../../state/lookups.js';
import type {
  CheckInRow,
  CreditBucketRow,
  MemberRow,
  MembershipRow,
  OrderRow,
  PaymentRow,
  PlanRow,
  SpaceRow,
} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {toMembership} from '../../state/views.js';
import {expireCredits} from '../credits/expiry.js';
import {notify} from '../shared/notify.js';
import {followerOf, ownMembership} from './rules.js';

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
    // Credits move: what expired goes first, so the ledger stays in time order.
    expireCredits(tx, member, now);
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

/**
 * The operator approves a membership waiting for approval (the dev route): a free plan starts
 * at once, a paid one then waits on an order to pay. Approving twice, or a membership that
 * does not wait for it, changes nothing.
 */
export function approveMembership(
  tx: Transaction,
  space: SpaceRow,
  membershipId: string,
  now: number,
): Membership {
  const membership = tx.get<MembershipRow>(TABLES.memberships, membershipId);
  const member = membership && tx.get<MemberRow>(TABLES.members, membership.memberId);
  if (!membership || !member || membership.spaceId !== space.id)
    throw problem('not_found', `There is no membership ${membershipId}.`);
  const day = today(space, now);
  if (membership.status !== 'pending' || membership.awaiting !== 'approval')
    return membershipView(tx, member, membership, day);
  const plan = planOf(tx, membership.planId);
  if (plan.price.amount > 0) orderForPlan(tx, space, member, membership, plan, now);
  else startMembership(tx, space, member, membership, day, now);
  notify(tx, space, member, now, {
    kind: 'membership.approved',
    params: {planName: plan.name, day},
    title: `${plan.name} approved`,
    body:
      plan.price.amount > 0
        ? 'The team approved your membership: it starts once the order is paid.'
        : 'The team approved your membership: welcome!',
  });
  const approved = tx.get<MembershipRow>(TABLES.memberships, membership.id) ?? membership;
  return membershipView(tx, member, approved, day);
}

/**
 * Undoes what is scheduled on one of the member's memberships and has not taken effect yet:
 * a plan change (its follower is dropped) or a cancellation. 422 `nothing_to_undo` otherwise.
 */
export function undoScheduled(
  tx: Transaction,
  member: MemberRow,
  membershipId: string,
  day: string,
  what: 'change' | 'cancellation',
): MembershipRow {
  const membership = ownMembership(tx, member, membershipId);
  if (what === 'change') {
    const follower = followerOf(tx, member, membership);
    if (!follower || follower.validFrom <= day)
      throw problem('nothing_to_undo', 'No plan change is waiting to take effect.');
    tx.delete(TABLES.memberships, follower.id);
    // Written again unchanged so realtime says this membership changed (a delete carries no row).
    return tx.put<MembershipRow>(TABLES.memberships, membership);
  }
  if (!membership.cancellation || membership.cancellation.endsOn < day)
    throw problem('nothing_to_undo', 'No cancellation is waiting to take effect.');
  return tx.put<MembershipRow>(TABLES.memberships, {...membership, cancellation: null});
}
