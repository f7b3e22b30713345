import assert from 'node:assert/strict';
import {test} from 'node:test';
import {adaBilling, saveMethod} from './helpers/billing.js';
import {assertProblem, setup, setupSignedIn} from './helpers/mock-api.js';

const ADDRESS = {
  line1: '3 rue de la Paix',
  line2: '',
  postalCode: '75002',
  city: 'Paris',
  region: null,
  country: 'FR',
};

test("Ada's invoices: the overdue one first, then newest first, VAT included at 20 %", async () => {
  const t = setup();
  const {invoices, overdue} = await adaBilling(t);
  assert.deepEqual(
    invoices.map((i) => [i.number, i.status]),
    [
      ['CAN-000003', 'overdue'],
      ['CAN-000004', 'paid'],
      ['CAN-000002', 'paid'],
      ['CAN-000001', 'paid'],
    ],
  );
  assert.equal(overdue.issuedOn, t.day(-20));
  assert.equal(overdue.dueOn, t.day(-6));
  assert.equal(overdue.taxMode, 'inclusive');
  assert.deepEqual(overdue.taxes, [
    {rate: 2000, base: {amount: 3000, currency: 'EUR'}, amount: {amount: 600, currency: 'EUR'}},
  ]);
  assert.deepEqual(overdue.subtotal, {amount: 3000, currency: 'EUR'});
  assert.deepEqual(overdue.total, {amount: 3600, currency: 'EUR'});
  assert.equal(overdue.seller.taxId, 'FR40303265045');
  assert.equal(overdue.buyer.company, 'Analytical Engines Ltd');
});

test('a space that turns billing off answers 404 for every billing route and says so in GET /', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  t.features({billing: false});
  const space = await t.call('GET', '/');
  assert.equal(space.body.features.billing, false);
  assert.equal(space.body.features.events, true);
  assertProblem(await t.call('GET', '/me/invoices', {token}), 404, 'not_found');
  assertProblem(await t.call('GET', '/me/payment-methods', {token}), 404, 'not_found');
  assert.equal((await t.call('GET', '/me/credits', {token})).status, 200, 'other areas stay');
  t.features({billing: true});
  assert.equal((await t.call('GET', '/me/invoices', {token})).status, 200);
});

test('the status filter uses the derived status, and pages follow the cursor', async () => {
  const t = setup();
  const {token} = await adaBilling(t);
  const overdue = await t.call('GET', '/me/invoices?status=overdue', {token});
  assert.deepEqual(
    overdue.body.items.map((i: {number: string}) => i.number),
    ['CAN-000003'],
  );
  assert.deepEqual((await t.call('GET', '/me/invoices?status=open', {token})).body.items, []);
  const first = await t.call('GET', '/me/invoices?limit=3', {token});
  assert.equal(first.body.items.length, 3);
  const rest = await t.call('GET', `/me/invoices?limit=3&cursor=${first.body.nextCursor}`, {
    token,
  });
  assert.deepEqual(
    rest.body.items.map((i: {number: string}) => i.number),
    ['CAN-000001'],
  );
  assert.equal(rest.body.nextCursor, null);
});

test('paying an order issues a paid invoice with the next number; billing details changed later leave it as it was', async () => {
  const t = setup();
  const {token} = await adaBilling(t);
  const order = await t.call('POST', '/orders', {
    token,
    key: 'o1',
    body: {items: [{productId: 'pack-10', quantity: 1}]},
  });
  await t.call('POST', `/orders/${order.body.id}/pay`, {
    token,
    key: 'p1',
    body: {paymentMethod: 'pm_card_visa'},
  });
  const invoice = (await t.call('GET', '/me/invoices?status=paid&limit=1', {token})).body.items[0];
  assert.equal(invoice.number, 'CAN-000006');
  assert.deepEqual(invoice.total, order.body.total);
  assert.deepEqual(invoice.lines[0].source, {kind: 'order', id: order.body.id});
  assert.equal(invoice.paidAt, t.at(t.day(0), '09:00'));
  const update = await t.call('PATCH', '/me/billing-details', {
    token,
    body: {name: 'Ada King', company: null, address: ADDRESS, taxId: null, email: null},
  });
  assert.equal(update.status, 200);
  assert.deepEqual(update.body.address, {...ADDRESS, line2: null});
  const again = await t.call('GET', `/me/invoices/${invoice.id}`, {token});
  assert.deepEqual(again.body, invoice);
  assert.equal(again.body.buyer.name, 'Ada Lovelace');
});

test('a tax number must fit its country: 422 invalid_tax_id naming body.taxId; a valid one is normalized', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const put = (taxId: string | null) =>
    t.call('PATCH', '/me/billing-details', {
      token,
      body: {name: 'Ada Lovelace', company: 'AE', address: ADDRESS, taxId, email: null},
    });
  const wrong = assertProblem(await put('FR41303265045'), 422, 'invalid_tax_id');
  assert.equal(wrong.errors?.[0]?.field, 'body.taxId');
  assert.match(wrong.errors?.[0]?.message ?? '', /FR40303265045/);
  const ok = await put('fr 40 303 265 045');
  assert.equal(ok.status, 200);
  assert.equal(ok.body.taxId, 'FR40303265045');
  assert.deepEqual((await t.call('GET', '/me/billing-details', {token})).body, ok.body);
});

test('a member who never set billing details reads null', async () => {
  const {t, token} = await setupSignedIn('dan@example.com');
  const details = await t.call('GET', '/me/billing-details', {token});
  assert.equal(details.status, 200);
  assert.equal(details.body, null);
});

test('payment methods: the default first, set default, remove, never the last while the membership renews', async () => {
  const t = setup();
  const {token, method} = await adaBilling(t);
  const list = async () =>
    (await t.call('GET', '/me/payment-methods', {token})).body.items.map(
      (m: {last4: string; isDefault: boolean; brand: string}) =>
        `${m.brand} ${m.last4}${m.isDefault ? ' (default)' : ''}`,
    );
  assert.deepEqual(await list(), ['visa 4242 (default)', 'visa 3155']);
  const master = await saveMethod(t, token, 'pm_card_mastercard');
  assert.deepEqual(await list(), ['visa 4242 (default)', 'visa 3155', 'mastercard 4444']);
  const set = await t.call('POST', `/me/payment-methods/${master}/default`, {token});
  assert.equal(set.body.isDefault, true);
  assert.deepEqual(await list(), ['mastercard 4444 (default)', 'visa 4242', 'visa 3155']);
  const removed = await t.call('DELETE', `/me/payment-methods/${master}`, {token});
  assert.equal(removed.status, 204);
  assert.deepEqual(await list(), ['visa 4242 (default)', 'visa 3155']);
  await t.call('DELETE', `/me/payment-methods/${method('3155')}`, {token});
  assertProblem(
    await t.call('DELETE', `/me/payment-methods/${method('4242')}`, {token}),
    409,
    'last_payment_method',
  );
  const unknown = await t.call('POST', '/me/payment-methods', {
    token,
    key: 'bad',
    body: {token: 'tok_4242424242424242'},
  });
  assertProblem(unknown, 400, 'validation_failed');
  assert.equal(unknown.body.errors[0].field, 'body.token');
});

test('the first method saved is the default; without a renewing membership the last one can go', async () => {
  const {t, token} = await setupSignedIn('dan@example.com');
  const id = await saveMethod(t, token, 'pm_sepa_debit');
  const [sepa] = (await t.call('GET', '/me/payment-methods', {token})).body.items;
  assert.deepEqual(
    {type: sepa.type, brand: sepa.brand, last4: sepa.last4, isDefault: sepa.isDefault},
    {type: 'sepa_debit', brand: null, last4: '3000', isDefault: true},
  );
  assert.equal((await t.call('DELETE', `/me/payment-methods/${id}`, {token})).status, 204);
});

test('the upcoming invoice: the next Flex month, then the orders waiting for payment', async () => {
  const t = setup();
  const {token} = await adaBilling(t);
  const membership = (await t.call('GET', '/me/membership', {token})).body.membership;
  const upcoming = await t.call('GET', '/me/upcoming-invoice', {token});
  assert.equal(upcoming.status, 200);
  assert.equal(upcoming.body.issuedOn, membership.nextBilling.on);
  assert.deepEqual(upcoming.body.lines[0], {
    description: `Flex monthly from ${membership.nextBilling.on}`,
    quantity: 1,
    unitPrice: {amount: 25000, currency: 'EUR'},
    taxRate: 2000,
    amount: {amount: 25000, currency: 'EUR'},
    source: {kind: 'membership', id: membership.id},
  });
  const pending = (await t.call('GET', '/me/orders?status=pending_payment', {token})).body.items;
  const pendingTotal = pending.reduce(
    (sum: number, o: {total: {amount: number}}) => sum + o.total.amount,
    0,
  );
  assert.deepEqual(upcoming.body.total, {amount: 25000 + pendingTotal, currency: 'EUR'});
  const sum = upcoming.body.taxes.reduce(
    (s: number, x: {base: {amount: number}; amount: {amount: number}}) =>
      s + x.base.amount + x.amount.amount,
    0,
  );
  assert.equal(sum, upcoming.body.total.amount);
});

test('a plan joined and not paid yet is billed once: its order, not also its first period', async () => {
  const {t, token} = await setupSignedIn('dan@example.com');
  const joined = await t.call('POST', '/me/memberships', {
    token,
    key: 'join',
    body: {planId: 'plan-unlimited'},
  });
  assert.equal(joined.body.awaiting, 'payment');
  const upcoming = await t.call('GET', '/me/upcoming-invoice', {token});
  assert.deepEqual(
    upcoming.body.lines.map((l: {description: string; amount: {amount: number}}) => [
      l.description,
      l.amount.amount,
    ]),
    [['Resident', 39000]],
  );
  assert.deepEqual(upcoming.body.total, {amount: 39000, currency: 'EUR'});
});

test('the statement: opening balance, each charge and payment with the balance after it, closing balance', async () => {
  const t = setup();
  const {token} = await adaBilling(t);
  const statement = await t.call('GET', `/me/statement?from=${t.day(-39)}&to=${t.day(0)}`, {
    token,
  });
  assert.equal(statement.status, 200);
  // The first month (day −40) was billed and paid before the period.
  assert.deepEqual(statement.body.openingBalance, {amount: 0, currency: 'EUR'});
  assert.deepEqual(
    statement.body.entries.map(
      (e: {date: string; kind: string; amount: {amount: number}; balance: {amount: number}}) => [
        e.date,
        e.kind,
        e.amount.amount,
        e.balance.amount,
      ],
    ),
    [
      [t.day(-38), 'invoice', 18000, 18000],
      [t.day(-38), 'payment', -18000, 0],
      [t.day(-20), 'invoice', 3600, 3600],
      [t.day(-10), 'invoice', 25000, 28600],
      [t.day(-10), 'payment', -25000, 3600],
    ],
  );
  assert.deepEqual(statement.body.closingBalance, {amount: 3600, currency: 'EUR'});
  const csv = await t.api.dispatch(
    t.request('GET', `/me/statement.csv?from=${t.day(-39)}&to=${t.day(0)}`, {token}),
  );
  assert.equal(csv.headers.get('content-type'), 'text/csv; charset=utf-8; header=present');
  assert.match(String(csv.headers.get('content-disposition')), /^attachment; filename="statement-/);
  const rows = (await csv.text()).split('\r\n');
  assert.equal(rows[0], 'date,kind,reference,description,amount,balance,currency');
  assert.equal(rows[3], `${t.day(-20)},invoice,CAN-000003,Day pass with a guest,36.00,36.00,EUR`);
  assert.equal(rows.length, 7, 'a header, five rows, and the CRLF after the last');
  assert.equal(rows[6], '');
});

test('a statement is at most 366 days, and ends on or after it starts', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const long = await t.call('GET', `/me/statement?from=${t.day(-366)}&to=${t.day(0)}`, {token});
  assertProblem(long, 422, 'statement_too_long');
  const backwards = await t.call('GET', `/me/statement?from=${t.day(0)}&to=${t.day(-1)}`, {token});
  assertProblem(backwards, 400, 'validation_failed');
  assert.equal(backwards.body.errors[0].field, 'query.to');
});
