import * as z from 'zod/mini';
import {ORDER_LIMITS, Order, OrderQuote, OrderRequest, OrderStatus, PayRequest} from './schemas.js';
import {MemberProduct, Product} from './product.js';
import {Id, PageQuery, list, page} from '../../contract/primitives.js';
import type {QueryRoot} from '../../contract/query-roots.js';
import {memberRoute, routesWith} from '../../contract/route.js';

/**
 * An order may pay for a plan joined: it starts the membership and grants its credits. Paid, it
 * issues an invoice; pending, it is on the upcoming one.
 */
const ORDER_CHANGES = [
  'orders',
  'myProducts',
  'products',
  'credits',
  'membership',
  'invoices',
] as const satisfies readonly QueryRoot[];

/** A change to one of the member's orders: it answers the order as it now is. */
const orderChange = routesWith({
  access: 'member',
  // One schema for both routes' `:orderId` (openapi.json names it once).
  params: z.object({orderId: Id}),
  response: Order,
  invalidates: ORDER_CHANGES,
});

export const listProducts = memberRoute({
  method: 'GET',
  path: '/products',
  summary: 'Items, credit packs and day passes for sale',
  access: 'public',
  response: list(Product),
});

export const listMyProducts = memberRoute({
  method: 'GET',
  path: '/me/products',
  summary: 'Per product: included by membership, purchased, and pending quantities',
  response: list(MemberProduct),
});

/** What a cart can be refused for, whether it is quoted or ordered. */
const CART_ERRORS = [
  'unknown_product',
  'out_of_stock',
  'invalid_quantity',
  'discount_invalid',
  'discount_expired',
  'discount_not_yet_valid',
  'discount_exhausted',
  'discount_minimum_not_met',
] as const;

export const quoteOrder = memberRoute({
  method: 'POST',
  path: '/orders/quote',
  summary: 'Cart totals with membership-included units and a discount code; no side effect',
  body: OrderRequest,
  response: OrderQuote,
  limits: ORDER_LIMITS,
  safe: true,
  errors: CART_ERRORS,
});

export const createOrder = memberRoute({
  method: 'POST',
  path: '/orders',
  summary: 'Place an order; it stays pending_payment until paid',
  body: OrderRequest,
  response: Order,
  status: 201,
  limits: ORDER_LIMITS,
  invalidates: ORDER_CHANGES,
  idempotent: true,
  errors: [...CART_ERRORS, 'terms_not_accepted'],
});

export const payOrder = orderChange({
  method: 'POST',
  path: '/orders/:orderId/pay',
  summary: 'Pay a pending order',
  body: PayRequest,
  idempotent: true,
  errors: ['payment_declined', 'order_not_pending', 'out_of_stock'],
});

export const cancelOrder = orderChange({
  method: 'DELETE',
  path: '/orders/:orderId',
  summary: 'Cancel an order that is still pending payment',
  errors: ['order_not_pending'],
});

export const listOrders = memberRoute({
  method: 'GET',
  path: '/me/orders',
  summary: "The member's orders, newest first",
  query: z.object({status: z.optional(OrderStatus), ...PageQuery}),
  response: page(Order),
});
