// `@portico/sdk/space`: this area's calls (the functions `client.space` binds) and query
// descriptors, its endpoints with their rules (`endpoints.<route>.errors`, `.invalidates`) and types.
export {getSpace, spaceQuery} from './calls.js';
export * as endpoints from './endpoints.js';
export type * from './schemas.js';
