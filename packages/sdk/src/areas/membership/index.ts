// `@portico/sdk/membership`: this area's calls (the functions `client.membership` binds) and query
// descriptors, its endpoints with their rules (`endpoints.<route>.errors`, `.invalidates`) and types.
export {
  listPlans,
  getMembership,
  getPlanAccess,
  listMemberships,
  plansQuery,
  membershipQuery,
  membershipHistoryQuery,
  planAccessQuery,
} from './calls.js';
export {
  quoteMembership,
  joinPlan,
  changePlan,
  undoPlanChange,
  cancelMembership,
  undoCancellation,
} from './changes.js';
export * as endpoints from './endpoints.js';
export type * from './plan.js';
export type * from './plan-access.js';
export type * from './schemas.js';
