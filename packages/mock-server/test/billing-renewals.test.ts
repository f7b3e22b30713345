import assert from 'node:assert/strict';
import {test} from 'node:test';
import {adaBilling, pay, saveMethod} from './helpers/billing.js';
import {assertProblem, setup, setupSignedIn} from './helpers/mock-api.js';
import type {Json} from './helpers/mock-api.js';

const eur = (amount: number) => ({amount, currency: 'EUR'});
/** Ada's renewal bills her plan (€250) and the 10-credit pack she ordered and has not paid (€40). */
const ADA_RENEWAL = eur(29000);

/** Moves the mock server's clock (its dev route) to `time` on `day` in Paris. */
async function clockTo(t: ReturnType<typeof setup>, day: string, time: string) {
  const reply = await t.call('POST', '/__dev/clock', {body: {now: t.at(day, time)}});
  assert.equal(reply.status, 200);
}

const invoicesOf = async (t: ReturnType<typeof setup>, token: string) =>
  (await t.call('GET', '/me/invoices', {token})).body.items as Json[];

test("Ada's renewal: the day and amount ahead; on the day, the period's invoice is issued and paid with her default card", async () => {
  const t = setup();
  const {token} = await adaBilling(t);
  const renewal = (await t.call('GET', '/me/renewal', {token})).body;
  assert.deepEqual(renewal, {
    next: {on: '2026-03-22', plan: 'Flex monthly', amount: eur(25000)},
    autoPay: true,
  });
  await clockTo(t, '2026-03-21', '23:59');
  assert.equal((await invoicesOf(t, token)).length, 4, 'nothing the day before');
  await clockTo(t, '2026-03-22', '08:30');
  const [renewed] = (await invoicesOf(t, token)).filter((i) => i.number === 'CAN-000006');
  assert.ok(renewed, 'the renewal invoice');
  assert.equal(renewed.status, 'paid');
  assert.equal(renewed.issuedOn, '2026-03-22');
  assert.equal(renewed.paidAt, t.at('2026-03-22', '00:00'));
  assert.deepEqual(renewed.total, ADA_RENEWAL);
  assert.deepEqual(renewed.lines[0].source.kind, 'membership');
  assert.equal(renewed.lines[0].description, 'Flex monthly from 2026-03-22');
  const membership = (await t.call('GET', '/me/membership', {token})).body.membership;
  assert.deepEqual([membership.status, membership.validFrom], ['active', '2026-03-22']);
  assert.equal(membership.nextBilling.on, '2026-04-22');
  assert.equal((await t.call('GET', '/me/renewal', {token})).body.next.on, '2026-04-22');
  const statement = (
    await t.call('GET', '/me/statement?from=2026-03-22&to=2026-03-22', {token})
  ).body.entries.map((e: Json) => [e.kind, e.amount.amount]);
  assert.deepEqual(statement, [
    ['invoice', ADA_RENEWAL.amount],
    ['payment', -ADA_RENEWAL.amount],
  ]);
});

test('with auto-pay off the renewal invoice waits, open, due on the space\u2019s terms', async () => {
  const t = setup();
  const {token} = await adaBilling(t);
  const off = await t.call('PATCH', '/me/renewal', {token, body: {autoPay: false}});
  assert.equal(off.body.autoPay, false);
  await clockTo(t, '2026-03-22', '08:30');
  const renewed = (await invoicesOf(t, token)).find((i) => i.number === 'CAN-000006')!;
  assert.deepEqual(
    [renewed.status, renewed.dueOn, renewed.amountDue],
    ['open', '2026-04-05', ADA_RENEWAL],
  );
});

test('a default card that declines, or that needs the bank, leaves the renewal open with the attempt logged', async () => {
  for (const card of ['pm_card_chargeDeclined', 'pm_card_authenticationRequired']) {
    const t = setup();
    const {token} = await adaBilling(t);
    const method = await saveMethod(t, token, card);
    await t.call('POST', `/me/payment-methods/${method}/default`, {token});
    await clockTo(t, '2026-03-22', '08:30');
    const renewed = (await invoicesOf(t, token)).find((i) => i.number === 'CAN-000006')!;
    assert.equal(renewed.status, 'open', card);
    assert.deepEqual(renewed.amountDue, ADA_RENEWAL, card);
  }
});

const upcomingOf = async (t: ReturnType<typeof setup>, token: string) =>
  (await t.call('GET', '/me/upcoming-invoice', {token})).body as Json;
const linesOf = (doc: Json) =>
  (doc.lines as Json[]).map((l) => [l.description, l.quantity, l.amount.amount, l.source?.kind]);

test('the renewal invoice bills what the upcoming preview showed the day before, and sweeps it off the next one', async () => {
  const t = setup();
  const {token} = await adaBilling(t);
  const off = await t.call('PATCH', '/me/renewal', {token, body: {autoPay: false}});
  assert.equal(off.status, 200);
  await clockTo(t, '2026-03-21', '18:00');
  const preview = await upcomingOf(t, token);
  assert.equal(preview.issuedOn, '2026-03-22');
  assert.deepEqual(preview.total, ADA_RENEWAL);
  await clockTo(t, '2026-03-22', '08:30');
  const renewed = (await invoicesOf(t, token)).find((i) => i.issuedOn === '2026-03-22')!;
  assert.deepEqual(renewed.total, preview.total, 'told €290, billed €290');
  assert.deepEqual(linesOf(renewed), linesOf(preview));
  assert.deepEqual(renewed.taxes, preview.taxes);
  const next = await upcomingOf(t, token);
  assert.deepEqual(
    [next.issuedOn, next.total, linesOf(next).length],
    ['2026-04-22', eur(25000), 1],
    'the next preview: only the plan, the pack is billed',
  );
  // The order is paid through the invoice now, not on its own.
  const [order] = (await t.call('GET', '/me/orders?status=pending_payment', {token})).body.items;
  assert.deepEqual(order.invoice, {id: renewed.id, number: renewed.number});
  const payOrder = await t.call('POST', `/orders/${order.id}/pay`, {
    token,
    key: 'pay-order',
    body: {paymentMethod: 'pm_card_visa'},
  });
  assertProblem(payOrder, 409, 'order_not_pending');
  assert.match(payOrder.body.detail, new RegExp(`invoice ${renewed.number}`));
  const visa = (await t.call('GET', '/me/payment-methods', {token})).body.items[0].id;
  assert.equal((await pay(t, token, [renewed.id], visa)).body.status, 'succeeded');
  const orders = (await t.call('GET', '/me/orders', {token})).body.items as Json[];
  assert.equal(
    orders.find((o) => o.id === order.id)?.status,
    'paid',
    'paying the invoice paid the order it billed',
  );
});

test('a clock two months ahead catches up both renewals, each on its own day, numbered in order', async () => {
  const t = setup();
  await adaBilling(t);
  await clockTo(t, '2026-05-01', '10:00');
  // Her session of March has expired by May: she signs in again.
  const token = await t.login('ada@example.com');
  const renewals = (await invoicesOf(t, token))
    .filter((i) => i.lines[0].source?.kind === 'membership')
    .map((i) => [i.number, i.issuedOn, i.status]);
  assert.deepEqual(renewals, [
    ['CAN-000007', '2026-04-22', 'paid'],
    ['CAN-000006', '2026-03-22', 'paid'],
  ]);
});

test('what does not renew: a cancelled membership, or one that ended before the space was seeded', async () => {
  const t = setup();
  const {token} = await adaBilling(t);
  const {id} = (await t.call('GET', '/me/membership', {token})).body.membership;
  const cancel = await t.call('POST', `/me/memberships/${id}/cancel`, {token, key: 'c1'});
  assert.equal(cancel.status, 200, JSON.stringify(cancel.body));
  assert.equal((await t.call('GET', '/me/renewal', {token})).body.next, null);
  const dan = await t.login('dan@example.com');
  const before = (await invoicesOf(t, dan)).length;
  assert.equal((await t.call('GET', '/me/renewal', {token: dan})).body.next, null);
  await clockTo(t, '2026-03-22', '08:30');
  assert.equal((await invoicesOf(t, token)).length, 4, 'Ada: her membership ended on the 21st');
  const after = (await t.call('GET', '/me/membership', {token})).body.membership;
  assert.equal(after.status, 'cancelled');
  assert.equal((await invoicesOf(t, dan)).length, before, 'Dan: expired a month before seeding');
});

test('auto-pay needs a saved method: 409 no_payment_method', async () => {
  const {t, token: chloe} = await setupSignedIn('chloe@example.com');
  assertProblem(
    await t.call('PATCH', '/me/renewal', {token: chloe, body: {autoPay: true}}),
    409,
    'no_payment_method',
  );
  assert.deepEqual((await t.call('GET', '/me/renewal', {token: chloe})).body, {
    next: null,
    autoPay: false,
  });
});
