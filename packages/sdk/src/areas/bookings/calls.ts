import type {PorticoCore} from '../../core/PorticoCore.js';
import {query} from '../../core/query.js';
import type {BodyOf, CallOptions, MutationOptions, QueryOf} from '../../types/request.js';
import * as endpoints from './endpoints.js';

/** The member's bookings, soonest first. */
export const listBookings = (
  client: PorticoCore,
  query?: QueryOf<'listBookings'>,
  options?: CallOptions,
) => client.request(endpoints.listBookings, {...options, query});

/** What a booking would cost, and its cancellation terms; changes nothing. */
export const quoteBooking = (
  client: PorticoCore,
  body: BodyOf<'quoteBooking'>,
  options?: MutationOptions,
) => client.request(endpoints.quoteBooking, {...options, body});

/** Books a resource (every occurrence of a recurring booking, or none). */
export const createBooking = (
  client: PorticoCore,
  body: BodyOf<'createBooking'>,
  options?: MutationOptions,
) => client.request(endpoints.createBooking, {...options, body});

/** Cancels a booking; refunds follow the cancellation policy. */
export const cancelBooking = (client: PorticoCore, bookingId: string, options?: MutationOptions) =>
  client.request(endpoints.cancelBooking, {...options, params: {bookingId}});

export const bookingsQuery = (client: PorticoCore, params: QueryOf<'listBookings'> = {}) =>
  query(['bookings', {...params}], (signal) => listBookings(client, params, {signal}));

/** `client.bookings`: the member's bookings; creating and cancelling invalidate what they change. */
export const calls = {
  list: listBookings,
  quote: quoteBooking,
  create: createBooking,
  cancel: cancelBooking,
};
