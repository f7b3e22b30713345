// `@portico/sdk/directory`: this area's calls and query descriptors (all of calls.ts, `calls` being
// the object of them that `client.directory` binds), its endpoints with their rules
// (`endpoints.<route>.errors`, `.invalidates`) and types.
export * from './calls.js';
export {DIRECTORY_FIELDS, DIRECTORY_LIMITS} from './limits.js';
export type {DirectoryField} from './limits.js';
export * as endpoints from './endpoints.js';
export type * from './schemas.js';
