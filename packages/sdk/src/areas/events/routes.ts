import {
  ConfirmOfferRequest,
  EVENT_LIMITS,
  Event,
  EventCategory,
  EventsQuery,
  MyEvent,
  MyEventsQuery,
  Registration,
  RegistrationCancelled,
  RegistrationQuote,
  RegistrationQuoteRequest,
  RegistrationRequest,
  PublicEventsQuery,
  PublicCancellationRequest,
  PublicRegistration,
  PublicRegistrationCancelled,
  PublicRegistrationRequest,
} from './schemas.js';
import {MAX_EMAIL_LENGTH, MAX_NAME_LENGTH, list, page} from '../../contract/primitives.js';
import type {QueryRoot} from '../../contract/query-roots.js';
import {routesWith} from '../../contract/route.js';

const route = routesWith({access: 'member', feature: 'events'});

/** Registering changes the event's seats, the member's events, maybe credits and invoices. */
const REGISTRATION_CHANGES = [
  'events',
  'availability',
  'credits',
  'invoices',
  'notifications',
] as const satisfies readonly QueryRoot[];

/** What paying for a ticket can break (registering, or confirming an offered seat). */
const PAYMENT_ERRORS = [
  'pay_with_unavailable',
  'insufficient_credits',
  'payment_declined',
  'unknown_payment_method',
] as const;

export const listEvents = route({
  method: 'GET',
  path: '/events',
  summary:
    "The space's events, upcoming (soonest first) or past (latest first), by category, days or words",
  query: EventsQuery,
  response: page(Event),
  limits: {q: EVENT_LIMITS.search},
});

export const listEventCategories = route({
  method: 'GET',
  path: '/events/categories',
  summary: 'The categories of upcoming and past events, for a filter',
  response: list(EventCategory),
});

export const getEvent = route({
  method: 'GET',
  path: '/events/:eventId',
  summary: 'One event with its seats, waitlist and the caller’s registration',
  response: Event,
});

export const eventIcs = route({
  method: 'GET',
  path: '/events/:eventId/ics',
  summary: 'The event as an iCalendar file, to add to a calendar',
  response: null,
  mediaType: 'text/calendar',
});

export const quoteRegistration = route({
  method: 'POST',
  path: '/events/:eventId/quote',
  summary:
    'What registering would cost, whether a seat is free or the member would wait; no side effect',
  body: RegistrationQuoteRequest,
  response: RegistrationQuote,
  limits: {guests: EVENT_LIMITS.guests},
  safe: true,
  errors: ['registration_closed', 'already_registered', 'too_many_guests'],
});

export const register = route({
  method: 'POST',
  path: '/events/:eventId/registrations',
  summary:
    'Register (and pay a ticket), or join the waitlist when the seats are gone; exact under concurrent requests',
  body: RegistrationRequest,
  response: Registration,
  status: 201,
  limits: {guests: EVENT_LIMITS.guests},
  invalidates: REGISTRATION_CHANGES,
  idempotent: true,
  errors: ['registration_closed', 'already_registered', 'too_many_guests', ...PAYMENT_ERRORS],
});

export const listMyEvents = route({
  method: 'GET',
  path: '/me/event-registrations',
  summary: "The member's events: upcoming (registered, offered, waitlisted) or past",
  query: MyEventsQuery,
  response: page(MyEvent),
});

export const getMyEvent = route({
  method: 'GET',
  path: '/me/event-registrations/:registrationId',
  summary: 'One of the member’s registrations with its event',
  response: MyEvent,
});

export const confirmOffer = route({
  method: 'POST',
  path: '/me/event-registrations/:registrationId/confirm',
  summary: 'Take the seat offered from the waitlist before the offer lapses (and pay for it)',
  body: ConfirmOfferRequest,
  response: Registration,
  invalidates: REGISTRATION_CHANGES,
  idempotent: true,
  errors: ['offer_not_open', ...PAYMENT_ERRORS],
});

export const cancelRegistration = route({
  method: 'DELETE',
  path: '/me/event-registrations/:registrationId',
  summary:
    'Cancel a registration, an offer or a place on the waitlist until the deadline; refunds follow the event’s rule',
  response: RegistrationCancelled,
  invalidates: REGISTRATION_CHANGES,
  errors: ['already_cancelled', 'registration_closed'],
});

export const listPublicEvents = route({
  method: 'GET',
  path: '/public-events',
  summary: 'The events open to the public, soonest first: what a visitor may register for',
  access: 'public',
  query: PublicEventsQuery,
  response: page(Event),
});

export const getPublicEvent = route({
  method: 'GET',
  path: '/public-events/:eventId',
  summary: 'One public event (a members-only event answers 404)',
  access: 'public',
  response: Event,
});

export const registerForPublicEvent = route({
  method: 'POST',
  path: '/public-events/:eventId/registrations',
  summary:
    'A visitor registers for a free public event with a name and email, or joins its waitlist; same seats as members',
  access: 'public',
  body: PublicRegistrationRequest,
  response: PublicRegistration,
  status: 201,
  limits: {guests: EVENT_LIMITS.guests, name: MAX_NAME_LENGTH, email: MAX_EMAIL_LENGTH},
  invalidates: ['events'],
  idempotent: true,
  errors: ['registration_closed', 'already_registered', 'too_many_guests', 'sign_in_to_pay'],
});

export const cancelPublicRegistration = route({
  method: 'POST',
  path: '/public-event-registrations/cancel',
  summary:
    'A visitor cancels their registration with the key from their confirmation (404 for any other key) until the deadline; the seats go to the waitlist',
  access: 'public',
  body: PublicCancellationRequest,
  response: PublicRegistrationCancelled,
  invalidates: ['events'],
  errors: ['already_cancelled', 'registration_closed'],
});
