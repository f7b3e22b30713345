import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {normalizeEmail} from './login-rules.js';

/**
 * Re-renders its element once a second while a deadline it was told about lies ahead (the
 * resend cooldown, a lockout), so countdowns are live; idle otherwise.
 */
export class Ticker implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #until = 0;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Keeps ticking until `deadline` (ms since epoch) has passed. */
  track(deadline: number): void {
    this.#until = Math.max(this.#until, deadline);
    this.#start();
  }

  hostConnected(): void {
    this.#start();
  }

  hostDisconnected(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  #start(): void {
    if (this.#timer !== undefined || Date.now() >= this.#until) return;
    this.#timer = setInterval(() => {
      // One more update after the deadline, so the element shows that it has passed.
      if (Date.now() >= this.#until) this.hostDisconnected();
      this.#host.requestUpdate();
    }, 1000);
  }
}

/** The time left until `deadline`: `0:27`, `19:42`, `1:02:03`, rounded up to the second. */
export function formatCountdown(deadline: number, now = Date.now()): string {
  const total = Math.max(0, Math.ceil((deadline - now) / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  if (hours > 0) return `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`;
  return `${minutes}:${seconds}`;
}

/**
 * The two waits of the code step, each shown with a live countdown: the cooldown before
 * "Send a new code" works again, and the lock the server puts on an email after too many
 * wrong codes (its `Retry-After`).
 */
export class CodeWaits {
  /** When "Send a new code" works again (ms since epoch). */
  resendAt = 0;

  readonly #ticker: Ticker;
  #lock: {email: string; until: number} | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#ticker = new Ticker(host);
  }

  /** A code was sent: the next one waits `seconds`. */
  startCooldown(seconds: number): void {
    this.resendAt = Date.now() + seconds * 1000;
    this.#ticker.track(this.resendAt);
  }

  /** The server locked `email` for `seconds`. */
  lock(email: string, seconds: number): void {
    this.#lock = {email: normalizeEmail(email), until: Date.now() + seconds * 1000};
    this.#ticker.track(this.#lock.until);
  }

  /** A new code was sent: the lock no longer holds. */
  unlock(): void {
    this.#lock = undefined;
  }

  /** The end of the lock put on `email` (passed or not), if any. */
  lockedUntil(email: string): number | undefined {
    const lock = this.#lock;
    return lock && lock.email === normalizeEmail(email) ? lock.until : undefined;
  }

  isLocked(email: string): boolean {
    return Date.now() < (this.lockedUntil(email) ?? 0);
  }
}
