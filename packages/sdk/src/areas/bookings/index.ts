// `@portico/sdk/bookings`: this area's calls (the functions `client.bookings` binds) and query
// descriptors, its endpoints with their rules (`endpoints.<route>.errors`, `.invalidates`) and types.
export {listBookings, quoteBooking, createBooking, cancelBooking, bookingsQuery} from './calls.js';
export * as endpoints from './endpoints.js';
export type * from './schemas.js';
