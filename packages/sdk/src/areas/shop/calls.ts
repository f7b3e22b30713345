import type {PorticoCore} from '../../core/PorticoCore.js';
import {query} from '../../core/query.js';
import type {BodyOf, CallOptions, MutationOptions, QueryOf} from '../../types/request.js';
import * as endpoints from './endpoints.js';

/** What is for sale. */
export const listProducts = (client: PorticoCore, options?: CallOptions) =>
  client.request(endpoints.listProducts, options);

/** Per product, what the member has included, bought and pending. */
export const listMyProducts = (client: PorticoCore, options?: CallOptions) =>
  client.request(endpoints.listMyProducts, options);

/** What an order would cost (discount code included); changes nothing. */
export const quoteOrder = (
  client: PorticoCore,
  body: BodyOf<'quoteOrder'>,
  options?: MutationOptions,
) => client.request(endpoints.quoteOrder, {...options, body});

export const createOrder = (
  client: PorticoCore,
  body: BodyOf<'createOrder'>,
  options?: MutationOptions,
) => client.request(endpoints.createOrder, {...options, body});

export const payOrder = (
  client: PorticoCore,
  orderId: string,
  body: BodyOf<'payOrder'>,
  options?: MutationOptions,
) => client.request(endpoints.payOrder, {...options, params: {orderId}, body});

export const cancelOrder = (client: PorticoCore, orderId: string, options?: MutationOptions) =>
  client.request(endpoints.cancelOrder, {...options, params: {orderId}});

export const listOrders = (
  client: PorticoCore,
  query?: QueryOf<'listOrders'>,
  options?: CallOptions,
) => client.request(endpoints.listOrders, {...options, query});

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
