// `@portico/sdk/auth`: this area's calls (the functions `client.auth` binds) and query
// descriptors, its endpoints with their rules (`endpoints.<route>.errors`, `.invalidates`) and types.
export {requestCode, verifyCode, acceptInvitation, logout} from './calls.js';
export * as endpoints from './endpoints.js';
export type * from './schemas.js';
