import * as z from 'zod/mini';
import {CalendarDay, Currency, Id, Locale, WallTime} from './primitives.js';

/** One opening span of a day, in the space's wall-clock time. */
export const OpeningSpan = z.object({open: WallTime, close: WallTime});

/** Opening hours for each weekday; an empty list means closed that day. */
export const WeeklyHours = z.object({
  mon: z.array(OpeningSpan),
  tue: z.array(OpeningSpan),
  wed: z.array(OpeningSpan),
  thu: z.array(OpeningSpan),
  fri: z.array(OpeningSpan),
  sat: z.array(OpeningSpan),
  sun: z.array(OpeningSpan),
});
export type WeeklyHours = z.infer<typeof WeeklyHours>;

/** A day the whole space is closed (a public holiday). */
export const Closure = z.object({day: CalendarDay, reason: z.string()});
export type Closure = z.infer<typeof Closure>;

/** When cancelling is free, and what share is refunded after that. */
export const CancellationPolicy = z.object({
  freeUntilHoursBefore: z.int().check(z.minimum(0)),
  lateRefundPercent: z.int().check(z.minimum(0), z.maximum(100)),
});
export type CancellationPolicy = z.infer<typeof CancellationPolicy>;

export const Terms = z.object({version: z.string(), url: z.string()});
export type Terms = z.infer<typeof Terms>;

export const Branding = z.object({
  primaryColor: z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/)),
  logoUrl: z.nullable(z.string()),
});

/** The public description of a space: everything a portal needs before login. */
export const Space = z.object({
  id: Id,
  slug: Id,
  name: z.string(),
  timeZone: z.string(),
  currency: Currency,
  locales: z.array(Locale),
  defaultLocale: Locale,
  address: z.string(),
  openingHours: WeeklyHours,
  closures: z.array(Closure),
  terms: Terms,
  cancellationPolicy: CancellationPolicy,
  branding: Branding,
  /**
   * Payments are simulated (the mock server, a test deployment): only test payment methods
   * (`pm_card_visa` succeeds, `pm_card_declined` is declined) are accepted, and a shop offers
   * them. Absent on a live API.
   */
  testMode: z.optional(z.boolean()),
});
export type Space = z.infer<typeof Space>;
