import {harnessWithParts} from '../internal/element.harness.js';
import type {PorticoVisitors} from './visitors.component.js';

type Field = 'name' | 'company' | 'email' | 'day' | 'time' | 'note';

/** Reads and drives a `<portico-visitors>` the way a member does. */
export class PorticoVisitorsHarness extends harnessWithParts<PorticoVisitors>()({
  texts: {
    news: 'news',
    outcome: 'outcome',
  },
  every: {
    /** Each expected visitor's text. */
    upcoming: 'visitor',
  },
  listItems: {
    /** Each past visit's text. */
    past: 'past',
  },
}) {
  get form(): HTMLFormElement | null {
    return this.part<HTMLFormElement>('form');
  }

  /** Each field's error, by field. */
  get fieldErrors(): string[] {
    return this.texts(this.root.querySelectorAll('.visitors__field-error'));
  }

  /** The `index`th expected visitor's button of `part` (change, cancel, confirm-cancel, keep). */
  visitorButton(part: string, index = 0): HTMLButtonElement | null {
    const visitor = this.root.querySelectorAll('[part~="visitor"]')[index];
    return visitor?.querySelector<HTMLButtonElement>(`[part~="${part}-button"]`) ?? null;
  }

  async pressVisitorButton(part: string, index = 0): Promise<void> {
    await this.clickShown(this.visitorButton(part, index), `No ${part} button`);
  }

  async openForm(): Promise<void> {
    await this.clickShown(this.part('register-button'), 'No "Register a visitor" button');
  }

  /** Types into the form's fields (replacing what they hold). */
  async fill(values: Partial<Record<Field, string>>): Promise<void> {
    for (const [field, value] of Object.entries(values)) {
      const input = this.part<HTMLInputElement>(`${field}-input`);
      if (!input) throw new Error(`No ${field} field. ${this.describe()}`);
      input.value = value;
      input.dispatchEvent(new Event('input', {bubbles: true}));
    }
  }

  async save(): Promise<void> {
    await this.clickShown(this.part('save-button'), 'No save button');
  }

  async closeForm(): Promise<void> {
    await this.clickShown(this.part('close-button'), 'No close button');
  }
}
