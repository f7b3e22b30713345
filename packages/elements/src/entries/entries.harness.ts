import {PorticoElementHarness} from '../internal/element.harness.js';
import type {PorticoEntries} from './entries.component.js';

/** Reads and drives a `<portico-entries>` the way a member does. */
export class PorticoEntriesHarness extends PorticoElementHarness<PorticoEntries> {
  /** "6 of 10 entries left". */
  get remaining(): string {
    return this.partText('remaining');
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
    return this.part<HTMLButtonElement>('check-in-button');
  }

  get reason(): string {
    return this.partText('reason');
  }

  get history(): string[] {
    return this.texts(this.part('history')?.querySelectorAll('li'));
  }

  get plan(): string {
    return this.partText('plan');
  }

  async checkIn(): Promise<void> {
    await this.clickShown(this.checkInButton, 'No check-in button');
  }
}
