import {harnessWithParts} from '../internal/element.harness.js';
import type {PorticoDeliveries} from './deliveries.component.js';

/** Reads and drives a `<portico-deliveries>` the way a member does. */
export class PorticoDeliveriesHarness extends harnessWithParts<PorticoDeliveries>()({
  texts: {
    /** "2 parcels waiting" ('' when none). */
    count: 'count',
    /** What arrived while the page was open. */
    news: 'news',
  },
  every: {
    /** Each waiting parcel's text. */
    waiting: 'parcel',
  },
  listItems: {
    /** Each collected parcel's line. */
    history: 'history',
  },
}) {
  collectButton(index = 0): HTMLButtonElement | null {
    return this.root.querySelectorAll<HTMLButtonElement>('[part~="collect-button"]')[index] ?? null;
  }

  /** Presses "Mark collected" on the `index`th waiting parcel. */
  async collect(index = 0): Promise<void> {
    await this.clickShown(this.collectButton(index), 'No "Mark collected" button');
  }
}
