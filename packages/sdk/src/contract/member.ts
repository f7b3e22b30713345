import * as z from 'zod/mini';
import {Email, Id, Instant, Locale} from './primitives.js';

/** The logged-in member's own profile. */
export const Member = z.object({
  id: Id,
  email: Email,
  name: z.string(),
  phone: z.nullable(z.string()),
  company: z.nullable(z.string()),
  bio: z.nullable(z.string()),
  photoUrl: z.nullable(z.string()),
  locale: Locale,
  /** The terms version the member accepted last, or null if never. */
  termsAcceptedVersion: z.nullable(z.string()),
  /** True when the member has accepted the space's current terms. */
  termsAccepted: z.boolean(),
  createdAt: Instant,
});
export type Member = z.infer<typeof Member>;

const text = (max: number) => z.string().check(z.trim(), z.maxLength(max));

/** Fields a member may change; omitted fields stay as they are, `null` clears one. */
export const ProfilePatch = z.strictObject({
  name: z.optional(text(120).check(z.minLength(1))),
  phone: z.optional(z.nullable(text(40))),
  company: z.optional(z.nullable(text(120))),
  bio: z.optional(z.nullable(text(2000))),
  photoUrl: z.optional(z.nullable(z.url({protocol: /^https?$/}))),
  locale: z.optional(Locale),
});
export type ProfilePatch = z.infer<typeof ProfilePatch>;

export const AcceptTermsRequest = z.strictObject({version: z.string().check(z.minLength(1))});
export type AcceptTermsRequest = z.infer<typeof AcceptTermsRequest>;
