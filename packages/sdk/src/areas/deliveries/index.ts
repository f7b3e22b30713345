// `@portico/sdk/deliveries`: this area's calls (the functions `client.deliveries` binds) and query
// descriptors, its endpoints with their rules (`endpoints.<route>.errors`, `.invalidates`) and types.
export {listDeliveries, collectDelivery, deliveriesQuery} from './calls.js';
export * as endpoints from './endpoints.js';
export type * from './schemas.js';
