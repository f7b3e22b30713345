import * as z from 'zod/mini';
import {CalendarFeed, CalendarFeedSecret} from './calendar-feed.js';
import {AcceptTermsRequest, Profile, ProfilePatch} from './schemas.js';
import {memberRoute} from '../../contract/route.js';

export const getProfile = memberRoute({
  method: 'GET',
  path: '/me',
  summary: "The member's profile",
  response: Profile,
});

export const updateProfile = memberRoute({
  method: 'PATCH',
  path: '/me',
  summary: 'Change name, phone, company, bio, photo or locale',
  body: ProfilePatch,
  response: Profile,
  invalidates: ['profile'],
});

export const acceptTerms = memberRoute({
  method: 'POST',
  path: '/me/terms',
  summary: "Accept the space's current terms",
  body: AcceptTermsRequest,
  response: Profile,
  invalidates: ['profile'],
});

export const getCalendarFeed = memberRoute({
  method: 'GET',
  path: '/me/calendar-feed',
  summary: "The member's secret calendar feed address (made on first use)",
  response: CalendarFeed,
});

export const resetCalendarFeed = memberRoute({
  method: 'POST',
  path: '/me/calendar-feed/reset',
  summary: 'A new calendar feed address; the old one answers 404 from now on',
  response: CalendarFeed,
  invalidates: ['profile'],
});

/**
 * The feed itself (`text/calendar`, RFC 5545): the member's bookings that are not cancelled
 * and end no earlier than 30 days ago, each a VEVENT whose UID is `{bookingId}@…`. An
 * unknown secret, a reset one or one of another space answers 404; answers are
 * `Cache-Control: private, no-store`.
 */
export const calendarFeedFile = memberRoute({
  method: 'GET',
  path: '/calendar/:secret.ics',
  summary:
    "A member's upcoming and recent bookings as iCalendar, for calendar apps: the secret in the path is the credential (no Authorization header)",
  access: 'public',
  params: z.object({secret: CalendarFeedSecret}),
  response: null,
  mediaType: 'text/calendar',
});
