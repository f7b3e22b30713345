import * as z from 'zod/mini';
import {Email, Id, Instant, text} from '../../contract/primitives.js';
import {Profile} from '../profile/schemas.js';

export const OtpRequest = z.strictObject({email: Email});
export type OtpRequest = z.infer<typeof OtpRequest>;

/** A code was "sent"; `expiresAt` is when it stops working (10 minutes). */
export const OtpChallenge = z.object({challengeId: Id, expiresAt: Instant});
export type OtpChallenge = z.infer<typeof OtpChallenge>;

export const OtpVerifyRequest = z.strictObject({
  challengeId: Id,
  code: z.string().check(z.maxLength(6), z.regex(/^\d{6}$/, 'Must be 6 digits')),
});
export type OtpVerifyRequest = z.infer<typeof OtpVerifyRequest>;

/** A bearer token and when it expires. */
export const Session = z.object({token: text(512), expiresAt: Instant});
export type Session = z.infer<typeof Session>;

export const AuthResult = z.object({
  session: Session,
  member: Profile,
  /** True the first time this email logs in (show onboarding, ask for a name). */
  isNew: z.boolean(),
});
export type AuthResult = z.infer<typeof AuthResult>;
