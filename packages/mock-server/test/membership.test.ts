import assert from 'node:assert/strict';
import {test} from 'node:test';
import {Membership, MembershipQuote} from '@portico/sdk/contract';
import * as z from 'zod/mini';
import {DAY, assertProblem, setup, setupSignedIn} from './helpers/mock-api.js';

// The frozen clock is Monday 2 March 2026; Ada's Flex monthly runs to day(19), 21 March.

async function adaMembership(t: ReturnType<typeof setup>, token: string) {
  const reply = await t.call('GET', '/me/membership', {token});
  return z.parse(Membership, reply.body.membership);
}

/** Asks for a change of plan at the next period (a first attempt, with its own `key`). */
function changePlan(
  t: ReturnType<typeof setup>,
  token: string,
  id: string,
  planId: string,
  key: string,
) {
  return t.call('POST', `/me/memberships/${id}/change`, {token, key, body: {planId}});
}

/** A member who just signed up and accepted the terms (no membership). */
async function newMember(t: ReturnType<typeof setup>, email: string, space = 'demo') {
  const token = await t.login(email, space);
  const {body: spaceBody} = await t.call('GET', '/', {space});
  const accepted = await t.call('POST', '/me/terms', {
    token,
    space,
    body: {version: spaceBody.terms.version},
  });
  assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
  return token;
}

test('joining a paid plan without paying: pending on an unpaid order; paying it starts the membership and grants its credits', async () => {
  const t = setup();
  const token = await newMember(t, 'zoe@example.com');
  const quote = await t.call('POST', '/me/memberships/quote', {
    token,
    body: {action: 'join', planId: 'plan-unlimited'},
  });
  assert.equal(quote.status, 200, JSON.stringify(quote.body));
  const parsed = z.parse(MembershipQuote, quote.body);
  assert.deepEqual(
    [parsed.action, parsed.from, parsed.to?.name, parsed.effectiveOn, parsed.amount.amount],
    ['join', null, 'Resident', t.day(0), 39000],
  );
  assert.equal(parsed.awaiting, 'payment');

  const joined = await t.call('POST', '/me/memberships', {
    token,
    key: 'join-1',
    body: {planId: 'plan-unlimited'},
  });
  assert.equal(joined.status, 201, JSON.stringify(joined.body));
  assert.equal(joined.body.status, 'pending');
  assert.equal(joined.body.awaiting, 'payment');
  const orderId = joined.body.orderId as string;
  const orders = (await t.call('GET', '/me/orders?status=pending_payment', {token})).body.items;
  assert.deepEqual(
    orders.map((o: {id: string; total: {amount: number}}) => [o.id, o.total.amount]),
    [[orderId, 39000]],
  );
  assert.equal((await t.call('GET', '/me/credits', {token})).body.total, 0);

  const paid = await t.call('POST', `/orders/${orderId}/pay`, {
    token,
    key: 'pay-1',
    body: {paymentMethod: 'pm_card_visa'},
  });
  assert.equal(paid.status, 200, JSON.stringify(paid.body));
  const membership = await adaMembership(t, token);
  assert.deepEqual(
    [membership.status, membership.awaiting, membership.orderId, membership.validFrom],
    ['active', null, null, t.day(0)],
  );
  assert.equal(membership.validUntil, '2026-04-01');
  assert.deepEqual(
    membership.payments.map((p) => [p.status, p.amount.amount, p.description]),
    [['paid', 39000, 'Resident']],
  );
  assert.equal((await t.call('GET', '/me/credits', {token})).body.total, 40);
});

test('joining with a payment method pays at once; a declined card creates nothing', async () => {
  const t = setup();
  const token = await newMember(t, 'zoe@example.com');
  const declined = await t.call('POST', '/me/memberships', {
    token,
    key: 'join-declined',
    body: {planId: 'plan-flex', paymentMethod: 'pm_card_declined'},
  });
  assertProblem(declined, 402, 'payment_declined');
  assert.equal((await t.call('GET', '/me/membership', {token})).body.membership, null);
  assert.deepEqual((await t.call('GET', '/me/orders', {token})).body.items, []);

  const joined = await t.call('POST', '/me/memberships', {
    token,
    key: 'join-visa',
    body: {planId: 'plan-flex', paymentMethod: 'pm_card_visa'},
  });
  assert.equal(joined.status, 201, JSON.stringify(joined.body));
  assert.deepEqual([joined.body.status, joined.body.awaiting], ['active', null]);
  assert.equal((await t.call('GET', '/me/credits', {token})).body.total, 20);
});

test('joining a plan that needs approval stays pending for approval, with nothing to pay, until the team approves it', async () => {
  const t = setup();
  const token = await newMember(t, 'zoe@example.com', 'harbour');
  const joined = await t.call('POST', '/me/memberships', {
    token,
    space: 'harbour',
    key: 'join-community',
    body: {planId: 'hb-plan-community'},
  });
  assert.equal(joined.status, 201, JSON.stringify(joined.body));
  assert.deepEqual(
    [joined.body.status, joined.body.awaiting, joined.body.orderId, joined.body.plan.name],
    ['pending', 'approval', null, 'Community'],
  );
  assert.deepEqual((await t.call('GET', '/me/orders', {token, space: 'harbour'})).body.items, []);

  const approved = await t.call('POST', `/__dev/memberships/${joined.body.id}/approve`, {
    space: 'harbour',
  });
  assert.equal(approved.status, 200, JSON.stringify(approved.body));
  assert.deepEqual([approved.body.status, approved.body.awaiting], ['active', null]);
  const now = (await t.call('GET', '/me/membership', {token, space: 'harbour'})).body.membership;
  assert.equal(now.status, 'active');
  const notes = (await t.call('GET', '/me/notifications', {token, space: 'harbour'})).body.items;
  assert.equal(notes[0].title, 'Community approved');
});

test('joining is refused without the terms, for a member who has a plan, and for an unknown plan', async () => {
  const {t, token: chloe} = await setupSignedIn('chloe@example.com');
  const body = {planId: 'plan-unlimited'};
  assertProblem(
    await t.call('POST', '/me/memberships', {token: chloe, key: 'j1', body}),
    403,
    'terms_not_accepted',
  );
  const ada = await t.login('ada@example.com');
  assertProblem(
    await t.call('POST', '/me/memberships', {token: ada, key: 'j2', body}),
    409,
    'already_member',
  );
  const zoe = await newMember(t, 'zoe@example.com');
  const unknown = assertProblem(
    await t.call('POST', '/me/memberships', {
      token: zoe,
      key: 'j3',
      body: {planId: 'hb-plan-unlimited'},
    }),
    422,
    'unknown_plan',
  );
  assert.equal(unknown.errors?.[0]?.field, 'body.planId');
});

test('a retried join with the same key answers the first membership, never a second order', async () => {
  const t = setup();
  const token = await newMember(t, 'zoe@example.com');
  const send = (planId: string) =>
    t.call('POST', '/me/memberships', {token, key: 'join-same', body: {planId}});
  const first = await send('plan-unlimited');
  const again = await send('plan-unlimited');
  assert.equal(again.status, 201);
  assert.deepEqual(again.body, first.body);
  assert.equal((await t.call('GET', '/me/orders', {token})).body.items.length, 1);
  assert.equal((await t.call('GET', '/me/memberships', {token})).body.items.length, 1);
  assertProblem(await send('plan-flex'), 422, 'idempotency_key_reused');
});

test('a plan change is quoted, takes effect at the next period, can be undone before then, and happens on the day', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const {id} = await adaMembership(t, token);
  const quote = z.parse(
    MembershipQuote,
    (
      await t.call('POST', '/me/memberships/quote', {
        token,
        body: {action: 'change', membershipId: id, planId: 'plan-unlimited'},
      })
    ).body,
  );
  assert.deepEqual(
    [quote.from?.name, quote.to?.name, quote.effectiveOn, quote.amount.amount],
    ['Flex monthly', 'Resident', '2026-03-22', 39000],
  );
  assert.equal(quote.to?.benefits.credits, 40);

  const changed = await changePlan(t, token, id, 'plan-unlimited', 'change-1');
  assert.equal(changed.status, 200, JSON.stringify(changed.body));
  const membership = z.parse(Membership, changed.body);
  assert.equal(membership.plan.name, 'Flex monthly');
  assert.deepEqual(membership.scheduledChange, {
    plan: {
      id: 'plan-unlimited',
      name: 'Resident',
      kind: 'unlimited',
      price: {amount: 39000, currency: 'EUR'},
      period: 'month',
    },
    on: '2026-03-22',
  });
  assert.deepEqual(membership.nextBilling, {
    on: '2026-03-22',
    amount: {amount: 39000, currency: 'EUR'},
  });
  assertProblem(await changePlan(t, token, id, 'plan-10-days', 'change-2'), 409, 'change_pending');

  const undone = await t.call('DELETE', `/me/memberships/${id}/change`, {token});
  assert.equal(undone.status, 200);
  assert.equal(undone.body.scheduledChange, null);
  assert.equal(undone.body.nextBilling.amount.amount, 25000);
  assertProblem(
    await t.call('DELETE', `/me/memberships/${id}/change`, {token}),
    409,
    'nothing_to_undo',
  );

  await changePlan(t, token, id, 'plan-unlimited', 'change-3');
  t.advance(20 * DAY); // Sunday 22 March
  const after = await adaMembership(t, token);
  assert.deepEqual(
    [after.plan.name, after.status, after.validFrom, after.validUntil],
    ['Resident', 'active', '2026-03-22', '2026-04-21'],
  );
  assertProblem(
    await t.call('DELETE', `/me/memberships/${id}/change`, {token}),
    409,
    'nothing_to_undo',
  );
});

test('changing to the plan one has is refused, and so is changing a membership that is not active', async () => {
  const {t, token: ada} = await setupSignedIn('ada@example.com');
  const {id} = await adaMembership(t, ada);
  assertProblem(await changePlan(t, ada, id, 'plan-flex', 'same'), 409, 'already_on_plan');
  const eve = await t.login('eve@example.com');
  const pending = await adaMembership(t, eve);
  assertProblem(
    await t.call('POST', `/me/memberships/${pending.id}/cancel`, {token: eve, key: 'c'}),
    422,
    'no_active_membership',
  );
});

test("cancelling ends the membership at the period's end, or the next one when the notice is longer", async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const {id} = await adaMembership(t, token);
  const quote = (
    await t.call('POST', '/me/memberships/quote', {
      token,
      body: {action: 'cancel', membershipId: id},
    })
  ).body;
  assert.deepEqual([quote.effectiveOn, quote.to, quote.amount.amount], ['2026-03-21', null, 0]);

  const cancelled = await t.call('POST', `/me/memberships/${id}/cancel`, {token, key: 'cancel-1'});
  assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
  assert.equal(cancelled.body.cancellation.endsOn, '2026-03-21');
  assert.equal(cancelled.body.nextBilling, null);
  assertProblem(
    await changePlan(t, token, id, 'plan-unlimited', 'change-after-cancel'),
    409,
    'change_pending',
  );
  const kept = await t.call('DELETE', `/me/memberships/${id}/cancel`, {token});
  assert.equal(kept.body.cancellation, null);
  assert.equal(kept.body.nextBilling.on, '2026-03-22');
  assertProblem(
    await t.call('DELETE', `/me/memberships/${id}/cancel`, {token}),
    409,
    'nothing_to_undo',
  );

  // 12 March: 9 days left, less than the 14 days' notice, so it runs to the next period's end.
  t.advance(10 * DAY);
  const late = await t.call('POST', `/me/memberships/${id}/cancel`, {token, key: 'cancel-2'});
  assert.equal(late.body.cancellation.endsOn, '2026-04-21');
  t.advance(41 * DAY); // 22 April
  const again = await t.login('ada@example.com'); // the session has expired by then
  const ended = (await t.call('GET', '/me/memberships', {token: again})).body.items.find(
    (m: {id: string}) => m.id === id,
  );
  assert.equal(ended.status, 'cancelled');
});

test("the space's switch: members of Harbour cannot change or cancel, and are told whom to contact", async () => {
  const t = setup();
  const space = (await t.call('GET', '/', {space: 'harbour'})).body;
  assert.deepEqual(space.membershipPolicy.selfService, {join: true, change: false, cancel: false});
  const token = await t.login('ada@example.com', 'harbour');
  const {id} = (await t.call('GET', '/me/membership', {token, space: 'harbour'})).body.membership;
  const change = assertProblem(
    await t.call('POST', `/me/memberships/${id}/change`, {
      token,
      space: 'harbour',
      key: 'h1',
      body: {planId: 'hb-plan-community'},
    }),
    403,
    'plan_change_forbidden',
  );
  assert.match(change.detail ?? '', /desk@harbour\.example/);
  assertProblem(
    await t.call('POST', `/me/memberships/${id}/cancel`, {token, space: 'harbour', key: 'h2'}),
    403,
    'plan_change_forbidden',
  );
  assertProblem(
    await t.call('POST', '/me/memberships/quote', {
      token,
      space: 'harbour',
      body: {action: 'cancel', membershipId: id},
    }),
    403,
    'plan_change_forbidden',
  );
});

test("another member's membership answers 404 to every change, undo and quote", async () => {
  const {t, token: ada} = await setupSignedIn('ada@example.com');
  const {id} = await adaMembership(t, ada);
  const ben = await t.login('ben@example.com');
  const calls = [
    changePlan(t, ben, id, 'plan-unlimited', 'x1'),
    t.call('DELETE', `/me/memberships/${id}/change`, {token: ben}),
    t.call('POST', `/me/memberships/${id}/cancel`, {token: ben, key: 'x2'}),
    t.call('DELETE', `/me/memberships/${id}/cancel`, {token: ben}),
    t.call('POST', '/me/memberships/quote', {
      token: ben,
      body: {action: 'cancel', membershipId: id},
    }),
  ];
  for (const reply of await Promise.all(calls)) assertProblem(reply, 404, 'not_found');
  const mine = await adaMembership(t, ada);
  assert.deepEqual([mine.scheduledChange, mine.cancellation], [null, null]);
});
