// `@portico/sdk/entries`: this area's calls (the functions `client.entries` binds) and query
// descriptors, its endpoints with their rules (`endpoints.<route>.errors`, `.invalidates`) and types.
export {getEntries, checkIn, entriesQuery} from './calls.js';
export * as endpoints from './endpoints.js';
export type * from './schemas.js';
