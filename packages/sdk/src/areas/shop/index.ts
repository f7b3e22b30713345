// `@portico/sdk/shop`: this area's calls (the functions `client.shop` binds) and query
// descriptors, its endpoints with their rules (`endpoints.<route>.errors`, `.invalidates`) and types.
export {
  listProducts,
  listMyProducts,
  quoteOrder,
  createOrder,
  payOrder,
  cancelOrder,
  listOrders,
  productsQuery,
  myProductsQuery,
  ordersQuery,
} from './calls.js';
export * as endpoints from './endpoints.js';
export type * from './product.js';
export type * from './schemas.js';
