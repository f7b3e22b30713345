/** Digits in a one-time login code. */
export const OTP_LENGTH = 6;
/** How long a code works after it is sent. */
export const OTP_TTL_MS = 10 * 60_000;
/** Wrong codes within {@link OTP_FAILURE_WINDOW_MS} that lock the email. */
export const OTP_MAX_FAILURES = 5;
export const OTP_FAILURE_WINDOW_MS = 20 * 60_000;
/** How long a lock lasts, counted from the first failure of the window that caused it. */
export const OTP_LOCK_MS = 20 * 60_000;

export interface OtpLockState {
  locked: boolean;
  /** Whole seconds until codes are accepted again (for `Retry-After`); 0 when not locked. */
  retryAfterSeconds: number;
}

/**
 * Whether an email is locked out at `now`, given the epoch ms of its wrong codes: any
 * {@link OTP_MAX_FAILURES} failures less than {@link OTP_FAILURE_WINDOW_MS} apart lock it until
 * {@link OTP_LOCK_MS} after the first of them. The window slides: failures from before a
 * lock still count afterwards while they are in the window. Failures after `now` are ignored.
 */
export function otpLockState(failures: readonly number[], now: number): OtpLockState {
  const past = failures.filter((at) => at <= now).sort((a, b) => a - b);
  let lockedUntil = -Infinity;
  for (let i = 0; i + OTP_MAX_FAILURES - 1 < past.length; i++) {
    const first = past[i] as number;
    const last = past[i + OTP_MAX_FAILURES - 1] as number;
    if (last - first < OTP_FAILURE_WINDOW_MS)
      lockedUntil = Math.max(lockedUntil, first + OTP_LOCK_MS);
  }
  if (now >= lockedUntil) return {locked: false, retryAfterSeconds: 0};
  return {locked: true, retryAfterSeconds: Math.ceil((lockedUntil - now) / 1000)};
}

/** Whether a code sent at `sentAt` (epoch ms) has stopped working at `now`. */
export function isOtpExpired(sentAt: number, now: number): boolean {
  return now >= sentAt + OTP_TTL_MS;
}
