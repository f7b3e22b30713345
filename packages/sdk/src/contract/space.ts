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

/**
 * What members may do to their membership themselves (a space can keep plan changes at its
 * front desk), the notice a cancellation needs, and whom to contact otherwise.
 */
export const MembershipPolicy = z.object({
  selfService: z.object({join: z.boolean(), change: z.boolean(), cancel: z.boolean()}),
  /** A cancellation ends at the end of the first period that ends at least this many days away. */
  noticeDays: z.int().check(z.minimum(0), z.maximum(365)),
  contact: z.object({
    name: z.string().check(z.minLength(1), z.maxLength(100)),
    email: z.email().check(z.maxLength(254)),
  }),
});
export type MembershipPolicy = z.infer<typeof MembershipPolicy>;

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
  membershipPolicy: MembershipPolicy,
  branding: Branding,
});
export type Space = z.infer<typeof Space>;
