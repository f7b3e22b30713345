import {periodEnd} from '@portico/sdk/domain';
import {problem} from '../problem.js';
import {nextId} from '../state/ids.js';
import {writeOffExpiredCredits} from '../state/ledger.js';
import {
  currentMembership,
  inSpace,
  instant,
  newestFirst,
  ofMember,
  ownRow,
  paginate,
  today,
} from '../state/queries.js';
import type {MembershipRow, PlanRow} from '../state/rows.js';
import {TABLES} from '../state/rows.js';
import {toPlan} from '../state/views.js';
import {defineHandlers} from './context.js';
import {requireTerms} from './guards.js';
import {
  checkCancel,
  checkChange,
  checkJoin,
  followerOf,
  membershipView,
  orderForPlan,
  startMembership,
} from './membership-rules.js';
import {notify} from './notify.js';
import {chargeOrder, checkPaymentMethod} from './products-orders.js';

export const plansMembershipHandlers = defineHandlers({
  listPlans: ({db, space}) => ({
    items: inSpace<PlanRow>(db, TABLES.plans, space.id)
      .sort((a, b) => a.sort - b.sort)
      .map(toPlan),
  }),

  getMembership: ({db, member, space, now}) => {
    const day = today(space, now);
    const membership = currentMembership(db, member, day);
    return {membership: membership && membershipView(db, member, membership, day)};
  },

  listMemberships: ({db, member, space, now, query}) => {
    const day = today(space, now);
    const all = newestFirst(ofMember<MembershipRow>(db, TABLES.memberships, member), 'createdAt');
    const {page, nextCursor} = paginate(all, query);
    return {items: page.map((m) => membershipView(db, member, m, day)), nextCursor};
  },

  quoteMembership: ({db, member, space, body, now}) => {
    const day = today(space, now);
    if (body.action === 'join') {
      const {plan, awaiting} = checkJoin(db, space, member, body.planId, day);
      return {
        action: 'join',
        from: null,
        to: toPlan(plan),
        effectiveOn: day,
        amount: plan.price,
        awaiting,
      };
    }
    if (body.action === 'change') {
      const {from, to, on} = checkChange(db, space, member, body.membershipId, body.planId, day);
      return {
        action: 'change',
        from: toPlan(from),
        to: toPlan(to),
        effectiveOn: on,
        amount: to.price,
        awaiting: null,
      };
    }
    const {plan, endsOn} = checkCancel(db, space, member, body.membershipId, day);
    return {
      action: 'cancel',
      from: toPlan(plan),
      to: null,
      effectiveOn: endsOn,
      amount: {amount: 0, currency: space.currency},
      awaiting: null,
    };
  },

  // One transaction: the membership, its order and (with a payment method) the payment are
  // all or nothing, so a declined card leaves no pending membership behind.
  joinPlan: ({db, member, space, body, now, transaction}) => {
    writeOffExpiredCredits(db, member, now);
    return transaction((tx) => {
      const day = today(space, now);
      const {plan, awaiting} = checkJoin(tx, space, member, body.planId, day);
      requireTerms(member, space);
      if (body.paymentMethod !== undefined && awaiting === 'payment')
        checkPaymentMethod(body.paymentMethod);
      const nowIso = instant(space, now);
      let membership = tx.put<MembershipRow>(TABLES.memberships, {
        id: nextId(tx, 'ms'),
        spaceId: space.id,
        memberId: member.id,
        planId: plan.id,
        status: 'pending',
        validFrom: day,
        validUntil: periodEnd(day, plan.period),
        createdAt: nowIso,
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
    });
  },

  // The new plan is a membership that follows this one from the next period: when that day
  // comes it is simply the membership in force, with nothing to migrate.
  changePlan: ({member, space, params, body, now, transaction}) =>
    transaction((tx) => {
      const day = today(space, now);
      const {membership, to, on} = checkChange(
        tx,
        space,
        member,
        params.membershipId,
        body.planId,
        day,
      );
      tx.put<MembershipRow>(TABLES.memberships, {
        id: nextId(tx, 'ms'),
        spaceId: space.id,
        memberId: member.id,
        planId: to.id,
        status: 'active',
        validFrom: on,
        validUntil: periodEnd(on, to.period),
        createdAt: instant(space, now),
        awaiting: null,
        orderId: null,
        cancellation: null,
        follows: membership.id,
      });
      notify(tx, space, member, now, {
        kind: 'membership.changing',
        params: {planName: to.name, day: on},
        title: `Changing to ${to.name}`,
        body: `Your plan changes to ${to.name} on ${on}.`,
      });
      return membershipView(tx, member, membership, day);
    }),

  undoPlanChange: ({member, space, params, now, transaction}) =>
    transaction((tx) => {
      const day = today(space, now);
      const membership = ownRow<MembershipRow>(
        tx,
        TABLES.memberships,
        params.membershipId,
        member,
        'membership',
      );
      const follower = followerOf(tx, member, membership);
      if (!follower || follower.validFrom <= day)
        throw problem('nothing_to_undo', 'No plan change is waiting to take effect.');
      tx.delete(TABLES.memberships, follower.id);
      // Written again unchanged so realtime says this membership changed (a delete carries no row).
      tx.put<MembershipRow>(TABLES.memberships, membership);
      return membershipView(tx, member, membership, day);
    }),

  cancelMembership: ({member, space, params, now, transaction}) =>
    transaction((tx) => {
      const day = today(space, now);
      const {membership, plan, endsOn} = checkCancel(tx, space, member, params.membershipId, day);
      const cancelled = tx.put<MembershipRow>(TABLES.memberships, {
        ...membership,
        cancellation: {endsOn, requestedAt: instant(space, now)},
      });
      notify(tx, space, member, now, {
        kind: 'membership.cancelling',
        params: {planName: plan.name, day: endsOn},
        title: 'Membership cancelled',
        body: `Your ${plan.name} membership ends on ${endsOn}. Changed your mind? Undo it before then.`,
      });
      return membershipView(tx, member, cancelled, day);
    }),

  undoCancellation: ({member, space, params, now, transaction}) =>
    transaction((tx) => {
      const day = today(space, now);
      const membership = ownRow<MembershipRow>(
        tx,
        TABLES.memberships,
        params.membershipId,
        member,
        'membership',
      );
      if (!membership.cancellation || membership.cancellation.endsOn < day)
        throw problem('nothing_to_undo', 'No cancellation is waiting to take effect.');
      const kept = tx.put<MembershipRow>(TABLES.memberships, {...membership, cancellation: null});
      return membershipView(tx, member, kept, day);
    }),
});
