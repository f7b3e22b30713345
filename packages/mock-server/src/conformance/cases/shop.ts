import type {CaseContext} from '../context.js';
import {defineCases} from '../define-cases.js';
import {expectProblem, expectStatus, fail, ok} from '../expect.js';

/** Ada and an order body she has to pay for (units her membership includes are free). */
export async function adaWithAnItem(context: CaseContext) {
  const {token} = await context.login('ada@example.com');
  const products = await context.api.call('listProducts');
  expectStatus(products, 200, 'GET /products');
  for (const product of products.body.items) {
    if (product.kind !== 'item' || product.price.amount <= 0 || product.stock === 0) continue;
    const body = {items: [{productId: product.id, quantity: 1}]};
    const quote = await context.api.call('quoteOrder', {token, body});
    expectStatus(quote, 200, 'POST /orders/quote');
    if (quote.body.total.amount > 0) return {token, body};
  }
  return fail('no item in stock that ada has to pay for');
}

/** `POST /orders/{id}/pay` with a test card, under a fresh Idempotency-Key. */
function payOrder(context: CaseContext, token: string, orderId: string, paymentMethod: string) {
  return context.send('payOrder', {
    token,
    params: {orderId},
    body: {paymentMethod},
  });
}

// The group keeps its earlier name: reports and `--grep` select cases by it.
export const shopCases = defineCases('orders', {
  async 'quote, order, a declined card, then pay'(context) {
    const {token, body} = await adaWithAnItem(context);
    const quote = await context.api.call('quoteOrder', {token, body});
    expectStatus(quote, 200, 'POST /orders/quote');
    const order = await context.send('createOrder', {
      token,
      body,
    });
    expectStatus(order, 201, 'POST /orders');
    ok(
      order.body.status === 'pending_payment',
      `a new order is ${order.body.status}, expected pending_payment`,
    );
    ok(
      order.body.total.amount === quote.body.total.amount,
      'the order total differs from its quote',
    );
    const params = {orderId: order.body.id};
    const declined = await payOrder(context, token, params.orderId, 'pm_card_declined');
    expectProblem(declined, 'payment_declined', 'paying with pm_card_declined');
    const paid = await payOrder(context, token, params.orderId, 'pm_card_visa');
    expectStatus(paid, 200, 'paying with pm_card_visa');
    ok(paid.body.status === 'paid' && paid.body.paidAt !== null, 'the paid order is not paid');
    const list = await context.api.call('listOrders', {token});
    expectStatus(list, 200, 'GET /me/orders');
    ok(
      list.body.items.find((item) => item.id === order.body.id)?.status === 'paid',
      'GET /me/orders does not show the order paid',
    );
  },

  async 'a pending order can be cancelled, then not paid'(context) {
    const {token, body} = await adaWithAnItem(context);
    const order = await context.send('createOrder', {
      token,
      body,
    });
    expectStatus(order, 201, 'POST /orders');
    const params = {orderId: order.body.id};
    const cancelled = await context.api.call('cancelOrder', {token, params});
    expectStatus(cancelled, 200, 'DELETE /orders/:id');
    ok(cancelled.body.status === 'cancelled', 'the cancelled order is not cancelled');
    const pay = await payOrder(context, token, params.orderId, 'pm_card_visa');
    expectProblem(pay, 'order_not_pending', 'paying a cancelled order');
  },

  async 'an unknown product is refused'(context) {
    const {token} = await context.login('ada@example.com');
    const reply = await context.api.call('quoteOrder', {
      token,
      body: {items: [{productId: 'no_such_product', quantity: 1}]},
    });
    expectProblem(reply, 'unknown_product', 'quoting an unknown product');
  },
});
