import type {PorticoMembershipCard} from './membership-card.component.js';

/**
 * Reads and drives a `<portico-membership-card>` the way a member sees it, so tests (ours and a
 * host page's) do not depend on its shadow DOM.
 */
export class PorticoMembershipCardHarness {
  constructor(readonly element: PorticoMembershipCard) {}

  /** Resolves when the element has rendered its current state. */
  async settled(): Promise<void> {
    await this.element.updateComplete;
  }

  /** The whole visible text, whitespace collapsed. */
  get text(): string {
    return collapse(this.part('base')?.textContent);
  }

  /** What the card's live region says (the first `role="status"`). */
  get announcement(): string {
    return collapse(this.root.querySelector('[role="status"]')?.textContent);
  }

  get planName(): string {
    return collapse(this.part('plan-name')?.textContent);
  }

  /** The status badge as a screen reader reads it, e.g. `Status: Active`. */
  get status(): string {
    return collapse(this.part('status')?.textContent);
  }

  get statusBadge(): HTMLElement | null {
    return this.part('status');
  }

  get validity(): string {
    return collapse(this.part('validity')?.textContent);
  }

  get nextBilling(): string {
    return collapse(this.part('next-billing')?.textContent);
  }

  /** The usage line as shown (`Usage 4 of 10 entries used`), or `Unlimited access`. */
  get usage(): string {
    return collapse(this.part('usage')?.textContent);
  }

  get progressBar(): HTMLElement | null {
    return this.root.querySelector('[role="progressbar"]');
  }

  get benefits(): string[] {
    return this.texts(this.part('benefits')?.querySelectorAll('li'));
  }

  get historyButton(): HTMLButtonElement | null {
    return this.part('history-button') as HTMLButtonElement | null;
  }

  get historyPanel(): HTMLElement | null {
    return this.part('history');
  }

  /** One text per membership in the history. */
  get historyItems(): string[] {
    return this.texts(this.root.querySelectorAll('[part~="history-item"]'));
  }

  /** One text per plan on offer. */
  get plans(): string[] {
    return this.texts(this.root.querySelectorAll('[part~="plan"]'));
  }

  get chooseButtons(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('[part~="choose-button"]')];
  }

  /** The plan marked "Your plan" in the list (its text), or '' when none is. */
  get currentPlan(): string {
    return collapse(this.part('current-plan')?.textContent);
  }

  /** "Changes to Resident on 31 Mar" or "Ends on 30 Mar", or ''. */
  get scheduled(): string {
    return collapse(this.part('scheduled')?.textContent);
  }

  get undoButton(): HTMLButtonElement | null {
    return this.part('undo-button') as HTMLButtonElement | null;
  }

  get awaiting(): string {
    return collapse(this.part('awaiting')?.textContent);
  }

  get payButton(): HTMLButtonElement | null {
    return this.part('pay-button') as HTMLButtonElement | null;
  }

  get cancelButton(): HTMLButtonElement | null {
    return this.part('cancel-button') as HTMLButtonElement | null;
  }

  /** Whom to contact where plan changes go through the front desk, or ''. */
  get contact(): string {
    return collapse(this.part('contact')?.textContent);
  }

  /** The confirmation step's whole text as laid out (list items apart), or '' when none is open. */
  get confirmation(): string {
    return collapse(this.part('confirm')?.innerText);
  }

  get confirmButton(): HTMLButtonElement | null {
    return this.part('confirm-button') as HTMLButtonElement | null;
  }

  get backButton(): HTMLButtonElement | null {
    return this.part('back-button') as HTMLButtonElement | null;
  }

  /** The outcome of the last action, or ''. */
  get notice(): string {
    return collapse(this.part('notice')?.textContent);
  }

  /** The element focused inside the card. */
  get focused(): Element | null {
    return this.root.activeElement;
  }

  /** Presses "Confirm" once the quote is shown, and waits for the confirmation to close. */
  async confirm(): Promise<void> {
    await this.until((h) => h.confirmButton !== null);
    this.confirmButton!.click();
    await this.until((h) => h.confirmation === '' || h.notice !== '');
  }

  get error(): string {
    return collapse(this.part('error')?.textContent);
  }

  get retryButton(): HTMLButtonElement | null {
    return this.part('retry-button') as HTMLButtonElement | null;
  }

  get signInButton(): HTMLButtonElement | null {
    return this.part('sign-in-button') as HTMLButtonElement | null;
  }

  /** Presses the history button and waits for the panel to show or hide. */
  async toggleHistory(): Promise<void> {
    const button = this.historyButton;
    if (!button) throw new Error('No history button is shown');
    button.click();
    await this.settled();
  }

  /** Presses "Choose" on the plan named `name` (a member: the confirmation opens). */
  async choose(name: string): Promise<void> {
    const button = this.chooseButtons.find((each) => collapse(each.textContent).endsWith(name));
    if (!button) throw new Error(`No plan named ${name} is offered`);
    button.click();
    await this.settled();
  }

  /** Waits until `predicate` holds (data arrives asynchronously), or fails after `timeout`. */
  async until(predicate: (harness: this) => boolean, timeout = 3_000): Promise<void> {
    const deadline = performance.now() + timeout;
    await this.settled();
    while (!predicate(this)) {
      if (performance.now() > deadline) {
        throw new Error(`Timed out; the element shows: "${this.text}"`);
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
      await this.settled();
    }
  }

  private texts(nodes: Iterable<Element> | undefined): string[] {
    return [...(nodes ?? [])].map((node) => collapse(node.textContent));
  }

  private get root(): ShadowRoot {
    if (!this.element.shadowRoot) throw new Error('The element has not rendered');
    return this.element.shadowRoot;
  }

  private part(name: string): HTMLElement | null {
    return this.root.querySelector(`[part~="${name}"]`);
  }
}

function collapse(text: string | null | undefined): string {
  // ASCII whitespace only: a no-break space inside `1 234 €` is part of what the member sees.
  return (text ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
}
