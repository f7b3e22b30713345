import * as z from 'zod/mini';
import {Instant} from '../../contract/primitives.js';

/**
 * The member's personal calendar feed: an `.ics` address with a secret in it, for a calendar
 * app to subscribe to (calendar apps cannot send an Authorization header, so the secret is
 * the credential). Shown as `webcal://…` to open the calendar app.
 */
export const CalendarFeed = z.object({
  /** `https://…/calendar/{secret}.ics`: the member's upcoming and recent bookings. */
  url: z.string().check(z.maxLength(2048)),
  createdAt: Instant,
});
export type CalendarFeed = z.infer<typeof CalendarFeed>;

/** The secret part of a feed's address (base64url). */
export const CalendarFeedSecret = z
  .string()
  .check(z.maxLength(128), z.regex(/^[A-Za-z0-9_-]{1,128}$/, 'Must be a calendar feed secret'));
