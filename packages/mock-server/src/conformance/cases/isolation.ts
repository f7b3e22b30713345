import type {CaseContext} from '../context.js';
import {bookingBody, defineCases} from '../define-cases.js';
import {expectProblem, expectStatus, fail, ok} from '../expect.js';

/** Ada's booking and ben's session. */
async function adaBooksBenWatches(context: CaseContext) {
  const ada = await context.login('ada@example.com');
  const ben = await context.login('ben@example.com');
  const [slot] = await context.slots();
  const created = await context.send('createBooking', {
    token: ada.token,
    body: bookingBody(slot!),
  });
  expectStatus(created, 201, "ada's booking");
  return {ada, ben, booking: created.body.bookings[0]!};
}

/** Items in stock that can be ordered. */
async function orderable(context: CaseContext): Promise<string[]> {
  const products = await context.api.call('listProducts');
  expectStatus(products, 200, 'GET /products');
  const items = products.body.items.filter(
    (item) => item.kind === 'item' && (item.stock === null || item.stock > 0),
  );
  ok(items.length > 0, 'no item in stock to order');
  return items.map((item) => item.id);
}

/** An order of ada's that waits for payment (an item her membership does not include). */
async function pendingOrder(context: CaseContext, token: string) {
  for (const productId of await orderable(context)) {
    const order = await context.send('createOrder', {
      token,
      body: {items: [{productId, quantity: 1}]},
    });
    expectStatus(order, 201, "ada's order");
    if (order.body.status === 'pending_payment') return order.body;
  }
  return fail('every item ada can order is paid at once; none waits for payment');
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
    expectProblem(reply, 'not_found', "ben cancels ada's booking");
    const list = await context.api.call('listBookings', {token: ada.token});
    expectStatus(list, 200, "ada's GET /me/bookings");
    ok(
      list.body.items.find((item) => item.id === booking.id)?.status === 'confirmed',
      "ada's booking is no longer confirmed",
    );
  },

  async "paying or cancelling another member's order answers 404 and leaves it unchanged"(context) {
    const ada = await context.login('ada@example.com');
    const ben = await context.login('ben@example.com');
    const order = await pendingOrder(context, ada.token);
    const orderId = order.id;
    const pay = await context.send('payOrder', {
      token: ben.token,
      params: {orderId},
      body: {paymentMethod: 'pm_card_visa'},
    });
    expectProblem(pay, 'not_found', "ben pays ada's order");
    await context.expectNotFound(ben.token, [
      ['cancelOrder', {params: {orderId}}, "ben cancels ada's order"],
    ]);
    const orders = await context.api.call('listOrders', {token: ben.token});
    expectStatus(orders, 200, "ben's GET /me/orders");
    ok(!orders.body.items.some((item) => item.id === orderId), "ada's order is in ben's list");
    const adas = await context.api.call('listOrders', {token: ada.token});
    expectStatus(adas, 200, "ada's GET /me/orders");
    const now = adas.body.items.find((item) => item.id === orderId);
    ok(
      now?.status === 'pending_payment' && now.paidAt === null,
      `after ben's attempts ada's order is ${now?.status ?? 'gone'}, expected still pending_payment`,
    );
  },

  async "notifications are the member's own: not listed, not markable by another"(context) {
    const ada = await context.login('ada@example.com');
    const ben = await context.login('ben@example.com');
    const adas = await context.api.call('listNotifications', {token: ada.token});
    expectStatus(adas, 200, "ada's GET /me/notifications");
    const unread = adas.body.items.find((item) => item.readAt === null);
    ok(unread, 'ada@example.com is seeded with no unread notification; she must have one');
    const bens = await context.api.call('listNotifications', {token: ben.token});
    expectStatus(bens, 200, "ben's GET /me/notifications");
    const adaIds = new Set(adas.body.items.map((item) => item.id));
    ok(
      !bens.body.items.some((item) => adaIds.has(item.id)),
      "ada's notifications are in ben's list",
    );
    await context.expectNotFound(ben.token, [
      [
        'markNotificationRead',
        {params: {notificationId: unread.id}},
        "ben marks ada's notification read",
      ],
    ]);
    const again = await context.api.call('listNotifications', {token: ada.token});
    expectStatus(again, 200, "ada's GET /me/notifications");
    ok(
      again.body.items.find((item) => item.id === unread.id)?.readAt === null,
      "ben's attempt marked ada's notification read",
    );
  },
});
