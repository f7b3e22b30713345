import * as z from 'zod/mini';
import {CalendarFeed, CalendarFeedSecret} from './calendar-feed.js';
import {AcceptTermsRequest, Profile, ProfilePatch} from './schemas.js';
import {defineRoute} from '../../contract/route.js';

export const getProfile = defineRoute({
  method: 'GET',
  path: '/me',
  summary: "The member's profile",
  access: 'member',
  response: Profile,
  status: 200,
  errors: [],
});

export const updateProfile = defineRoute({
  method: 'PATCH',
  path: '/me',
  summary: 'Change name, phone, company, bio, photo or locale',
  access: 'member',
  body: ProfilePatch,
  response: Profile,
  status: 200,
  invalidates: ['profile'],
  errors: [],
});

export const acceptTerms = defineRoute({
  method: 'POST',
  path: '/me/terms',
  summary: "Accept the space's current terms",
  access: 'member',
  body: AcceptTermsRequest,
  response: Profile,
  status: 200,
  invalidates: ['profile'],
  errors: [],
});

export const getCalendarFeed = defineRoute({
  method: 'GET',
  path: '/me/calendar-feed',
  summary: "The member's secret calendar feed address (made on first use)",
  access: 'member',
  response: CalendarFeed,
  status: 200,
  errors: [],
});

export const resetCalendarFeed = defineRoute({
  method: 'POST',
  path: '/me/calendar-feed/reset',
  summary: 'A new calendar feed address; the old one answers 404 from now on',
  access: 'member',
  response: CalendarFeed,
  status: 200,
  invalidates: ['profile'],
  errors: [],
});

/**
 * The feed itself (`text/calendar`, RFC 5545): the member's bookings that are not cancelled
 * and end no earlier than 30 days ago, each a VEVENT whose UID is `{bookingId}@…`. An
 * unknown secret, a reset one or one of another space answers 404; answers are
 * `Cache-Control: private, no-store`.
 */
export const calendarFeedFile = defineRoute({
  method: 'GET',
  path: '/calendar/:secret.ics',
  summary:
    "A member's upcoming and recent bookings as iCalendar, for calendar apps: the secret in the path is the credential (no Authorization header)",
  access: 'public',
  params: z.object({secret: CalendarFeedSecret}),
  response: null,
  status: 200,
  mediaType: 'text/calendar',
  errors: [],
});
