import type {PorticoCreditBalance} from './credit-balance.component.js';

/**
 * Reads and drives a `<portico-credit-balance>` the way a member sees it, so tests (ours and
 * a host page's) do not depend on its shadow DOM.
 */
export class PorticoCreditBalanceHarness {
  constructor(readonly element: PorticoCreditBalance) {}

  /** Resolves when the element has rendered its current state. */
  async settled(): Promise<void> {
    await this.element.updateComplete;
  }

  /** The whole visible text, whitespace collapsed (`42 credits 12 credits expire on …`). */
  get text(): string {
    return collapse(this.part('base')?.textContent);
  }

  /** The text screen readers are told about (the `role="status"` line). */
  get announcement(): string {
    return collapse(this.root.querySelector('[role="status"]')?.textContent);
  }

  get total(): string {
    return collapse(this.part('total')?.textContent);
  }

  get label(): string {
    return collapse(this.part('label')?.textContent);
  }

  get expiry(): string {
    return collapse(this.part('expiry')?.textContent);
  }

  get error(): string {
    return collapse(this.part('error')?.textContent);
  }

  /** One entry per bucket row, e.g. `Membership · 30 credits expires on 30 Nov`. */
  get buckets(): string[] {
    return [...(this.part('buckets')?.querySelectorAll('li') ?? [])].map((li) =>
      collapse(li.textContent),
    );
  }

  get isLoading(): boolean {
    return this.part('base')?.getAttribute('aria-busy') === 'true';
  }

  /** The signed-out state's text (without the slot's default button). */
  get message(): string {
    return collapse(this.part('message')?.textContent);
  }

  get buyButton(): HTMLButtonElement | null {
    return this.part('buy-button') as HTMLButtonElement | null;
  }

  /** The signed-out state's default "Sign in" button. */
  get signInButton(): HTMLButtonElement | null {
    return this.part('sign-in-button') as HTMLButtonElement | null;
  }

  get historyButton(): HTMLButtonElement | null {
    return this.part('history-button') as HTMLButtonElement | null;
  }

  get moreButton(): HTMLButtonElement | null {
    return this.part('more-button') as HTMLButtonElement | null;
  }

  /** One entry per movement of the open history: `Booking … −2 balance 59 credits`. */
  get history(): string[] {
    return [...(this.part('history')?.querySelectorAll('li') ?? [])].map((li) =>
      collapse(li.textContent),
    );
  }

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
    const button = this.historyButton;
    if (!button) throw new Error('No history button is shown');
    button.click();
    await this.settled();
  }

  get retryButton(): HTMLButtonElement | null {
    return this.part('retry-button') as HTMLButtonElement | null;
  }

  /** Clicks Retry, as a pointer would. */
  async clickRetry(): Promise<void> {
    const button = this.retryButton;
    if (!button) throw new Error('No Retry button is shown');
    button.focus();
    button.click();
    await this.settled();
  }

  /** Waits until `predicate` holds (data arrives asynchronously), or fails after `timeout`. */
  async until(predicate: (harness: this) => boolean, timeout = 3_000): Promise<void> {
    const deadline = performance.now() + timeout;
    while (!predicate(this)) {
      if (performance.now() > deadline) {
        throw new Error(`Timed out; the element shows: "${this.text}"`);
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
      await this.settled();
    }
  }

  private get root(): ShadowRoot {
    if (!this.element.shadowRoot) throw new Error('The element has not rendered');
    return this.element.shadowRoot;
  }

  private part(name: string): HTMLElement | null {
    return this.root.querySelector(`[part~="${name}"]`);
  }
}

/** The right edge of an element's text itself (not of its box, which a grid may stretch). */
function textRight(element: Element): number {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range.getBoundingClientRect().right;
}

function collapse(text: string | null | undefined): string {
  // ASCII whitespace only: a no-break space inside `1 234` is part of what the member sees.
  return (text ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
}
