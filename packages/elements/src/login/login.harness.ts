import type {PorticoLogin} from './login.component.js';

/** Reads and drives a `<portico-login>` the way a member does (see PorticoCreditBalanceHarness). */
export class PorticoLoginHarness {
  constructor(readonly element: PorticoLogin) {}

  async settled(): Promise<void> {
    await this.element.updateComplete;
  }

  get text(): string {
    return collapse(this.part('base')?.textContent);
  }

  get error(): string {
    return collapse(this.part('error')?.textContent);
  }

  get message(): string {
    return collapse(this.part('message')?.textContent);
  }

  /** The heading of a signed-in step: "Accept the terms of use", "Welcome, Ada Lovelace". */
  get heading(): string {
    return collapse(this.part('heading')?.textContent);
  }

  get headingElement(): HTMLElement | null {
    return this.part('heading');
  }

  /** What the element's polite live region says. */
  get announcement(): string {
    return collapse(this.root.querySelector('[role="status"]')?.textContent);
  }

  get privacy(): string {
    return collapse(this.part('privacy')?.textContent);
  }

  get termsLink(): HTMLAnchorElement | null {
    return this.part('terms-link') as HTMLAnchorElement | null;
  }

  /** The lockout notice and its countdown (`Too many wrong codes … Try again in 19:42.`). */
  get lockout(): string {
    return collapse(this.part('lockout')?.textContent);
  }

  /** The countdown alone (`Try again in 19:42.`). */
  get countdown(): string {
    return collapse(this.root.querySelector('[role="timer"]')?.textContent);
  }

  /** The field the member types in now (email, then code). */
  get input(): HTMLInputElement | null {
    return this.part('input') as HTMLInputElement | null;
  }

  get inputLabel(): string {
    return collapse(this.part('label')?.textContent);
  }

  get nameInput(): HTMLInputElement | null {
    return this.part('name-input') as HTMLInputElement | null;
  }

  get phoneInput(): HTMLInputElement | null {
    return this.part('phone-input') as HTMLInputElement | null;
  }

  get companyInput(): HTMLInputElement | null {
    return this.part('company-input') as HTMLInputElement | null;
  }

  get termsCheckbox(): HTMLInputElement | null {
    return this.part('terms-checkbox') as HTMLInputElement | null;
  }

  get submitButton(): HTMLButtonElement | null {
    return this.part('button') as HTMLButtonElement | null;
  }

  get resendButton(): HTMLButtonElement | null {
    return this.part('resend-button') as HTMLButtonElement | null;
  }

  get changeEmailButton(): HTMLButtonElement | null {
    return this.part('change-email-button') as HTMLButtonElement | null;
  }

  get invitationButton(): HTMLButtonElement | null {
    return this.part('invitation-button') as HTMLButtonElement | null;
  }

  get skipButton(): HTMLButtonElement | null {
    return this.part('skip-button') as HTMLButtonElement | null;
  }

  get logoutButton(): HTMLButtonElement | null {
    return this.part('logout-button') as HTMLButtonElement | null;
  }

  /** Types into the current field, as a member would (one `input` event). */
  async type(value: string): Promise<void> {
    const input = this.input;
    if (!input) throw new Error('No field is shown');
    await this.fill(input, value);
  }

  /** Replaces a field's value, as typing or pasting would. */
  async fill(input: HTMLInputElement | null, value: string): Promise<void> {
    if (!input) throw new Error('The field is not shown');
    input.focus();
    input.value = value;
    input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
    await this.settled();
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

  async until(predicate: (harness: this) => boolean, timeout = 3_000): Promise<void> {
    const deadline = performance.now() + timeout;
    await this.settled();
    while (!predicate(this)) {
      if (performance.now() > deadline)
        throw new Error(`Timed out; the element shows: "${this.text}"`);
      await new Promise((resolve) => setTimeout(resolve, 10));
      await this.settled();
    }
  }

  private get busy(): boolean {
    return [this.submitButton, this.invitationButton, this.logoutButton, this.resendButton].some(
      (button) => button?.getAttribute('aria-busy') === 'true',
    );
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
  return (text ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
}
