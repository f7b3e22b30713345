import type {AuthResult} from '@portico/sdk/contract';
import {
  OTP_FAILURE_WINDOW_MS,
  OTP_LOCK_MS,
  OTP_TTL_MS,
  isOtpExpired,
  otpLockState,
} from '@portico/sdk/domain';
import {problem} from '../problem.js';
import type {ProblemError} from '../problem.js';
import type {Transaction} from '../state/db.js';
import {nextId, randomCode, randomToken} from '../state/ids.js';
import {instant} from '../state/queries.js';
import type {
  InvitationRow,
  MailRow,
  MemberRow,
  OtpChallengeRow,
  OtpFailureRow,
  SessionRow,
  SpaceRow,
} from '../state/rows.js';
import {TABLES} from '../state/rows.js';
import {toMember} from '../state/views.js';
import {defineHandlers} from './context.js';

/** How long a session token works. */
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

const normalizeEmail = (email: string) => email.trim().toLowerCase();

function failuresOf(tx: Transaction, spaceId: string, email: string): number[] {
  return tx
    .all<OtpFailureRow>(TABLES.otpFailures)
    .filter((f) => f.spaceId === spaceId && f.email === email)
    .map((f) => f.atMs);
}

/**
 * Records a wrong code, and forgets this email's failures too old to matter: one from before
 * `now − window − lock` can neither start a lock still running nor join a window with a new one.
 */
function recordFailure(tx: Transaction, spaceId: string, email: string, now: number): void {
  for (const failure of tx.all<OtpFailureRow>(TABLES.otpFailures)) {
    const stale = failure.atMs < now - OTP_FAILURE_WINDOW_MS - OTP_LOCK_MS;
    if (stale && failure.spaceId === spaceId && failure.email === email)
      tx.delete(TABLES.otpFailures, failure.id);
  }
  tx.put<OtpFailureRow>(TABLES.otpFailures, {id: nextId(tx, 'otpf'), spaceId, email, atMs: now});
}

function lockedOut(retryAfter: number): ProblemError {
  const minutes = Math.ceil(retryAfter / 60);
  return problem(
    'too_many_attempts',
    `Too many wrong codes for this email; try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    {retryAfter},
  );
}

/** Compares two codes in time that does not depend on where they differ. */
function sameCode(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.min(a.length, b.length); i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** Logs a member in: their session, and whether this is their first login. */
function openSession(tx: Transaction, space: SpaceRow, member: MemberRow, now: number): AuthResult {
  const isNew = member.lastLoginAt === null;
  const loggedIn = tx.put<MemberRow>(TABLES.members, {...member, lastLoginAt: instant(space, now)});
  const expiresAtMs = now + SESSION_TTL_MS;
  const session = tx.put<SessionRow>(TABLES.sessions, {
    id: randomToken('pt_'),
    spaceId: space.id,
    memberId: member.id,
    createdAt: instant(space, now),
    expiresAt: instant(space, expiresAtMs),
    expiresAtMs,
  });
  return {
    session: {token: session.id, expiresAt: session.expiresAt},
    member: toMember(loggedIn, space),
    isNew,
  };
}

/** The member with this email in this space, created (terms not accepted) when there is none. */
function memberFor(
  tx: Transaction,
  space: SpaceRow,
  email: string,
  name: string,
  now: number,
): MemberRow {
  const existing = tx
    .all<MemberRow>(TABLES.members)
    .find((m) => m.spaceId === space.id && m.email === email);
  if (existing) return existing;
  return tx.put<MemberRow>(TABLES.members, {
    id: nextId(tx, 'mem'),
    spaceId: space.id,
    email,
    name,
    phone: null,
    company: null,
    bio: null,
    photoUrl: null,
    locale: space.defaultLocale,
    termsAcceptedVersion: null,
    createdAt: instant(space, now),
    lastLoginAt: null,
  });
}

export const authHandlers = defineHandlers({
  requestCode: ({body, space, now, transaction}) =>
    transaction((tx) => {
      const email = normalizeEmail(body.email);
      const lock = otpLockState(failuresOf(tx, space.id, email), now);
      if (lock.locked) throw lockedOut(lock.retryAfterSeconds);
      const code = randomCode();
      // Anyone may ask: an unknown email becomes a member when the code is verified, and the
      // answer is the same either way, so it reveals nothing about who is a member.
      const challenge = tx.put<OtpChallengeRow>(TABLES.otpChallenges, {
        id: nextId(tx, 'otp'),
        spaceId: space.id,
        email,
        code,
        sentAtMs: now,
        usedAt: null,
      });
      tx.put<MailRow>(TABLES.mails, {
        id: nextId(tx, 'mail'),
        spaceId: space.id,
        to: email,
        subject: `Your ${space.name} login code: ${code}`,
        text: `Your code is ${code}. It works once, for 10 minutes. If you did not ask for it, ignore this mail.`,
        code,
        sentAt: instant(space, now),
      });
      return {challengeId: challenge.id, expiresAt: instant(space, now + OTP_TTL_MS)};
    }),

  verifyCode: ({body, space, now, transaction}) => {
    // A wrong code must be remembered even though the request fails, so the transaction
    // returns the refusal instead of throwing it (a throw would roll the failure back).
    const outcome = transaction((tx): {refusal: ProblemError} | {result: AuthResult} => {
      const challenge = tx.get<OtpChallengeRow>(TABLES.otpChallenges, body.challengeId);
      if (!challenge || challenge.spaceId !== space.id) {
        return {
          refusal: problem('invalid_code', 'That code is not valid; ask for a new one.'),
        };
      }
      const failures = failuresOf(tx, space.id, challenge.email);
      const lock = otpLockState(failures, now);
      if (lock.locked) return {refusal: lockedOut(lock.retryAfterSeconds)};
      if (challenge.usedAt !== null || isOtpExpired(challenge.sentAtMs, now)) {
        return {
          refusal: problem(
            'code_expired',
            'That code has expired or was already used; ask for a new one.',
          ),
        };
      }
      if (!sameCode(body.code, challenge.code)) {
        recordFailure(tx, space.id, challenge.email, now);
        const after = otpLockState([...failures, now], now);
        if (after.locked) return {refusal: lockedOut(after.retryAfterSeconds)};
        return {
          refusal: problem('invalid_code', 'That code is not right; check the mail and try again.'),
        };
      }
      tx.put<OtpChallengeRow>(TABLES.otpChallenges, {...challenge, usedAt: instant(space, now)});
      const name = challenge.email.split('@')[0] ?? challenge.email;
      return {
        result: openSession(tx, space, memberFor(tx, space, challenge.email, name, now), now),
      };
    });
    if ('refusal' in outcome) throw outcome.refusal;
    return outcome.result;
  },

  acceptInvitation: ({params, space, now, transaction}) =>
    transaction((tx) => {
      const invitation = tx.get<InvitationRow>(TABLES.invitations, params.token);
      const valid =
        invitation !== undefined &&
        invitation.spaceId === space.id &&
        invitation.acceptedAt === null &&
        Date.parse(invitation.expiresAt) > now;
      if (!valid)
        throw problem('invitation_invalid', 'This invitation is unknown, expired or already used.');
      tx.put<InvitationRow>(TABLES.invitations, {...invitation, acceptedAt: instant(space, now)});
      return openSession(
        tx,
        space,
        memberFor(tx, space, invitation.email, invitation.name, now),
        now,
      );
    }),

  logout: ({session, transaction}) => {
    transaction((tx) => tx.delete(TABLES.sessions, session.id));
  },
});
