import {
  cancelOrder,
  createOrder,
  listMyProducts,
  listOrders,
  listProducts,
  payOrder,
  quoteOrder,
} from '../../contract/endpoints.js';
import type {PorticoCore} from '../../core/PorticoCore.js';
import type {BodyOf, CallOptions, MutationOptions, QueryOf} from '../../types/request.js';
import {query} from '../../core/query.js';

/** `client.products`: what is for sale. */
export const productsApi = (client: PorticoCore) => ({
  list: (options?: CallOptions) => client.request(listProducts, options),
});

/** `client.myProducts`: per product, what the member has included, bought and pending. */
export const myProductsApi = (client: PorticoCore) => ({
  list: (options?: CallOptions) => client.request(listMyProducts, options),
});

/** `client.orders`: quote, place, pay, cancel and list orders. */
export const ordersApi = (client: PorticoCore) => ({
  quote: (body: BodyOf<'quoteOrder'>, options?: MutationOptions) =>
    client.request(quoteOrder, {...options, body}),
  create: (body: BodyOf<'createOrder'>, options?: MutationOptions) =>
    client.request(createOrder, {...options, body}),
  pay: (orderId: string, body: BodyOf<'payOrder'>, options?: MutationOptions) =>
    client.request(payOrder, {...options, params: {orderId}, body}),
  cancel: (orderId: string, options?: MutationOptions) =>
    client.request(cancelOrder, {...options, params: {orderId}}),
  list: (query?: QueryOf<'listOrders'>, options?: CallOptions) =>
    client.request(listOrders, {...options, query}),
});

export const productsQuery = (client: PorticoCore) =>
  query(['products'], (signal) => client.request(listProducts, {signal}));

export const myProductsQuery = (client: PorticoCore) =>
  query(['myProducts'], (signal) => client.request(listMyProducts, {signal}));

export const ordersQuery = (client: PorticoCore, params: QueryOf<'listOrders'> = {}) =>
  query(['orders', {...params}], (signal) => client.request(listOrders, {signal, query: params}));
