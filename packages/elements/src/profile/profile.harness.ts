import {collapse, PorticoElementHarness} from '../internal/element.harness.js';
import type {PorticoProfile} from './profile.component.js';

type Field = 'name' | 'phone' | 'company' | 'bio' | 'photo-url';

/** Reads and drives a `<portico-profile>` the way a member does. */
export class PorticoProfileHarness extends PorticoElementHarness<PorticoProfile> {
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
    return this.partText('saved');
  }

  get saveButton(): HTMLButtonElement | null {
    return this.part<HTMLButtonElement>('save-button');
  }

  get signOutButton(): HTMLButtonElement | null {
    return this.part<HTMLButtonElement>('sign-out-button');
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
    return this.part<HTMLAnchorElement>('subscribe-link');
  }

  /** The feed's https link as shown in its read-only field, or ''. */
  get feedUrl(): string {
    return this.part<HTMLInputElement>('feed-url')?.value ?? '';
  }

  /** What copying or resetting the feed link did, or ''. */
  get feedMessage(): string {
    return this.partText('feed-message');
  }

  /** Presses one of the feed's buttons: copy, reset, reset-confirm or reset-keep. */
  async press(button: 'copy' | 'reset' | 'reset-confirm' | 'reset-keep'): Promise<void> {
    const element = this.part(`${button}-button`);
    await this.clickShown(element, `No ${button} button; the element shows: "${this.text}"`);
  }
}
