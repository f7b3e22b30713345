import type {CaseContext} from '../context.js';
import {bookingBody, defineCases} from '../define-cases.js';
import {expectProblem, expectStatus, ok} from '../expect.js';

/** Ada's booking and ben's session. */
async function adaBooksBenWatches(context: CaseContext) {
  const ada = await context.login('ada@example.com');
  const ben = await context.login('ben@example.com');
  const [slot] = await context.slots();
  const created = await context.api.call('createBooking', {
    token: ada.token,
    idempotencyKey: context.key(),
    body: bookingBody(slot!),
  });
  expectStatus(created, 201, "ada's booking");
  return {ada, ben, booking: created.body.bookings[0]!};
}

/** A product ada can order. */
async function orderable(context: CaseContext): Promise<string> {
  const products = await context.api.call('listProducts');
  expectStatus(products, 200, 'GET /products');
  const product = products.body.items.find(
    (item) => item.kind === 'item' && (item.stock === null || item.stock > 0),
  );
  ok(product, 'no item in stock to order');
  return product.id;
}

export const isolationCases = defineCases('isolation', {
  async "another member's booking is not listed"(context) {
    const {ben, booking} = await adaBooksBenWatches(context);
    const list = await context.api.call('listBookings', {token: ben.token});
    expectStatus(list, 200, "ben's GET /me/bookings");
    ok(!list.body.items.some((item) => item.id === booking.id), "ada's booking is in ben's list");
  },

  async "cancelling another member's booking answers 404 and changes nothing"(context) {
    const {ada, ben, booking} = await adaBooksBenWatches(context);
    const reply = await context.api.call('cancelBooking', {
      token: ben.token,
      params: {bookingId: booking.id},
    });
    expectProblem(reply, 404, 'not_found', "ben cancels ada's booking");
    const list = await context.api.call('listBookings', {token: ada.token});
    expectStatus(list, 200, "ada's GET /me/bookings");
    ok(
      list.body.items.find((item) => item.id === booking.id)?.status === 'confirmed',
      "ada's booking is no longer confirmed",
    );
  },

  async "paying or cancelling another member's order answers 404"(context) {
    const ada = await context.login('ada@example.com');
    const ben = await context.login('ben@example.com');
    const order = await context.api.call('createOrder', {
      token: ada.token,
      idempotencyKey: context.key(),
      body: {items: [{productId: await orderable(context), quantity: 1}]},
    });
    expectStatus(order, 201, "ada's order");
    const orderId = order.body.id;
    const pay = await context.api.call('payOrder', {
      token: ben.token,
      idempotencyKey: context.key(),
      params: {orderId},
      body: {paymentMethod: 'pm_card_visa'},
    });
    expectProblem(pay, 404, 'not_found', "ben pays ada's order");
    expectProblem(
      await context.api.call('cancelOrder', {token: ben.token, params: {orderId}}),
      404,
      'not_found',
      "ben cancels ada's order",
    );
    const orders = await context.api.call('listOrders', {token: ben.token});
    expectStatus(orders, 200, "ben's GET /me/orders");
    ok(!orders.body.items.some((item) => item.id === orderId), "ada's order is in ben's list");
  },
});
