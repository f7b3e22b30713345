// `@portico/sdk/membership`: this area's calls and query descriptors (all of calls.ts, `calls` being
// the object of them that `client.membership` binds), its endpoints with their rules
// (`endpoints.<route>.errors`, `.invalidates`) and types.
export * from './calls.js';
export * from './changes.js';
export * as endpoints from './endpoints.js';
export type * from './plan.js';
export type * from './plan-access.js';
export type * from './schemas.js';
