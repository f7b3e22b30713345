import {
  planOf,
  currentMembership,
  newestFirst,
  ofMember,
  paginate,
  today,
  inSpace,
} from '../state/queries.js';
import type {CheckInRow, MembershipRow, PaymentRow, PlanRow} from '../state/rows.js';
import {TABLES} from '../state/rows.js';
import {toMembership, toPlan} from '../state/views.js';
import {defineHandlers} from './context.js';

export const plansMembershipHandlers = defineHandlers({
  listPlans: ({db, space}) => ({
    items: inSpace<PlanRow>(db, TABLES.plans, space.id)
      .sort((a, b) => a.sort - b.sort)
      .map(toPlan),
  }),

  getMembership: ({db, member, space, now}) => {
    const day = today(space, now);
    const membership = currentMembership(db, member, day);
    if (!membership) return {membership: null};
    const checkIns = ofMember<CheckInRow>(db, TABLES.checkIns, member);
    const payments = ofMember<PaymentRow>(db, TABLES.payments, member);
    return {
      membership: toMembership(membership, planOf(db, membership.planId), {
        day,
        checkIns,
        payments,
      }),
    };
  },

  listMemberships: ({db, member, space, now, query}) => {
    const day = today(space, now);
    const checkIns = ofMember<CheckInRow>(db, TABLES.checkIns, member);
    const payments = ofMember<PaymentRow>(db, TABLES.payments, member);
    const all = newestFirst(ofMember<MembershipRow>(db, TABLES.memberships, member), 'createdAt');
    const {page, nextCursor} = paginate(all, query);
    return {
      items: page.map((m) => toMembership(m, planOf(db, m.planId), {day, checkIns, payments})),
      nextCursor,
    };
  },
});
