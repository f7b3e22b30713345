// The events answers a test and a story both need.
import type {Event as CommunityEvent} from '@portico/sdk';
import {http, HttpResponse} from 'msw';
import {SPACE} from './client.js';

/** A whole event as the API answers it, for answers a story or a test sets itself. */
export const STORY_EVENT: CommunityEvent = {
  id: 'evt_pitch_practice',
  title: 'Lunch & learn: pitch practice',
  category: 'Workshop',
  start: '2031-12-10T12:30:00+01:00',
  end: '2031-12-10T14:00:00+01:00',
  place: {resourceId: 'room-atelier', name: "L'Atelier", address: null},
  description: 'Five minutes to pitch, ten of questions.',
  coverImageUrl: null,
  capacity: 8,
  seatsLeft: 1,
  waitlistLength: 0,
  price: {kind: 'free'},
  payWith: [],
  audience: 'members',
  registrationDeadline: '2031-12-10T10:30:00+01:00',
  maxGuests: 0,
  refundPolicy: {freeUntilHoursBefore: 0, lateRefundPercent: 100},
  offerHoldHours: 24,
  myRegistration: null,
};

export const EVENTS = `*/v1/spaces/${SPACE}/events`;
export const EVENT = `*/v1/spaces/${SPACE}/events/:eventId`;

/** Markdown an attacker could put in a description: none of it may run or become HTML. */
export const HOSTILE_DESCRIPTION =
  '# Agenda\n\n<img src=x onerror="window.__pwned=1"> **bold** [click](javascript:window.__pwned=1) ' +
  '[data](data:text/html;base64,PHNjcmlwdD4=) <script>window.__pwned=1</script> ' +
  '[safe](https://example.com/agenda)\n\n<div onmouseover="window.__pwned=1">block</div>';

/** The longest title, category and place the contract allows, without spaces to break at. */
export const longest = (event: CommunityEvent): CommunityEvent => ({
  ...event,
  title: 'W'.repeat(120),
  category: 'C'.repeat(40),
  place: {...event.place, name: 'P'.repeat(120), address: 'A'.repeat(200)},
  description: `${'D'.repeat(400)}\n\n${'word '.repeat(900)}`.slice(0, 5000),
});

/** `GET /events/:eventId` answers `event` (a real one read first, then changed). */
export const answerEvent = (event: CommunityEvent) =>
  http.get(EVENT, ({params}) =>
    // Other paths of the same shape (`/events/categories`) go on to the mock server.
    params['eventId'] === event.id ? HttpResponse.json(event) : undefined,
  );

/** `GET /events` answers these events. */
export const answerEvents = (items: CommunityEvent[]) =>
  http.get(EVENTS, () => HttpResponse.json({items, nextCursor: null}));
