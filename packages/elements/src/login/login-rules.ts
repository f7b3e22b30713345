import {OTP_FAILURE_WINDOW_MS, OTP_LENGTH, OTP_MAX_FAILURES} from '@portico/sdk/domain';

/**
 * A code as the member typed or pasted it, without the spaces and dashes mails and phones
 * put in (`123 456`, `123-456`), or undefined when it is not {@link OTP_LENGTH} digits.
 */
export function normalizeCode(typed: string): string | undefined {
  const code = typed.replace(/[\s-]/g, '');
  return code.length === OTP_LENGTH && /^\d+$/.test(code) ? code : undefined;
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/**
 * Wrong codes per email, to tell the member how many tries are left. The server does not say
 * (it answers `invalid_code`, then `too_many_attempts` at the lock), so this counts the way the
 * domain's OTP rule does: {@link OTP_MAX_FAILURES} wrong codes within
 * {@link OTP_FAILURE_WINDOW_MS} lock the email. A reload forgets the count; the server's lock
 * answer stays the authority.
 */
export class WrongCodes {
  readonly #byEmail = new Map<string, number[]>();

  /** Records a wrong code for `email` and answers how many tries are left before the lock. */
  record(email: string, now = Date.now()): number {
    const key = normalizeEmail(email);
    const recent = (this.#byEmail.get(key) ?? []).filter((at) => now - at < OTP_FAILURE_WINDOW_MS);
    recent.push(now);
    this.#byEmail.set(key, recent);
    return Math.max(0, OTP_MAX_FAILURES - recent.length);
  }

  /** The email signed in: its count starts over. */
  clear(email: string): void {
    this.#byEmail.delete(normalizeEmail(email));
  }
}
