import type {PorticoCore} from '../../core/PorticoCore.js';
import {bodyCall, call, idBodyCall, idCall, queryCall} from '../../core/calls.js';
import {query} from '../../core/query.js';
import type {QueryOf} from '../../types/request.js';
import * as endpoints from './endpoints.js';

/** The space's events, upcoming or past, filtered by category, days or words. */
export const listEvents = queryCall(endpoints.listEvents);

export const listEventCategories = call(endpoints.listEventCategories);

export const getEvent = idCall(endpoints.getEvent, 'eventId');

/** What registering would cost and whether the member gets a seat or waits; changes nothing. */
export const quoteRegistration = idBodyCall(endpoints.quoteRegistration, 'eventId');

/** Registers (paying a ticket) or joins the waitlist when the seats are gone. */
export const register = idBodyCall(endpoints.register, 'eventId');

/** The member's events: upcoming (registered, offered, waitlisted) or past. */
export const listMyEvents = queryCall(endpoints.listMyEvents);

export const getMyEvent = idCall(endpoints.getMyEvent, 'registrationId');

/** Takes a seat offered from the waitlist (and pays for it) before the offer lapses. */
export const confirmOffer = idBodyCall(endpoints.confirmOffer, 'registrationId');

/** Cancels a registration, an offer or a place in line; refunds follow the event's rule. */
export const cancelRegistration = idCall(endpoints.cancelRegistration, 'registrationId');

/** The events open to the public, soonest first (no session needed). */
export const listPublicEvents = queryCall(endpoints.listPublicEvents);

export const getPublicEvent = idCall(endpoints.getPublicEvent, 'eventId');

/** A visitor registers for a free public event with a name and email (or joins its waitlist). */
export const registerForPublicEvent = idBodyCall(endpoints.registerForPublicEvent, 'eventId');

/** A visitor cancels with the key their registration answered (and mailed). */
export const cancelPublicRegistration = bodyCall(endpoints.cancelPublicRegistration);

export const publicEventsQuery = (client: PorticoCore, params: QueryOf<'listPublicEvents'> = {}) =>
  query(['events', 'public', {...params}], (signal) => listPublicEvents(client, params, {signal}));

export const publicEventQuery = (client: PorticoCore, eventId: string) =>
  query(['events', 'public', eventId], (signal) => getPublicEvent(client, eventId, {signal}));

export const eventsQuery = (client: PorticoCore, params: QueryOf<'listEvents'> = {}) =>
  query(['events', {...params}], (signal) => listEvents(client, params, {signal}));

export const eventCategoriesQuery = (client: PorticoCore) =>
  query(['events', 'categories'], (signal) => listEventCategories(client, {signal}));

export const eventQuery = (client: PorticoCore, eventId: string) =>
  query(['events', 'one', eventId], (signal) => getEvent(client, eventId, {signal}));

export const myEventsQuery = (client: PorticoCore, params: QueryOf<'listMyEvents'> = {}) =>
  query(['events', 'mine', {...params}], (signal) => listMyEvents(client, params, {signal}));

/** `client.events`: listing, registering (or the waitlist), offers, cancelling. */
export const calls = {
  list: listEvents,
  categories: listEventCategories,
  get: getEvent,
  quote: quoteRegistration,
  register,
  listMine: listMyEvents,
  getMine: getMyEvent,
  confirmOffer,
  cancel: cancelRegistration,
  listPublic: listPublicEvents,
  getPublic: getPublicEvent,
  registerForPublicEvent,
  cancelPublicRegistration,
};
