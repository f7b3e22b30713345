// `@portico/sdk/posts`: this area's calls and query descriptors (all of calls.ts, `calls` being
// the object of them that `client.posts` binds), its endpoints with their rules
// (`endpoints.<route>.errors`, `.invalidates`) and types.
export * from './calls.js';
export {POSTS_LIMITS} from './limits.js';
export * as endpoints from './endpoints.js';
export type * from './schemas.js';
