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

  /** The field the member types in now (email, then code). */
  get input(): HTMLInputElement | null {
    return this.part('input') as HTMLInputElement | null;
  }

  get inputLabel(): string {
    return collapse(this.part('label')?.textContent);
  }

  get submitButton(): HTMLButtonElement | null {
    return this.part('button') as HTMLButtonElement | null;
  }

  get logoutButton(): HTMLButtonElement | null {
    return this.part('logout-button') as HTMLButtonElement | null;
  }

  /** Types into the current field, as a member would (one `input` event). */
  async type(value: string): Promise<void> {
    const input = this.input;
    if (!input) throw new Error('No field is shown');
    input.focus();
    input.value = value;
    input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
    await this.settled();
  }

  /** Submits the current form with its button and waits for the step to finish. */
  async submit(): Promise<void> {
    const button = this.submitButton;
    if (!button) throw new Error('No form is shown');
    button.click();
    await this.settled(); // renders the busy state, if the form was valid
    // The next step renders a new form, so ask for the current button each time.
    await this.until((h) => h.submitButton?.getAttribute('aria-disabled') !== 'true');
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

  private part(name: string): HTMLElement | null {
    return this.element.shadowRoot?.querySelector(`[part~="${name}"]`) ?? null;
  }
}

function collapse(text: string | null | undefined): string {
  return (text ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
}
