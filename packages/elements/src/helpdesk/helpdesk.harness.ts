import {harnessWithParts} from '../internal/element.harness.js';
import type {PorticoHelpdesk} from './helpdesk.component.js';

/** Reads and drives a `<portico-helpdesk>` the way a member does. */
export class PorticoHelpdeskHarness extends harnessWithParts<PorticoHelpdesk>()({
  texts: {
    news: 'news',
  },
  every: {
    /** Each request in the list: its text. */
    requests: 'request-link',
    /** Each message of the open request. */
    messages: 'message',
  },
}) {
  /** Each guide's title line. */
  get guides(): string[] {
    return this.texts(this.root.querySelectorAll('[part~="guide"] summary'));
  }

  /** The open request's heading. */
  get requestTitle(): string {
    return this.normal(this.root.querySelector('#request-title')?.textContent);
  }

  /** The form's field errors, in order. */
  get fieldErrors(): string[] {
    return this.texts(this.root.querySelectorAll('.helpdesk__field-error'));
  }

  get suggestions(): string[] {
    return this.texts(this.part('suggestions')?.querySelectorAll('summary'));
  }

  protected normal(text: string | null | undefined): string {
    return (text ?? '').replace(/\s+/g, ' ').trim();
  }

  /** Opens the request whose subject starts with `subject`. */
  async openRequest(subject: string): Promise<void> {
    const link = [...this.root.querySelectorAll<HTMLElement>('[part~="request-link"]')].find((el) =>
      this.normal(el.textContent).startsWith(subject),
    );
    await this.clickShown(link ?? null, `No request "${subject}"`);
  }

  async press(part: string): Promise<void> {
    await this.clickShown(this.part(part), `No ${part}`);
  }

  /** Opens the new-request form and types its subject and description. */
  async startRequest(subject: string, description: string): Promise<void> {
    await this.press('new-request-button');
    await this.type('subject-input', subject);
    await this.type('description-input', description);
  }

  /** Types into a field or textarea of the shown form (firing `input`). */
  async type(part: string, value: string): Promise<void> {
    const field = this.part<HTMLInputElement | HTMLTextAreaElement>(part);
    if (!field) throw new Error(`No ${part}. ${this.describe()}`);
    field.value = value;
    field.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
  }

  /** Picks `files` in the photos field. */
  pickPhotos(files: File[]): void {
    const input = this.part<HTMLInputElement>('photos-input');
    if (!input) throw new Error(`No photos field. ${this.describe()}`);
    const transfer = new DataTransfer();
    for (const file of files) transfer.items.add(file);
    input.files = transfer.files;
  }

  /** Opens the guide whose title starts with `title`. */
  async openGuide(title: string): Promise<HTMLDetailsElement> {
    const guide = [...this.root.querySelectorAll<HTMLDetailsElement>('[part~="guide"]')].find(
      (el) => this.normal(el.querySelector('summary')?.textContent).startsWith(title),
    );
    if (!guide) throw new Error(`No guide "${title}". ${this.describe()}`);
    guide.querySelector('summary')!.click();
    await this.settled();
    return guide;
  }
}
