import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {setup} from './helpers/mock-api.js';
import {DAY, assertProblem, must, setupSignedIn} from './helpers/mock-api.js';
import type {DiscountCodeRow} from '../src/state/rows.js';

/** Sends an order (or, to `/orders/quote`, a quote) for `quantity` of one product, as `token`. */
const buy = (
  t: ReturnType<typeof setup>,
  token: string,
  productId: string,
  quantity = 1,
  path: '/orders' | '/orders/quote' = '/orders',
) => t.call('POST', path, {token, body: {items: [{productId, quantity}]}});

test('included membership units are used before paid ones', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  // Flex monthly includes 2 coffee cards; Ada took one already.
  const quote = await buy(t, token, 'coffee-card', 3, '/orders/quote');
  assert.equal(quote.status, 200);
  assert.deepEqual(quote.body.lines[0], {
    productId: 'coffee-card',
    name: 'Coffee card',
    quantity: 3,
    includedQuantity: 1,
    paidQuantity: 2,
    unitPrice: {amount: 1500, currency: 'EUR'},
    total: {amount: 3000, currency: 'EUR'},
  });
  assert.deepEqual(quote.body.total, {amount: 3000, currency: 'EUR'});
});

test('discount codes: valid, expired, minimum subtotal, exhausted, not yet valid, unknown', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const q = (items: object[], discountCode: string) =>
    t.call('POST', '/orders/quote', {token, body: {items, discountCode}});
  const pack = [{productId: 'pack-10', quantity: 1}];
  const welcome = await q(pack, 'welcome10');
  assert.deepEqual(welcome.body.discount, {
    code: 'WELCOME10',
    amount: {amount: 400, currency: 'EUR'},
  });
  assert.deepEqual(welcome.body.total, {amount: 3600, currency: 'EUR'});
  assertProblem(await q(pack, 'SUMMER2024'), 422, 'discount_expired');
  assertProblem(await q(pack, 'BIG50'), 422, 'discount_minimum_not_met');
  const big = await q([{productId: 'pack-50', quantity: 2}], 'BIG50');
  assert.deepEqual(big.body.total, {amount: 31000, currency: 'EUR'});
  assertProblem(await q(pack, 'LAUNCH25'), 422, 'discount_exhausted');
  assertProblem(await q(pack, 'NEXTMONTH20'), 422, 'discount_not_yet_valid');
  const unknown = assertProblem(await q(pack, 'FREE'), 422, 'discount_invalid');
  assert.equal(unknown.errors?.[0]?.field, 'body.discountCode');
});

test('an order stays pending until paid; a declined card changes nothing; visa pays and grants credits', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const before = (await t.call('GET', '/me/credits', {token})).body.total;
  const order = await t.call('POST', '/orders', {
    token,
    key: 'order-1',
    body: {items: [{productId: 'pack-10', quantity: 2}]},
  });
  assert.equal(order.status, 201);
  assert.equal(order.body.status, 'pending_payment');
  const id = order.body.id;
  const pay = (key: string, paymentMethod: string) =>
    t.call('POST', `/orders/${id}/pay`, {token, key, body: {paymentMethod}});
  const declined = assertProblem(await pay('pay-1', 'pm_card_declined'), 402, 'payment_declined');
  assert.match(declined.detail ?? '', /still pending/);
  assert.equal(
    (await t.call('GET', '/me/orders?status=pending_payment', {token})).body.items.some(
      (o: {id: string}) => o.id === id,
    ),
    true,
  );
  const paid = await pay('pay-2', 'pm_card_visa');
  assert.equal(paid.status, 200);
  assert.equal(paid.body.status, 'paid');
  assert.equal((await t.call('GET', '/me/credits', {token})).body.total, before + 20);
  const bucket = (await t.call('GET', '/me/credits', {token})).body.buckets.find(
    (b: {source: string; amount: number}) => b.source === 'purchase' && b.amount === 20,
  );
  assert.equal(Date.parse(bucket.expiresAt) - t.now(), 90 * DAY);
  const ledger = (await t.call('GET', '/me/credits/ledger', {token})).body.items[0];
  assert.deepEqual([ledger.delta, ledger.reason, ledger.orderId], [20, 'purchase', id]);
  assertProblem(await pay('pay-3', 'pm_card_visa'), 409, 'order_not_pending');
  assertProblem(await t.call('DELETE', `/orders/${id}`, {token}), 409, 'order_not_pending');
  assertProblem(
    await t.call('POST', `/orders/${id}/pay`, {token, body: {paymentMethod: 'cash'}}),
    400,
    'validation_failed',
  );
});

test('stock is reserved by an order and released when it is cancelled', async () => {
  const {t, token: ada} = await setupSignedIn('ada@example.com');
  const ben = await t.login('ben@example.com');
  const stock = async () =>
    (await t.call('GET', '/products')).body.items.find((p: {id: string}) => p.id === 'tote-bag')
      .stock;
  assert.equal(await stock(), 1);
  const order = await buy(t, ada, 'tote-bag');
  assert.equal(order.status, 201);
  assert.equal(await stock(), 0);
  const problem = assertProblem(await buy(t, ben, 'tote-bag'), 409, 'out_of_stock');
  assert.equal(problem.errors?.[0]?.field, 'body.items.0.quantity');
  const cancelled = await t.call('DELETE', `/orders/${order.body.id}`, {token: ada});
  assert.equal(cancelled.body.status, 'cancelled');
  assert.equal(await stock(), 1);
  assert.equal((await buy(t, ben, 'tote-bag')).status, 201);
});

test('a code with a usage limit counts orders, and a cancelled order gives its use back', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const code = () => must(t.api.db.get<DiscountCodeRow>('discountCodes', 'dc-demo-welcome10')).uses;
  const order = await t.call('POST', '/orders', {
    token,
    body: {items: [{productId: 'day-pass', quantity: 1}], discountCode: 'WELCOME10'},
  });
  assert.equal(code(), 1);
  await t.call('DELETE', `/orders/${order.body.id}`, {token});
  assert.equal(code(), 0);
});

test('GET /me/products: included, purchased and pending per product', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const items = (await t.call('GET', '/me/products', {token})).body.items;
  const byId = Object.fromEntries(items.map((i: {productId: string}) => [i.productId, i]));
  assert.deepEqual(byId['coffee-card'], {
    productId: 'coffee-card',
    name: 'Coffee card',
    includedRemaining: 1,
    purchasedRemaining: 1,
    pendingQuantity: 0,
  });
  assert.equal(byId['printing-50'].includedRemaining, 1);
  assert.equal(byId['pack-10'].pendingQuantity, 1);
});

test('an order of included units only is paid at once', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const order = await buy(t, token, 'printing-50');
  assert.equal(order.status, 201);
  assert.equal(order.body.status, 'paid');
  assert.deepEqual(order.body.total, {amount: 0, currency: 'EUR'});
});

test('orders need accepted terms; bad items are named', async () => {
  const {t, token: chloe} = await setupSignedIn('chloe@example.com');
  assertProblem(await buy(t, chloe, 'day-pass'), 403, 'terms_not_accepted');
  const ada = await t.login('ada@example.com');
  const unknown = assertProblem(
    await t.call('POST', '/orders/quote', {
      token: ada,
      body: {
        items: [
          {productId: 'coffee-card', quantity: 1},
          {productId: 'unicorn', quantity: 1},
        ],
      },
    }),
    422,
    'unknown_product',
  );
  assert.equal(unknown.errors?.[0]?.field, 'body.items.1.productId');
  assertProblem(
    await t.call('POST', '/orders/quote', {token: ada, body: {items: []}}),
    400,
    'validation_failed',
  );
  const big = assertProblem(
    await buy(t, ada, 'coffee-card', 1e9, '/orders/quote'),
    400,
    'validation_failed',
  );
  assert.equal(big.errors?.[0]?.field, 'body.items.0.quantity');
});
