import {collapse, harnessWithParts} from '../internal/element.harness.js';
import type {PorticoLogin} from './login.component.js';

/** Reads and drives a `<portico-login>` the way a member does (see PorticoCreditBalanceHarness). */
export class PorticoLoginHarness extends harnessWithParts<PorticoLogin>()({
  texts: {
    message: 'message',
    /** The heading of a signed-in step: "Accept the terms of use", "Welcome, Ada Lovelace". */
    heading: 'heading',
    privacy: 'privacy',
    /** The lockout notice and its countdown (`Too many wrong codes … Try again in 19:42.`). */
    lockout: 'lockout',
    inputLabel: 'label',
  },
  buttons: {
    submitButton: 'button',
    resendButton: 'resend-button',
    changeEmailButton: 'change-email-button',
    invitationButton: 'invitation-button',
    skipButton: 'skip-button',
    logoutButton: 'logout-button',
  },
  inputs: {
    /** The field the member types in now (email, then code). */
    input: 'input',
    nameInput: 'name-input',
    phoneInput: 'phone-input',
    companyInput: 'company-input',
    termsCheckbox: 'terms-checkbox',
  },
}) {
  protected override readonly timeout = 3_000;
  protected override readonly settleFirst = true;

  get headingElement(): HTMLElement | null {
    return this.part('heading');
  }

  get termsLink(): HTMLAnchorElement | null {
    return this.part<HTMLAnchorElement>('terms-link');
  }

  /** The countdown alone (`Try again in 19:42.`). */
  get countdown(): string {
    return collapse(this.root.querySelector('[role="timer"]')?.textContent);
  }

  /** Types into the current field, as a member would (one `input` event). */
  async type(value: string): Promise<void> {
    const input = this.input;
    if (!input) throw new Error('No field is shown');
    await this.fill(input, value);
  }

  /** Replaces a field's value, as typing or pasting would. */
  async fill(input: HTMLInputElement | null, value: string): Promise<void> {
    input?.focus();
    await this.typeInto(input, value, 'The field is not shown');
  }

  /** Submits the current form with its button and waits for the step to finish. */
  async submit(): Promise<void> {
    const button = this.submitButton;
    if (!button) throw new Error('No form is shown');
    await this.press(button);
  }

  /** Clicks `button` and waits until nothing is busy any more. */
  async press(button: HTMLButtonElement | null): Promise<void> {
    if (!button) throw new Error('The button is not shown');
    button.click();
    await this.settled(); // renders the busy state, if the form was valid
    // The next step renders a new form, so ask for the current buttons each time.
    await this.until((h) => !h.busy);
  }

  async logOut(): Promise<void> {
    const button = this.logoutButton;
    if (!button) throw new Error('Nobody is logged in');
    button.click();
    await this.until((h) => h.logoutButton === null);
  }

  private get busy(): boolean {
    return [this.submitButton, this.invitationButton, this.logoutButton, this.resendButton].some(
      (button) => button?.getAttribute('aria-busy') === 'true',
    );
  }
}
