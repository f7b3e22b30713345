// `@portico/sdk/events`: this area's calls (the functions `client.events` binds) and query
// descriptors, its endpoints with their rules (`endpoints.<route>.errors`, `.invalidates`) and types.
export {
  listEvents,
  listEventCategories,
  getEvent,
  quoteRegistration,
  register,
  listMyEvents,
  getMyEvent,
  confirmOffer,
  cancelRegistration,
  listPublicEvents,
  getPublicEvent,
  registerForPublicEvent,
  cancelPublicRegistration,
  publicEventsQuery,
  publicEventQuery,
  eventsQuery,
  eventCategoriesQuery,
  eventQuery,
  myEventsQuery,
} from './calls.js';
export * as endpoints from './endpoints.js';
export type * from './schemas.js';
