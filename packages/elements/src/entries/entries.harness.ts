import {harnessWithParts} from '../internal/element.harness.js';
import type {PorticoEntries} from './entries.component.js';

/** Reads and drives a `<portico-entries>` the way a member does. */
export class PorticoEntriesHarness extends harnessWithParts<PorticoEntries>()({
  texts: {
    /** "6 of 10 entries left". */
    remaining: 'remaining',
    reason: 'reason',
    plan: 'plan',
  },
  buttons: {
    checkInButton: 'check-in-button',
  },
  listItems: {
    history: 'history',
  },
}) {
  /** The progress bar's `aria-valuenow` / `aria-valuemax`. */
  get progress(): {used: number; total: number} | null {
    const bar = this.part('progress');
    if (!bar) return null;
    return {
      used: Number(bar.getAttribute('aria-valuenow')),
      total: Number(bar.getAttribute('aria-valuemax')),
    };
  }

  async checkIn(): Promise<void> {
    await this.clickShown(this.checkInButton, 'No check-in button');
  }
}
