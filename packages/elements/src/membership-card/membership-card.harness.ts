import {collapse, harnessWithParts} from '../internal/element.harness.js';
import type {PorticoMembershipCard} from './membership-card.component.js';

/**
 * Reads and drives a `<portico-membership-card>` the way a member sees it, so tests (ours and a
 * host page's) do not depend on its shadow DOM.
 */
export class PorticoMembershipCardHarness extends harnessWithParts<PorticoMembershipCard>()({
  texts: {
    planName: 'plan-name',
    /** The status badge as a screen reader reads it, e.g. `Status: Active`. */
    status: 'status',
    validity: 'validity',
    nextBilling: 'next-billing',
    /** The usage line as shown (`Usage 4 of 10 entries used`), or `Unlimited access`. */
    usage: 'usage',
    /** The plan marked "Your plan" in the list (its text), or '' when none is. */
    currentPlan: 'current-plan',
    /** "Changes to Resident on 31 Mar" or "Ends on 30 Mar", or ''. */
    scheduled: 'scheduled',
    awaiting: 'awaiting',
    /** Whom to contact where plan changes go through the front desk, or ''. */
    contact: 'contact',
    /** The outcome of the last action, or ''. */
    notice: 'notice',
  },
  buttons: {
    historyButton: 'history-button',
    undoButton: 'undo-button',
    payButton: 'pay-button',
    cancelButton: 'cancel-button',
    confirmButton: 'confirm-button',
    backButton: 'back-button',
  },
  every: {
    /** One text per membership in the history. */
    historyItems: 'history-item',
    /** One text per plan on offer. */
    plans: 'plan',
  },
  listItems: {
    benefits: 'benefits',
  },
}) {
  protected override readonly timeout = 3_000;
  protected override readonly settleFirst = true;

  get statusBadge(): HTMLElement | null {
    return this.part('status');
  }

  get progressBar(): HTMLElement | null {
    return this.root.querySelector('[role="progressbar"]');
  }

  get historyPanel(): HTMLElement | null {
    return this.part('history');
  }

  get chooseButtons(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('[part~="choose-button"]')];
  }

  /** The confirmation step's whole text as laid out (list items apart), or '' when none is open. */
  get confirmation(): string {
    return collapse(this.part('confirm')?.innerText);
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
