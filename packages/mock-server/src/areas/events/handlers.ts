import {ownRow} from '../../state/lookups.js';
import type {RegistrationRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {defineHandlers} from '../shared/context.js';
import {eventOf, toEvent} from './event-views.js';
import {eventCategories, eventIcsFile, listEvents, listMyEvents, myEvent} from './events.js';
import {
  cancelPublicRegistration,
  getPublicEvent,
  listPublicEvents,
  registerForPublicEvent,
} from './public-registrations.js';
import {
  cancelRegistration,
  confirmOffer,
  quoteRegistration,
  register,
  sweepEvents,
} from './registrations.js';

export const eventsHandlers = defineHandlers({
  // Reads first let time act: lapsed offers move the line on; reminders go out when the member
  // looks at their own events (or changes one), so browsing the programme writes nothing
  // new for everyone's page to refetch at sign-in.
  listEvents: ({member, space, query, now, transaction}) =>
    transaction((tx) => {
      sweepEvents(tx, space, now, {reminders: false});
      return listEvents(tx, space, member, query, now);
    }),

  listEventCategories: ({db, space}) => ({items: eventCategories(db, space)}),

  getEvent: ({member, space, params, now, transaction}) =>
    transaction((tx) => {
      sweepEvents(tx, space, now, {reminders: false});
      return toEvent(tx, eventOf(tx, space, params.eventId), member);
    }),

  eventIcs: ({db, space, params, now}) =>
    new Response(eventIcsFile(db, space, params.eventId, now), {
      status: 200,
      headers: {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': `attachment; filename="${params.eventId}.ics"`,
      },
    }),

  quoteRegistration: ({db, member, space, params, body, now}) =>
    quoteRegistration(db, space, member, params.eventId, body.guests, now),

  register: ({member, space, params, body, now, transaction}) =>
    transaction((tx) => register(tx, space, member, params.eventId, body, now)),

  listMyEvents: ({member, space, query, now, transaction}) =>
    transaction((tx) => {
      sweepEvents(tx, space, now);
      return listMyEvents(tx, space, member, query, now);
    }),

  getMyEvent: ({member, space, params, now, transaction}) =>
    transaction((tx) => {
      sweepEvents(tx, space, now);
      const row = ownRow<RegistrationRow>(
        tx,
        TABLES.eventRegistrations,
        params.registrationId,
        member,
        'registration',
      );
      return myEvent(tx, eventOf(tx, space, row.eventId), row, member);
    }),

  confirmOffer: ({member, space, params, body, now, transaction}) =>
    transaction((tx) => confirmOffer(tx, space, member, params.registrationId, body, now)),

  cancelRegistration: ({member, space, params, now, transaction}) =>
    transaction((tx) => cancelRegistration(tx, space, member, params.registrationId, now)),

  // Visitors: public events only; nobody's registrations but the seats they take.
  listPublicEvents: ({db, space, query, now}) => listPublicEvents(db, space, query, now),

  getPublicEvent: ({db, space, params}) => getPublicEvent(db, space, params.eventId),

  registerForPublicEvent: ({space, params, body, now, transaction}) =>
    transaction((tx) => registerForPublicEvent(tx, space, params.eventId, body, now)),

  cancelPublicRegistration: ({space, body, now, transaction}) =>
    transaction((tx) => cancelPublicRegistration(tx, space, body.token, now)),
});
