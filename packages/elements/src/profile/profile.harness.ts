import {collapse, harnessWithParts} from '../internal/element.harness.js';
import type {PorticoProfile} from './profile.component.js';

type Field = 'name' | 'phone' | 'company' | 'bio' | 'photo-url';

/** Reads and drives a `<portico-profile>` the way a member does. */
export class PorticoProfileHarness extends harnessWithParts<PorticoProfile>()({
  texts: {
    saved: 'saved',
    /** What copying or resetting the feed link did, or ''. */
    feedMessage: 'feed-message',
    directoryMessage: 'directory-message',
  },
  buttons: {
    saveButton: 'save-button',
    signOutButton: 'sign-out-button',
  },
}) {
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

  /** Types `value` into a field, as a member would (the field's own value, then `input`). */
  async type(field: Field, value: string): Promise<void> {
    await this.typeInto(this.input(field), value, `No ${field} field`);
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

  /** Presses one of the feed's buttons: copy, reset, reset-confirm or reset-keep. */
  async press(button: 'copy' | 'reset' | 'reset-confirm' | 'reset-keep'): Promise<void> {
    const element = this.part(`${button}-button`);
    await this.clickShown(element, `No ${button} button; the element shows: "${this.text}"`);
  }

  /** The "Member directory" section's form, once loaded. */
  get directoryForm(): HTMLFormElement | null {
    return this.part<HTMLFormElement>('directory-form');
  }

  /** The chosen visibility: `hidden`, `members` or `public`. */
  get visibility(): string {
    return (
      this.directoryForm?.querySelector<HTMLInputElement>('[name="visibility"]:checked')?.value ??
      ''
    );
  }

  /** Fills the directory form as a member would, then presses its Save. */
  async saveDirectory(changes: {
    visibility?: string;
    role?: string;
    skills?: string;
    hide?: string[];
    link?: [string, string];
    /** Ticks (or unticks) "Show my email to a member who asks". */
    revealsEmail?: boolean;
  }): Promise<void> {
    const form = this.directoryForm;
    if (!form) throw new Error('no directory form');
    if (changes.visibility)
      form.querySelector<HTMLInputElement>(`[value="${changes.visibility}"]`)!.click();
    if (changes.role !== undefined)
      form.querySelector<HTMLInputElement>('[name="role"]')!.value = changes.role;
    if (changes.skills !== undefined)
      form.querySelector<HTMLInputElement>('[name="skills"]')!.value = changes.skills;
    for (const field of changes.hide ?? [])
      form.querySelector<HTMLInputElement>(`[name="field-${field}"]`)!.checked = false;
    if (changes.revealsEmail !== undefined) {
      const box = form.querySelector<HTMLInputElement>('[name="reveals-email"]')!;
      if (box.checked !== changes.revealsEmail) box.click();
    }
    if (changes.link) {
      form.querySelector<HTMLInputElement>('[name="link-label-0"]')!.value = changes.link[0];
      form.querySelector<HTMLInputElement>('[name="link-url-0"]')!.value = changes.link[1];
    }
    await this.clickShown(this.part('directory-save-button'), 'no directory Save button');
  }
}
