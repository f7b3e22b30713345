import type {JoinRequest, Membership} from '@portico/sdk/contract';
import {periodEnd} from '@portico/sdk/domain';
import type {Transaction} from '../../state/db.js';
import {nextId} from '../../state/ids.js';
import {instant, today} from '../../state/lookups.js';
import type {MemberRow, MembershipRow, SpaceRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {requireTerms} from '../shared/guards.js';
import {notify} from '../shared/notify.js';
import {chargeOrder, checkPaymentMethod} from '../shop/orders.js';
import {membershipView, orderForPlan, startMembership} from './memberships.js';
import {checkJoin} from './rules.js';

/**
 * Joins a plan: the membership, its order and (with a payment method) the payment, all in the
 * caller's transaction, so a declined card leaves no pending membership behind. A free plan
 * starts at once; a paid one waits on its order, one needing approval on the operator.
 */
export function joinMembership(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  body: JoinRequest,
  now: number,
): Membership {
  const day = today(space, now);
  const {plan, awaiting} = checkJoin(tx, space, member, body.planId, day);
  requireTerms(member, space);
  if (body.paymentMethod !== undefined && awaiting === 'payment')
    checkPaymentMethod(body.paymentMethod);
  let membership = tx.put<MembershipRow>(TABLES.memberships, {
    id: nextId(tx, 'ms'),
    spaceId: space.id,
    memberId: member.id,
    planId: plan.id,
    status: 'pending',
    validFrom: day,
    validUntil: periodEnd(day, plan.period),
    createdAt: instant(space, now),
    awaiting,
    orderId: null,
    cancellation: null,
    follows: null,
  });
  if (awaiting === null) membership = startMembership(tx, space, member, membership, day, now);
  if (awaiting === 'payment') {
    const order = orderForPlan(tx, space, member, membership, plan, now);
    membership = tx.get<MembershipRow>(TABLES.memberships, membership.id) ?? membership;
    if (body.paymentMethod !== undefined)
      chargeOrder(tx, space, member, order, body.paymentMethod, now);
  }
  const joined = tx.get<MembershipRow>(TABLES.memberships, membership.id) ?? membership;
  notify(tx, space, member, now, {
    kind: joined.awaiting === 'approval' ? 'membership.requested' : 'membership.joined',
    params: {planName: plan.name, day: joined.validFrom},
    title: `Welcome to ${plan.name}`,
    body:
      joined.awaiting === 'approval'
        ? 'The team will review your request shortly.'
        : joined.awaiting === 'payment'
          ? 'Your membership starts once the payment is through.'
          : `Your membership runs from ${joined.validFrom} to ${joined.validUntil ?? '—'}.`,
  });
  return membershipView(tx, member, joined, day);
}
