// `@portico/sdk/helpdesk`: this area's calls (the functions `client.helpdesk` binds) and query
// descriptors, its endpoints with their rules (`endpoints.<route>.errors`, `.invalidates`) and types.
export {
  listGuides,
  guideFeedback,
  listHelpRequests,
  getHelpRequest,
  openHelpRequest,
  replyToHelpRequest,
  resolveHelpRequest,
  reopenHelpRequest,
  uploadAttachment,
  getAttachment,
  guidesQuery,
  helpRequestsQuery,
} from './calls.js';
export * as endpoints from './endpoints.js';
export type * from './schemas.js';
