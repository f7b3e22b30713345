import type {ReactiveController, ReactiveControllerHost} from 'lit';

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
