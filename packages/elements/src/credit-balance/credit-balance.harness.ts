import {collapse, harnessWithParts} from '../internal/element.harness.js';
import type {PorticoCreditBalance} from './credit-balance.component.js';

/**
 * Reads and drives a `<portico-credit-balance>` the way a member sees it, so tests (ours and
 * a host page's) do not depend on its shadow DOM.
 */
export class PorticoCreditBalanceHarness extends harnessWithParts<PorticoCreditBalance>()({
  texts: {
    total: 'total',
    label: 'label',
    expiry: 'expiry',
    /** The signed-out state's text (without the slot's default button). */
    message: 'message',
  },
  buttons: {
    buyButton: 'buy-button',
    historyButton: 'history-button',
    moreButton: 'more-button',
  },
  listItems: {
    /** One entry per bucket row, e.g. `Membership · 30 credits expires on 30 Nov`. */
    buckets: 'buckets',
    /** One entry per movement of the open history: `Booking … −2 balance 59 credits`. */
    history: 'history',
  },
}) {
  protected override readonly timeout = 3_000;

  /**
   * The open history's movements as a member reads them: what (`Booking`), what for
   * (`L'Atelier, Wed 11 Mar, 14:00`), when, the change (`−2`), and how far the change's right
   * edge sits from its row's (0 when it is aligned on the right).
   */
  get historyEntries(): {
    reason: string;
    subject: string;
    when: string;
    amount: string;
    amountRightGap: number;
  }[] {
    return [...(this.part('history')?.querySelectorAll('li') ?? [])].map((li) => {
      const amount = li.querySelector('.credit-balance__amount');
      return {
        reason: collapse(li.querySelector('.credit-balance__strong')?.textContent),
        subject: collapse(li.querySelector('.credit-balance__subject')?.textContent),
        when: collapse(li.querySelector('time')?.textContent),
        amount: collapse(amount?.textContent),
        amountRightGap: amount
          ? Math.abs(li.getBoundingClientRect().right - textRight(amount))
          : Infinity,
      };
    });
  }

  /** Opens (or closes) the history, as a pointer would. */
  async toggleHistory(): Promise<void> {
    await this.clickShown(this.historyButton, 'No history button is shown');
  }

  /** Clicks Retry, as a pointer would. */
  async clickRetry(): Promise<void> {
    const button = this.retryButton;
    if (!button) throw new Error('No Retry button is shown');
    button.focus();
    button.click();
    await this.settled();
  }
}

/** The right edge of an element's text itself (not of its box, which a grid may stretch). */
function textRight(element: Element): number {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range.getBoundingClientRect().right;
}
