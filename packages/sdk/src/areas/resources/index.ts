// `@portico/sdk/resources`: this area's calls (the functions `client.resources` binds) and query
// descriptors, its endpoints with their rules (`endpoints.<route>.errors`, `.invalidates`) and types.
export {
  listResources,
  getAvailability,
  listFloors,
  resourcesQuery,
  availabilityQuery,
  floorsQuery,
} from './calls.js';
export type {AvailabilityParams} from './calls.js';
export * as endpoints from './endpoints.js';
export type * from './availability.js';
export type * from './floors.js';
export type * from './schemas.js';
