import * as z from 'zod/mini';
import {
  Email,
  HttpsUrl,
  Id,
  Instant,
  Locale,
  LongText,
  MAX_NAME_LENGTH,
  MAX_TEXT_LENGTH,
  Name,
  noBidiControls,
  text,
} from '../../contract/primitives.js';
import {TermsVersion} from '../space/schemas.js';

const MAX_PHONE_LENGTH = 40;

/** The logged-in member's own profile. */
export const Profile = z.object({
  id: Id,
  email: Email,
  name: Name,
  phone: z.nullable(text(MAX_PHONE_LENGTH)),
  company: z.nullable(Name),
  bio: z.nullable(LongText),
  photoUrl: z.nullable(HttpsUrl),
  locale: Locale,
  /** The terms version the member accepted last, or null if never. */
  termsAcceptedVersion: z.nullable(TermsVersion),
  /** True when the member has accepted the space's current terms. */
  termsAccepted: z.boolean(),
  createdAt: Instant,
});
export type Profile = z.infer<typeof Profile>;

/** What a member types: trimmed, then at most `max` characters. */
const typed = (max: number) => z.string().check(z.trim(), z.maxLength(max), noBidiControls);

/** Fields a member may change; omitted fields stay as they are, `null` clears one. */
export const ProfilePatch = z.strictObject({
  name: z.optional(typed(MAX_NAME_LENGTH).check(z.minLength(1))),
  phone: z.optional(z.nullable(typed(MAX_PHONE_LENGTH))),
  company: z.optional(z.nullable(typed(MAX_NAME_LENGTH))),
  bio: z.optional(z.nullable(typed(MAX_TEXT_LENGTH))),
  photoUrl: z.optional(z.nullable(HttpsUrl)),
  locale: z.optional(Locale),
});
export type ProfilePatch = z.infer<typeof ProfilePatch>;

export const AcceptTermsRequest = z.strictObject({version: TermsVersion.check(z.minLength(1))});
export type AcceptTermsRequest = z.infer<typeof AcceptTermsRequest>;
