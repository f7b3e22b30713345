import type {PorticoEntries} from './entries.component.js';

/** Reads and drives a `<portico-entries>` the way a member does. */
export class PorticoEntriesHarness {
  constructor(readonly element: PorticoEntries) {}

  async settled(): Promise<void> {
    await this.element.updateComplete;
  }

  async until(predicate: (harness: this) => boolean, timeout = 4_000): Promise<void> {
    const deadline = performance.now() + timeout;
    while (!predicate(this)) {
      if (performance.now() > deadline) {
        throw new Error(`Timed out; the element shows: "${this.text}"`);
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
      await this.settled();
    }
  }

  get root(): ShadowRoot {
    if (!this.element.shadowRoot) throw new Error('The element has not rendered');
    return this.element.shadowRoot;
  }

  get text(): string {
    return collapse(this.part('base')?.textContent);
  }

  get announcement(): string {
    return collapse(this.root.querySelector('[role="status"]')?.textContent);
  }

  /** "6 of 10 entries left". */
  get remaining(): string {
    return collapse(this.part('remaining')?.textContent);
  }

  /** The progress bar's `aria-valuenow` / `aria-valuemax`. */
  get progress(): {used: number; total: number} | null {
    const bar = this.part('progress');
    if (!bar) return null;
    return {
      used: Number(bar.getAttribute('aria-valuenow')),
      total: Number(bar.getAttribute('aria-valuemax')),
    };
  }

  get checkInButton(): HTMLButtonElement | null {
    return this.part('check-in-button') as HTMLButtonElement | null;
  }

  get reason(): string {
    return collapse(this.part('reason')?.textContent);
  }

  get error(): string {
    return collapse(this.part('error')?.textContent);
  }

  get history(): string[] {
    return [...(this.part('history')?.querySelectorAll('li') ?? [])].map((li) =>
      collapse(li.textContent),
    );
  }

  get plan(): string {
    return collapse(this.part('plan')?.textContent);
  }

  async checkIn(): Promise<void> {
    const button = this.checkInButton;
    if (!button) throw new Error('No check-in button');
    button.click();
    await this.settled();
  }

  part(name: string): HTMLElement | null {
    return this.root.querySelector(`[part~="${name}"]`);
  }
}

function collapse(text: string | null | undefined): string {
  return (text ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
}
