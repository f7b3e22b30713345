// `@portico/sdk/notifications`: this area's calls (the functions `client.notifications` binds) and query
// descriptors, its endpoints with their rules (`endpoints.<route>.errors`, `.invalidates`) and types.
export {listNotifications, markNotificationRead, notificationsQuery} from './calls.js';
export type {NotificationsParams} from './calls.js';
export * as endpoints from './endpoints.js';
export type * from './schemas.js';
