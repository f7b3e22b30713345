import type {Routes} from '@portico/sdk/contract';
import {periodEnd} from '@portico/sdk/domain';
import {nextId} from '../../state/ids.js';
import {
  currentMembership,
  instant,
  newestFirst,
  ofMember,
  paginate,
  sortedInSpace,
  today,
} from '../../state/lookups.js';
import type {MembershipRow, PlanRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {toPlan} from '../../state/views.js';
import type {RouteHandler} from '../shared/context.js';
import {defineHandlers} from '../shared/context.js';
import {notify} from '../shared/notify.js';
import {joinMembership} from './join.js';
import {membershipView, undoScheduled} from './memberships.js';
import {planAccess} from './plan-access.js';
import {checkCancel, checkChange, checkJoin} from './rules.js';

/** The two undo routes: the same lookup and answer, for a plan change or a cancellation. */
const undo =
  (what: 'change' | 'cancellation'): RouteHandler<Routes['undoPlanChange' | 'undoCancellation']> =>
  ({member, space, params, now, transaction}) =>
    transaction((tx) => {
      const day = today(space, now);
      const kept = undoScheduled(tx, member, params.membershipId, day, what);
      return membershipView(tx, member, kept, day);
    });

export const membershipHandlers = defineHandlers({
  listPlans: ({db, space}) => ({
    items: sortedInSpace<PlanRow>(db, TABLES.plans, space.id).map(toPlan),
  }),

  getPlanAccess: ({db, member, space, now}) => planAccess(db, space, member, now),

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

  joinPlan: ({member, space, body, now, transaction}) =>
    transaction((tx) => joinMembership(tx, space, member, body, now)),

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

  undoPlanChange: undo('change'),

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

  undoCancellation: undo('cancellation'),
});
