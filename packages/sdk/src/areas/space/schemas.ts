import * as z from 'zod/mini';
import {
  CalendarDay,
  Currency,
  Email,
  HttpsUrl,
  Id,
  Label,
  Locale,
  Name,
  WallTime,
  text,
} from '../../contract/primitives.js';

/** One opening span of a day, in the space's wall-clock time. */
export const OpeningSpan = z.object({open: WallTime, close: WallTime});
export type OpeningSpan = z.infer<typeof OpeningSpan>;

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
export const Closure = z.object({day: CalendarDay, reason: Label});
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
    name: text(100).check(z.minLength(1)),
    email: Email,
  }),
});
export type MembershipPolicy = z.infer<typeof MembershipPolicy>;

/** A version of the space's terms, e.g. `2024-09`. */
export const TermsVersion = text(40);

export const Terms = z.object({version: TermsVersion, url: HttpsUrl});
export type Terms = z.infer<typeof Terms>;

export const Branding = z.object({
  primaryColor: z.string().check(z.maxLength(7), z.regex(/^#[0-9a-fA-F]{6}$/)),
  logoUrl: z.nullable(HttpsUrl),
});

/**
 * The parts of the portal a space offers. A space turns off what it does not run (no help
 * desk, no deliveries): the server refuses that area's routes (404) and the portal hides its page.
 */
export const Features = z.object({
  billing: z.boolean(),
  events: z.boolean(),
  directory: z.boolean(),
  posts: z.boolean(),
  helpdesk: z.boolean(),
  /**
   * The help desk's requests: off, members read the guides but open no request (the space
   * answers elsewhere). Offered only while `helpdesk` is on.
   */
  helpdeskRequests: z.boolean(),
  visitors: z.boolean(),
  deliveries: z.boolean(),
  floorPlans: z.boolean(),
});
export type Features = z.infer<typeof Features>;

/** The public description of a space: everything a portal needs before login. */
export const Space = z.object({
  id: Id,
  slug: Id,
  name: Name,
  /** An IANA time zone, e.g. `Europe/Paris`. */
  timeZone: text(64),
  currency: Currency,
  locales: z.array(Locale),
  defaultLocale: Locale,
  address: Label,
  openingHours: WeeklyHours,
  closures: z.array(Closure),
  terms: Terms,
  cancellationPolicy: CancellationPolicy,
  membershipPolicy: MembershipPolicy,
  branding: Branding,
  features: Features,
  /**
   * Payments are simulated (the mock server, a test deployment): only test payment methods
   * (`pm_card_visa` succeeds, `pm_card_declined` is declined) are accepted, and a shop offers
   * them. Absent on a live API.
   */
  testMode: z.optional(z.boolean()),
});
export type Space = z.infer<typeof Space>;
