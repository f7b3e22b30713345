import {ofMember, paginate, resourceOf} from '../../state/lookups.js';
import type {BookingRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {toBooking} from '../../state/views.js';
import {writeOffExpiredCredits} from '../credits/expiry.js';
import {defineHandlers} from '../shared/context.js';
import {requestInstant} from '../shared/input.js';
import {bookResource, quoteBooking} from './bookings.js';
import {cancelOwnBooking} from './cancellation.js';

export const bookingsHandlers = defineHandlers({
  listBookings: ({db, member, space, query}) => {
    const from = query.from === undefined ? -Infinity : requestInstant(query.from, 'query.from');
    const to = query.to === undefined ? Infinity : requestInstant(query.to, 'query.to');
    const rows = ofMember<BookingRow>(db, TABLES.bookings, member)
      .filter(
        (b) =>
          b.endMs > from &&
          b.startMs < to &&
          (query.status === undefined || b.status === query.status),
      )
      .sort((a, b) => a.startMs - b.startMs || a.id.localeCompare(b.id, 'en', {numeric: true}));
    const {page, nextCursor} = paginate(rows, query);
    return {
      items: page.map((b) => toBooking(b, resourceOf(db, space.id, b.resourceId), space)),
      nextCursor,
    };
  },

  quoteBooking: ({db, member, space, body, now}) => {
    writeOffExpiredCredits(db, member, now);
    return quoteBooking(db, space, member, body, now);
  },

  // One synchronous transaction from the rule checks to the last write (see bookResource).
  createBooking: ({member, space, body, now, transaction}) =>
    transaction((tx) => bookResource(tx, space, member, body, now)),

  cancelBooking: ({member, space, params, now, transaction}) =>
    transaction((tx) => {
      const {booking, resource, refund} = cancelOwnBooking(
        tx,
        space,
        member,
        params.bookingId,
        now,
      );
      return {booking: toBooking(booking, resource, space), refund};
    }),
});
