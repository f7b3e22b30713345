import assert from 'node:assert/strict';
import {test} from 'node:test';
import {routes} from '@portico/sdk/contract';
import {adaBilling, issueInvoices, pay, saveMethod} from './helpers/billing.js';
import {assertProblem, setup} from './helpers/mock-api.js';

test('paying the overdue invoice with the default Visa: paid, nothing due, the member notified', async () => {
  const t = setup();
  const {token, overdue, method} = await adaBilling(t);
  assert.deepEqual(overdue.amountDue, {amount: 3600, currency: 'EUR'});
  const payment = await pay(t, token, [overdue.id], method('4242'));
  assert.equal(payment.status, 201);
  assert.equal(payment.body.status, 'succeeded');
  assert.deepEqual(payment.body.amount, {amount: 3600, currency: 'EUR'});
  assert.equal(payment.body.nextAction, null);
  const after = await t.call('GET', `/me/invoices/${overdue.id}`, {token});
  assert.equal(after.body.status, 'paid');
  assert.deepEqual(after.body.amountDue, {amount: 0, currency: 'EUR'});
  assert.deepEqual(after.body.amountPaid, overdue.total);
  assert.equal(after.body.paidAt, t.at(t.day(0), '09:00'));
  const notes = await t.call('GET', '/me/notifications?unread=true', {token});
  const note = notes.body.items[0];
  assert.equal(note.kind, 'invoice.paid');
  assert.equal(note.title, 'Payment received');
  assert.match(note.body, new RegExp(`${overdue.number}: €36\\.00 paid`));
  assertProblem(await pay(t, token, [overdue.id], method('4242')), 409, 'invoice_not_payable');
});

for (const [card, failure] of [
  ['pm_card_chargeDeclined', 'card_declined'],
  ['pm_card_chargeDeclinedInsufficientFunds', 'insufficient_funds'],
  ['pm_card_chargeDeclinedExpiredCard', 'expired_card'],
] as const) {
  test(`${card} fails with ${failure} and leaves the invoice as it was`, async () => {
    const t = setup();
    const {token, overdue} = await adaBilling(t);
    const methodId = await saveMethod(t, token, card);
    const notesBefore = (await t.call('GET', '/me/notifications', {token})).body.items.length;
    const payment = await pay(t, token, [overdue.id], methodId);
    assert.equal(payment.status, 201);
    assert.equal(payment.body.status, 'failed');
    assert.equal(payment.body.failure, failure);
    assert.deepEqual(
      (await t.call('GET', `/me/invoices/${overdue.id}`, {token})).body,
      overdue,
      'a declined payment changes nothing on the invoice',
    );
    assert.equal(
      (await t.call('GET', '/me/notifications', {token})).body.items.length,
      notesBefore,
    );
  });
}

test('a card that needs authentication: requires_action, the bank page, approve, confirm: paid', async () => {
  const t = setup();
  const {token, overdue, method} = await adaBilling(t);
  const payment = await pay(t, token, [overdue.id], method('3155'));
  assert.equal(payment.status, 201);
  assert.equal(payment.body.status, 'requires_action');
  assert.equal(payment.body.nextAction.type, 'authenticate');
  const url = new URL(payment.body.nextAction.url);
  assert.equal(url.pathname, `/v1/spaces/demo/__dev/payments/${payment.body.id}/authentication`);
  const page = await t.api.dispatch(new Request(url));
  assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
  const html = await page.text();
  assert.match(html, /€36\.00/);
  assert.match(html, />Approve</);
  assert.match(html, />Fail</);
  // Plain forms: every answer's CSP runs no script.
  assert.match(html, /<form method="post" action="\?approve=true">/);
  assert.match(html, /<form method="post" action="\?approve=false">/);
  assert.doesNotMatch(html, /<script/);
  const id = payment.body.id;
  // Not decided yet: confirming answers the payment as it is.
  const early = await t.call('POST', `/me/payments/${id}/confirm`, {token, key: 'c0'});
  assert.equal(early.body.status, 'requires_action');
  assert.equal((await t.call('GET', `/me/invoices/${overdue.id}`, {token})).body.status, 'overdue');
  const approved = await t.call('POST', `/__dev/payments/${id}/authentication?approve=true`);
  assert.equal(approved.status, 200);
  const confirmed = await t.call('POST', `/me/payments/${id}/confirm`, {token, key: 'c1'});
  assert.equal(confirmed.status, 200);
  assert.equal(confirmed.body.status, 'succeeded');
  assert.equal((await t.call('GET', `/me/invoices/${overdue.id}`, {token})).body.status, 'paid');
  assertProblem(
    await t.call('POST', `/me/payments/${id}/confirm`, {token, key: 'c2'}),
    409,
    'payment_not_pending',
  );
  assertProblem(
    await t.call('POST', `/__dev/payments/${id}/authentication?approve=true`),
    409,
    'payment_not_pending',
  );
});

test('failing the authentication: the payment fails with authentication_failed, the invoice stays open', async () => {
  const t = setup();
  const {token, overdue, method} = await adaBilling(t);
  const payment = await pay(t, token, [overdue.id], method('3155'));
  const id = payment.body.id;
  await t.call('POST', `/__dev/payments/${id}/authentication?approve=false`);
  const confirmed = await t.call('POST', `/me/payments/${id}/confirm`, {token, key: 'c1'});
  assert.equal(confirmed.body.status, 'failed');
  assert.equal(confirmed.body.failure, 'authentication_failed');
  assert.equal((await t.call('GET', `/me/invoices/${overdue.id}`, {token})).body.status, 'overdue');
});

test('paying twice with one Idempotency-Key charges once', async () => {
  const t = setup();
  const {token, overdue, method} = await adaBilling(t);
  const first = await pay(t, token, [overdue.id], method('4242'), 'once');
  const second = await pay(t, token, [overdue.id], method('4242'), 'once');
  assert.equal(first.status, 201);
  assert.equal(second.status, 201);
  assert.deepEqual(second.body, first.body);
  const statement = await t.call('GET', `/me/statement?from=${t.day(0)}&to=${t.day(0)}`, {token});
  assert.deepEqual(
    statement.body.entries.map((e: {kind: string}) => e.kind),
    ['payment'],
  );
});

test("another member's invoice, payment method or payment answers 404; an unknown method 422", async () => {
  const t = setup();
  const {token: ada, overdue, method} = await adaBilling(t);
  const ben = await t.login('ben@example.com');
  const benInvoices = (await t.call('GET', '/me/invoices', {token: ben})).body.items;
  assert.ok(benInvoices.length > 0);
  assert.ok(benInvoices.every((i: {id: string}) => i.id !== overdue.id));
  assertProblem(await t.call('GET', `/me/invoices/${overdue.id}`, {token: ben}), 404, 'not_found');
  const benMethod = (await t.call('GET', '/me/payment-methods', {token: ben})).body.items[0].id;
  const wrong = assertProblem(
    await pay(t, ada, [overdue.id], benMethod),
    422,
    'unknown_payment_method',
  );
  assert.equal(wrong.errors?.[0]?.field, 'body.paymentMethodId');
  assertProblem(await pay(t, ben, [overdue.id], benMethod), 404, 'not_found');
  const secure = await pay(t, ada, [overdue.id], method('3155'));
  assertProblem(
    await t.call('POST', `/me/payments/${secure.body.id}/confirm`, {token: ben, key: 'b'}),
    404,
    'not_found',
  );
  assertProblem(
    await t.call('DELETE', `/me/payment-methods/${method('4242')}`, {token: ben}),
    404,
    'not_found',
  );
});

test('52 invoices due: one payment takes at most the declared 50 (a 400 naming the field), so Pay all pays 50 then 2, each charged once', async () => {
  const t = setup();
  const {token, overdue, method} = await adaBilling(t);
  const lockers = await issueInvoices(t, 'ada@example.com', 51, {paid: false});
  const due = [overdue.id, ...lockers.map((i) => i.id)];
  const visa = method('4242');
  const tooMany = assertProblem(await pay(t, token, due, visa), 400, 'validation_failed');
  assert.equal(tooMany.errors?.[0]?.field, 'body.invoiceIds');
  const limits = routes.payInvoices.limits;
  assert.deepEqual(limits, {invoices: 50});
  const first = await pay(t, token, due.slice(0, limits.invoices), visa, 'all.1');
  const again = await pay(t, token, due.slice(0, limits.invoices), visa, 'all.1');
  const second = await pay(t, token, due.slice(limits.invoices), visa, 'all.2');
  assert.deepEqual(
    [first.body.status, first.body.amount.amount, again.body.id, second.body.amount.amount],
    ['succeeded', 3600 + 49 * 1200, first.body.id, 2 * 1200],
  );
  const open = await t.call('GET', '/me/invoices?status=open', {token});
  assert.deepEqual(open.body.items, []);
});
