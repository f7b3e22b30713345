// `@portico/sdk/visitors`: this area's calls (the functions `client.visitors` binds) and query
// descriptors, its endpoints with their rules (`endpoints.<route>.errors`, `.invalidates`) and types.
export {
  listVisitors,
  registerVisitor,
  updateVisitor,
  cancelVisitor,
  visitorsQuery,
} from './calls.js';
export * as endpoints from './endpoints.js';
export type * from './schemas.js';
