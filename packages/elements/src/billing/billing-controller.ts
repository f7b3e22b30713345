import {HostController} from '../internal/host-controller.js';
import type {BillingNotice} from './billing-format.js';
import type {PayHost} from './pay-controller.js';

/**
 * What the controllers of the billing actions share (pay, a saved card, the details,
 * auto-pay): each action ends with an outcome, a {@link BillingNotice} shown under what it was
 * about and said to screen readers.
 */
export abstract class BillingController<
  State extends {notice: BillingNotice | undefined},
> extends HostController<PayHost, State> {
  /** Ends an action: `text` becomes the notice, with `changes` in the same render, and is said. */
  protected tell(tone: BillingNotice['tone'], text: string, changes: Partial<State>): void {
    this.set({...changes, notice: {tone, text}});
    this.host.announce(text);
  }
}
