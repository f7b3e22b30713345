import type {PorticoCore} from '../../core/PorticoCore.js';
import {call, bodyCall, idBodyCall, idCall, queryCall} from '../../core/calls.js';
import {query} from '../../core/query.js';
import type {QueryOf} from '../../types/request.js';
import * as endpoints from './endpoints.js';

/** What is for sale. */
export const listProducts = call(endpoints.listProducts);

/** Per product, what the member has included, bought and pending. */
export const listMyProducts = call(endpoints.listMyProducts);

/** What an order would cost (discount code included); changes nothing. */
export const quoteOrder = bodyCall(endpoints.quoteOrder);

export const createOrder = bodyCall(endpoints.createOrder);

export const payOrder = idBodyCall(endpoints.payOrder, 'orderId');

export const cancelOrder = idCall(endpoints.cancelOrder, 'orderId');

export const listOrders = queryCall(endpoints.listOrders);

export const productsQuery = (client: PorticoCore) =>
  query(['products'], (signal) => listProducts(client, {signal}));

export const myProductsQuery = (client: PorticoCore) =>
  query(['myProducts'], (signal) => listMyProducts(client, {signal}));

export const ordersQuery = (client: PorticoCore, params: QueryOf<'listOrders'> = {}) =>
  query(['orders', {...params}], (signal) => listOrders(client, params, {signal}));

/** `client.shop`: what is for sale, what the member has, and orders: quote, place, pay, cancel. */
export const calls = {
  listProducts,
  listMyProducts,
  quoteOrder,
  createOrder,
  payOrder,
  cancelOrder,
  listOrders,
};
