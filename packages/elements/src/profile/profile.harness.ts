import type {PorticoProfile} from './profile.component.js';

type Field = 'name' | 'phone' | 'company' | 'bio' | 'photo-url';

/** Reads and drives a `<portico-profile>` the way a member does. */
export class PorticoProfileHarness {
  constructor(readonly element: PorticoProfile) {}

  async settled(): Promise<void> {
    await this.element.updateComplete;
  }

  /** Waits until `predicate` holds, or fails after `timeout` with what the element shows. */
  async until(predicate: (harness: this) => boolean, timeout = 4_000): Promise<void> {
    const deadline = performance.now() + timeout;
    while (!predicate(this)) {
      if (performance.now() > deadline) {
        throw new Error(`Timed out; the element shows: "${this.text}"`);
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
      await this.settled();
    }
  }

  get root(): ShadowRoot {
    if (!this.element.shadowRoot) throw new Error('The element has not rendered');
    return this.element.shadowRoot;
  }

  get text(): string {
    return collapse(this.part('base')?.textContent);
  }

  get announcement(): string {
    return collapse(this.root.querySelector('[role="status"]')?.textContent);
  }

  get isReady(): boolean {
    return this.part('form') !== null;
  }

  input(field: Field): HTMLInputElement {
    const input = this.part(`${field}-input`) as HTMLInputElement | null;
    if (!input) throw new Error(`No ${field} field; the element shows: "${this.text}"`);
    return input;
  }

  get localeSelect(): HTMLSelectElement {
    return this.part('locale-select') as HTMLSelectElement;
  }

  /** The message under a field (`Enter your name.`), or ''. */
  fieldError(field: Field): string {
    const id = this.input(field).getAttribute('aria-describedby');
    const error = id ? this.root.getElementById(id) : null;
    return error?.classList.contains('profile__error') ? collapse(error.textContent) : '';
  }

  get saved(): string {
    return collapse(this.part('saved')?.textContent);
  }

  get error(): string {
    return collapse(this.part('error')?.textContent);
  }

  get saveButton(): HTMLButtonElement | null {
    return this.part('save-button') as HTMLButtonElement | null;
  }

  get signOutButton(): HTMLButtonElement | null {
    return this.part('sign-out-button') as HTMLButtonElement | null;
  }

  /** Types `value` into a field, as a member would (the field's own value, then `input`). */
  async type(field: Field, value: string): Promise<void> {
    const input = this.input(field);
    input.value = value;
    input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
    await this.settled();
  }

  async save(): Promise<void> {
    this.saveButton!.click();
    await this.settled();
  }

  /** "Subscribe in your calendar" (a `webcal://` link), once the feed is loaded. */
  get subscribeLink(): HTMLAnchorElement | null {
    return this.part('subscribe-link') as HTMLAnchorElement | null;
  }

  /** The feed's https link as shown in its read-only field, or ''. */
  get feedUrl(): string {
    return (this.part('feed-url') as HTMLInputElement | null)?.value ?? '';
  }

  /** What copying or resetting the feed link did, or ''. */
  get feedMessage(): string {
    return collapse(this.part('feed-message')?.textContent);
  }

  /** Presses one of the feed's buttons: copy, reset, reset-confirm or reset-keep. */
  async press(button: 'copy' | 'reset' | 'reset-confirm' | 'reset-keep'): Promise<void> {
    const element = this.part(`${button}-button`);
    if (!element) throw new Error(`No ${button} button; the element shows: "${this.text}"`);
    element.click();
    await this.settled();
  }

  part(name: string): HTMLElement | null {
    return this.root.querySelector(`[part~="${name}"]`);
  }
}

function collapse(text: string | null | undefined): string {
  return (text ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
}
