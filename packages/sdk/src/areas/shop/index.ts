// `@portico/sdk/shop`: this area's calls and query descriptors (all of calls.ts, `calls` being
// the object of them that `client.shop` binds), its endpoints with their rules
// (`endpoints.<route>.errors`, `.invalidates`) and types.
export * from './calls.js';
export * as endpoints from './endpoints.js';
export type * from './product.js';
export type * from './schemas.js';
