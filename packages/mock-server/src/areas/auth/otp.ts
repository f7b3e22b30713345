/**
 * One-time codes: sent by mail (the dev mailbox), 6 digits, valid 10 minutes, single use; 5
 * wrong codes within 20 minutes lock the email for 20 minutes from the first of them.
 */
import {
  OTP_FAILURE_WINDOW_MS,
  OTP_LOCK_MS,
  OTP_TTL_MS,
  isOtpExpired,
  otpLockState,
} from '@portico/sdk/domain';
import {problem} from '../../problem.js';
import type {ProblemError} from '../../problem.js';
import type {Transaction} from '../../state/db.js';
import {nextId, randomCode} from '../../state/ids.js';
import {instant} from '../../state/lookups.js';
import type {MailRow, OtpChallengeRow, OtpFailureRow, SpaceRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

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

/**
 * Sends a code to `email` (a mail in the dev mailbox). Anyone may ask: an unknown email becomes
 * a member when the code is verified, and the answer is the same either way, so it reveals
 * nothing about who is a member.
 */
export function sendCode(
  tx: Transaction,
  space: SpaceRow,
  email: string,
  now: number,
): {challengeId: string; expiresAt: string} {
  const lock = otpLockState(failuresOf(tx, space.id, email), now);
  if (lock.locked) throw lockedOut(lock.retryAfterSeconds);
  const code = randomCode();
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
}

/**
 * Checks a code against its challenge: the email it logs in, or the refusal. A wrong code is
 * recorded as a failure, so the caller's transaction must commit even when it refuses.
 */
export function checkCode(
  tx: Transaction,
  space: SpaceRow,
  challengeId: string,
  code: string,
  now: number,
): {refusal: ProblemError} | {email: string} {
  const challenge = tx.get<OtpChallengeRow>(TABLES.otpChallenges, challengeId);
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
  if (!sameCode(code, challenge.code)) {
    recordFailure(tx, space.id, challenge.email, now);
    const after = otpLockState([...failures, now], now);
    if (after.locked) return {refusal: lockedOut(after.retryAfterSeconds)};
    return {
      refusal: problem('invalid_code', 'That code is not right; check the mail and try again.'),
    };
  }
  tx.put<OtpChallengeRow>(TABLES.otpChallenges, {...challenge, usedAt: instant(space, now)});
  return {email: challenge.email};
}
