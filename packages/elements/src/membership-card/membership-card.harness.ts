import {collapse, PorticoElementHarness} from '../internal/element.harness.js';
import type {PorticoMembershipCard} from './membership-card.component.js';

/**
 * Reads and drives a `<portico-membership-card>` the way a member sees it, so tests (ours and a
 * host page's) do not depend on its shadow DOM.
 */
export class PorticoMembershipCardHarness extends PorticoElementHarness<PorticoMembershipCard> {
  protected override readonly timeout = 3_000;
  protected override readonly settleFirst = true;

  get planName(): string {
    return this.partText('plan-name');
  }

  /** The status badge as a screen reader reads it, e.g. `Status: Active`. */
  get status(): string {
    return this.partText('status');
  }

  get statusBadge(): HTMLElement | null {
    return this.part('status');
  }

  get validity(): string {
    return this.partText('validity');
  }

  get nextBilling(): string {
    return this.partText('next-billing');
  }

  /** The usage line as shown (`Usage 4 of 10 entries used`), or `Unlimited access`. */
  get usage(): string {
    return this.partText('usage');
  }

  get progressBar(): HTMLElement | null {
    return this.root.querySelector('[role="progressbar"]');
  }

  get benefits(): string[] {
    return this.texts(this.part('benefits')?.querySelectorAll('li'));
  }

  get historyButton(): HTMLButtonElement | null {
    return this.part<HTMLButtonElement>('history-button');
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
    return this.partText('current-plan');
  }

  /** "Changes to Resident on 31 Mar" or "Ends on 30 Mar", or ''. */
  get scheduled(): string {
    return this.partText('scheduled');
  }

  get undoButton(): HTMLButtonElement | null {
    return this.part<HTMLButtonElement>('undo-button');
  }

  get awaiting(): string {
    return this.partText('awaiting');
  }

  get payButton(): HTMLButtonElement | null {
    return this.part<HTMLButtonElement>('pay-button');
  }

  get cancelButton(): HTMLButtonElement | null {
    return this.part<HTMLButtonElement>('cancel-button');
  }

  /** Whom to contact where plan changes go through the front desk, or ''. */
  get contact(): string {
    return this.partText('contact');
  }

  /** The confirmation step's whole text as laid out (list items apart), or '' when none is open. */
  get confirmation(): string {
    return collapse(this.part('confirm')?.innerText);
  }

  get confirmButton(): HTMLButtonElement | null {
    return this.part<HTMLButtonElement>('confirm-button');
  }

  get backButton(): HTMLButtonElement | null {
    return this.part<HTMLButtonElement>('back-button');
  }

  /** The outcome of the last action, or ''. */
  get notice(): string {
    return this.partText('notice');
  }

  /** Presses "Confirm" once the quote is shown, and waits for the confirmation to close. */
  async confirm(): Promise<void> {
    await this.until((h) => h.confirmButton !== null);
    this.confirmButton!.click();
    await this.until((h) => h.confirmation === '' || h.notice !== '');
  }

  /** Presses the history button and waits for the panel to show or hide. */
  async toggleHistory(): Promise<void> {
    await this.clickShown(this.historyButton, 'No history button is shown');
  }

  /** Presses "Choose" on the plan named `name` (a member: the confirmation opens). */
  async choose(name: string): Promise<void> {
    const button = this.chooseButtons.find((each) => collapse(each.textContent).endsWith(name));
    await this.clickShown(button ?? null, `No plan named ${name} is offered`);
  }
}
