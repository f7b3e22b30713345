// `@portico/sdk/profile`: this area's calls (the functions `client.profile` binds) and query
// descriptors, its endpoints with their rules (`endpoints.<route>.errors`, `.invalidates`) and types.
export {
  getProfile,
  updateProfile,
  acceptTerms,
  getCalendarFeed,
  resetCalendarFeed,
  profileQuery,
  calendarFeedQuery,
} from './calls.js';
export * as endpoints from './endpoints.js';
export type * from './calendar-feed.js';
export type * from './schemas.js';
