// `@portico/sdk/directory`: this area's calls (the functions `client.directory` binds) and query
// descriptors, its endpoints with their rules (`endpoints.<route>.errors`, `.invalidates`) and types.
export {
  getDirectoryEntry,
  updateDirectoryEntry,
  listDirectory,
  getDirectoryMember,
  messageMember,
  revealMemberEmail,
  listPublicDirectory,
  directoryEntryQuery,
  directoryQuery,
  publicDirectoryQuery,
} from './calls.js';
export {DIRECTORY_FIELDS, DIRECTORY_LIMITS} from './limits.js';
export type {DirectoryField} from './limits.js';
export * as endpoints from './endpoints.js';
export type * from './schemas.js';
