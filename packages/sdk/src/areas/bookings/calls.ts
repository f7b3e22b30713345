import type {PorticoCore} from '../../core/PorticoCore.js';
import {bodyCall, idCall, queryCall} from '../../core/calls.js';
import {query} from '../../core/query.js';
import type {QueryOf} from '../../types/request.js';
import * as endpoints from './endpoints.js';

/** The member's bookings, soonest first. */
export const listBookings = queryCall(endpoints.listBookings);

/** What a booking would cost, and its cancellation terms; changes nothing. */
export const quoteBooking = bodyCall(endpoints.quoteBooking);

/** Books a resource (every occurrence of a recurring booking, or none). */
export const createBooking = bodyCall(endpoints.createBooking);

/** Cancels a booking; refunds follow the cancellation policy. */
export const cancelBooking = idCall(endpoints.cancelBooking, 'bookingId');

export const bookingsQuery = (client: PorticoCore, params: QueryOf<'listBookings'> = {}) =>
  query(['bookings', {...params}], (signal) => listBookings(client, params, {signal}));

/** `client.bookings`: the member's bookings; creating and cancelling invalidate what they change. */
export const calls = {
  list: listBookings,
  quote: quoteBooking,
  create: createBooking,
  cancel: cancelBooking,
};
