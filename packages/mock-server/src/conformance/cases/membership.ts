import type {Membership} from '@portico/sdk/contract';
import {addDays, planIncludes} from '@portico/sdk/domain';
import type {CaseContext} from '../context.js';
import {bookingBody, defineCases} from '../define-cases.js';
import {expectProblem, expectStatus, fail, ok} from '../expect.js';

/** Ada and her active membership, which the seeds give her. */
async function adaActive(context: CaseContext): Promise<{token: string; membership: Membership}> {
  const {token} = await context.login('ada@example.com');
  const reply = await context.api.call('getMembership', {token});
  expectStatus(reply, 200, 'GET /me/membership');
  const membership = reply.body.membership;
  ok(membership?.status === 'active', 'ada has no active membership');
  return {token, membership};
}

/** A plan of the space other than `planId`. */
async function otherPlan(context: CaseContext, planId: string): Promise<string> {
  const plans = await context.api.call('listPlans');
  expectStatus(plans, 200, 'GET /plans');
  return plans.body.items.find((plan) => plan.id !== planId)?.id ?? fail('the space has one plan');
}

export const membershipCases = defineCases('membership', {
  async "plan access says what the member's plan includes, and a booking outside it is refused"(
    context,
  ) {
    const {token, membership} = await adaActive(context);
    const plans = await context.api.call('listPlans');
    expectStatus(plans, 200, 'GET /plans');
    const plan =
      plans.body.items.find((p) => p.id === membership.plan.id) ?? fail("ada's plan is not listed");
    const access = await context.api.call('getPlanAccess', {token});
    expectStatus(access, 200, 'GET /me/plan-access');
    ok(access.body.plan?.id === plan.id, `plan access names ${access.body.plan?.id}`);
    const resources = await context.resources();
    ok(
      access.body.resources.length === resources.length,
      `plan access lists ${access.body.resources.length} of ${resources.length} resources`,
    );
    for (const resource of resources) {
      const entry = access.body.resources.find((r) => r.resourceId === resource.id);
      const allowed = planIncludes(plan, resource.type);
      ok(
        entry?.allowed === allowed && entry.reason === (allowed ? null : 'not_in_plan'),
        `${resource.id} (${resource.type}) on ${plan.id}: ${JSON.stringify(entry)}`,
      );
    }
    const excluded = resources.find((r) => !planIncludes(plan, r.type));
    if (excluded) {
      const [slot] = await context.slots({filter: (r) => r.id === excluded.id});
      const quote = await context.api.call('quoteBooking', {token, body: bookingBody(slot!)});
      expectProblem(quote, 'not_in_plan', `POST /bookings/quote for ${excluded.id}`);
      const booked = await context.send('createBooking', {token, body: bookingBody(slot!)});
      expectProblem(booked, 'not_in_plan', `POST /bookings for ${excluded.id}`);
    }
    // No membership in force: a guest paying per use, whom no plan limits.
    const guest = await context.login(`${context.key()}@example.com`);
    const open = await context.api.call('getPlanAccess', {token: guest.token});
    expectStatus(open, 200, 'GET /me/plan-access (no membership)');
    ok(open.body.plan === null, 'a member without a membership has a plan');
    ok(
      open.body.resources.every((r) => r.allowed && r.reason === null),
      'a member without a membership is refused a resource',
    );
    // A visitor has no plan to speak of.
    expectProblem(
      await context.api.call('getPlanAccess'),
      'unauthorized',
      'GET /me/plan-access signed out',
    );
  },

  async 'a new member joins a paid plan: pending on an unpaid order, active once it is paid'(
    context,
  ) {
    const email = `${context.key()}@example.com`;
    const {token} = await context.login(email);
    const space = await context.space();
    const terms = await context.api.call('acceptTerms', {
      token,
      body: {version: space.terms.version},
    });
    expectStatus(terms, 200, 'POST /me/terms');
    const plans = await context.api.call('listPlans');
    expectStatus(plans, 200, 'GET /plans');
    const plan =
      plans.body.items.find((p) => p.price.amount > 0 && !p.requiresApproval) ??
      fail('no paid plan without approval');
    const quote = await context.api.call('quoteMembership', {
      token,
      body: {action: 'join', planId: plan.id},
    });
    expectStatus(quote, 200, 'POST /me/memberships/quote');
    ok(quote.body.awaiting === 'payment', `the quote waits for ${quote.body.awaiting}`);
    ok(
      quote.body.amount.amount === plan.price.amount,
      "the quote's amount is not the plan's price",
    );
    const joined = await context.send('joinPlan', {
      token,
      body: {planId: plan.id},
    });
    expectStatus(joined, 201, 'POST /me/memberships');
    ok(
      joined.body.status === 'pending' && joined.body.awaiting === 'payment',
      `a new membership is ${joined.body.status} awaiting ${joined.body.awaiting}`,
    );
    const orderId = joined.body.orderId ?? fail('the pending membership names no order to pay');
    const paid = await context.send('payOrder', {
      token,
      params: {orderId},
      body: {paymentMethod: 'pm_card_visa'},
    });
    expectStatus(paid, 200, 'POST /orders/{id}/pay');
    const after = await context.api.call('getMembership', {token});
    expectStatus(after, 200, 'GET /me/membership');
    ok(after.body.membership?.status === 'active', 'the paid membership is not active');
    const again = await context.send('joinPlan', {
      token,
      body: {planId: plan.id},
    });
    expectProblem(again, 'already_member', 'joining again');
  },

  async 'a plan change takes effect the day after the period ends, and can be undone'(context) {
    const {token, membership} = await adaActive(context);
    const planId = await otherPlan(context, membership.plan.id);
    const quote = await context.api.call('quoteMembership', {
      token,
      body: {action: 'change', membershipId: membership.id, planId},
    });
    expectStatus(quote, 200, 'POST /me/memberships/quote');
    const next = membership.validUntil && addDays(membership.validUntil, 1);
    ok(quote.body.effectiveOn === next, `the change is quoted for ${quote.body.effectiveOn}`);
    const params = {membershipId: membership.id};
    const changed = await context.send('changePlan', {
      token,
      params,
      body: {planId},
    });
    expectStatus(changed, 200, 'POST /me/memberships/{id}/change');
    ok(
      changed.body.plan.id === membership.plan.id,
      'the plan changed at once instead of at the next period',
    );
    ok(
      changed.body.scheduledChange?.plan.id === planId && changed.body.scheduledChange.on === next,
      'the membership does not show the scheduled change',
    );
    const undone = await context.api.call('undoPlanChange', {token, params});
    expectStatus(undone, 200, 'DELETE /me/memberships/{id}/change');
    ok(undone.body.scheduledChange === null, 'the undone change is still scheduled');
    expectProblem(
      await context.api.call('undoPlanChange', {token, params}),
      'nothing_to_undo',
      'undoing twice',
    );
  },

  async 'the current plan cannot be chosen again'(context) {
    const {token, membership} = await adaActive(context);
    const reply = await context.send('changePlan', {
      token,
      params: {membershipId: membership.id},
      body: {planId: membership.plan.id},
    });
    expectProblem(reply, 'already_on_plan', 'changing to the current plan');
  },

  async 'a cancellation ends the membership no earlier than the period, and can be undone'(
    context,
  ) {
    const {token, membership} = await adaActive(context);
    const params = {membershipId: membership.id};
    const quote = await context.api.call('quoteMembership', {
      token,
      body: {action: 'cancel', membershipId: membership.id},
    });
    expectStatus(quote, 200, 'POST /me/memberships/quote');
    ok(
      membership.validUntil !== null && quote.body.effectiveOn >= membership.validUntil,
      `the cancellation is quoted for ${quote.body.effectiveOn}, before the period ends`,
    );
    const cancelled = await context.send('cancelMembership', {
      token,
      params,
    });
    expectStatus(cancelled, 200, 'POST /me/memberships/{id}/cancel');
    ok(
      cancelled.body.status === 'active' &&
        cancelled.body.cancellation?.endsOn === quote.body.effectiveOn,
      'the cancelled membership does not end on the quoted day, or stopped at once',
    );
    const kept = await context.api.call('undoCancellation', {token, params});
    expectStatus(kept, 200, 'DELETE /me/memberships/{id}/cancel');
    ok(kept.body.cancellation === null, 'the membership is still cancelled after the undo');
  },

  async "another member's membership answers 404"(context) {
    const {membership} = await adaActive(context);
    const {token} = await context.login('ben@example.com');
    const params = {membershipId: membership.id};
    await context.expectNotFound(token, [
      ['cancelMembership', {params}, "cancelling ada's membership as ben"],
      ['undoPlanChange', {params}, "undoing a change of ada's membership as ben"],
    ]);
  },

  async 'a space that keeps plan changes at its front desk refuses them'(context) {
    const other = context.otherSpace();
    const space = await other.call('getSpace');
    expectStatus(space, 200, 'GET the other space');
    const {selfService} = space.body.membershipPolicy;
    ok(!selfService.change && !selfService.cancel, 'the other space lets members change plan');
    const {token} = await context.login('ada@example.com', other);
    const current = await other.call('getMembership', {token});
    const membershipId = current.body.membership?.id ?? fail('ada has no membership there');
    expectProblem(
      await other.call('cancelMembership', {
        token,
        idempotencyKey: context.key(),
        params: {membershipId},
      }),
      'plan_change_forbidden',
      'cancelling where the front desk does it',
    );
  },
});
