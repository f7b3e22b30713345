import {cancelBooking, createBooking, listBookings, quoteBooking} from '../../contract/endpoints.js';
import type {PorticoCore} from '../../core/PorticoCore.js';
import type {BodyOf, CallOptions, MutationOptions, QueryOf} from '../../types/request.js';
import {query} from '../../core/query.js';

/** `client.bookings`: the member's bookings; creating and cancelling invalidate what they change. */
export const bookingsApi = (client: PorticoCore) => ({
  list: (query?: QueryOf<'listBookings'>, options?: CallOptions) =>
    client.request(listBookings, {...options, query}),
  /** What a booking would cost, and its cancellation terms; changes nothing. */
  quote: (body: BodyOf<'quoteBooking'>, options?: MutationOptions) =>
    client.request(quoteBooking, {...options, body}),
  create: (body: BodyOf<'createBooking'>, options?: MutationOptions) =>
    client.request(createBooking, {...options, body}),
  cancel: (bookingId: string, options?: MutationOptions) =>
    client.request(cancelBooking, {...options, params: {bookingId}}),
});

export const bookingsQuery = (client: PorticoCore, params: QueryOf<'listBookings'> = {}) =>
  query(['bookings', {...params}], (signal) =>
    client.request(listBookings, {signal, query: params}),
  );
