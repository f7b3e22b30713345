import {newestFirst, ofMember, paginate, sortedInSpace} from '../../state/lookups.js';
import type {OrderRow, ProductRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {toOrder, toProduct} from '../../state/views.js';
import {defineHandlers} from '../shared/context.js';
import {
  cancelPendingOrder,
  chargeOrder,
  checkPaymentMethod,
  includedRemaining,
  ownPendingOrder,
  placeOrder,
  priceCart,
} from './orders.js';

export const shopHandlers = defineHandlers({
  listProducts: ({db, space}) => ({
    items: sortedInSpace<ProductRow>(db, TABLES.products, space.id).map(toProduct),
  }),

  listMyProducts: ({db, member, space, now}) => {
    const {remaining} = includedRemaining(db, member, space, now);
    const orders = ofMember<OrderRow>(db, TABLES.orders, member);
    const items = sortedInSpace<ProductRow>(db, TABLES.products, space.id).map((product) => {
      const lines = (status: OrderRow['status']) =>
        orders
          .filter((o) => o.status === status)
          .flatMap((o) => o.lines.filter((l) => l.productId === product.id));
      // Credit packs turn into credits when paid; only goods stay "purchased".
      const purchasedRemaining =
        product.kind === 'credit_pack' ? 0 : lines('paid').reduce((sum, l) => sum + l.quantity, 0);
      return {
        productId: product.id,
        name: product.name,
        includedRemaining: remaining[product.id] ?? 0,
        purchasedRemaining,
        pendingQuantity: lines('pending_payment').reduce((sum, l) => sum + l.quantity, 0),
      };
    });
    return {items};
  },

  quoteOrder: ({db, member, space, body, now}) => {
    const {quote} = priceCart(db, member, space, body, now);
    return {
      lines: quote.lines,
      subtotal: quote.subtotal,
      discount: quote.discount,
      total: quote.total,
    };
  },

  createOrder: ({member, space, body, now, transaction}) =>
    transaction((tx) => placeOrder(tx, space, member, body, now)),

  payOrder: ({member, space, params, body, now, transaction}) => {
    checkPaymentMethod(body.paymentMethod);
    return transaction((tx) => {
      const order = ownPendingOrder(tx, member, params.orderId, 'paid');
      return toOrder(chargeOrder(tx, space, member, order, body.paymentMethod, now));
    });
  },

  cancelOrder: ({member, space, params, now, transaction}) =>
    transaction((tx) => cancelPendingOrder(tx, space, member, params.orderId, now)),

  listOrders: ({db, member, query}) => {
    const rows = newestFirst(ofMember<OrderRow>(db, TABLES.orders, member), 'createdAt').filter(
      (o) => query.status === undefined || o.status === query.status,
    );
    const {page, nextCursor} = paginate(rows, query);
    return {items: page.map(toOrder), nextCursor};
  },
});
