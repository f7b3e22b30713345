import {harnessWithParts} from '../internal/element.harness.js';
import type {PorticoEvents} from './events.component.js';

/** Reads and drives a `<portico-events>` the way a member does. */
export class PorticoEventsHarness extends harnessWithParts<PorticoEvents>()({
  texts: {
    myStatus: 'my-status',
    notice: 'notice',
    total: 'total',
  },
  every: {
    /** The titles of the listed events, in order. */
    titles: 'open-button',
  },
}) {
  /** One listed card's text (title, time, place, price, seats, status). */
  card(title: string): string {
    const card = [...this.root.querySelectorAll('[part~="event"]')].find((li) =>
      li.querySelector('[part~="open-button"]')?.textContent?.includes(title),
    );
    return this.texts(card ? [card] : [])[0] ?? '';
  }

  get detailTitle(): string {
    return this.text.length
      ? (this.root.querySelector('#event-title')?.textContent?.trim() ?? '')
      : '';
  }

  get description(): HTMLElement | null {
    return this.part('description');
  }

  get calendarDays(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('[part~="calendar-day"]')];
  }

  button(part: string): HTMLButtonElement | null {
    return this.part<HTMLButtonElement>(part);
  }

  async press(part: string): Promise<void> {
    await this.clickShown(this.button(part), `No ${part}`);
  }

  /** Presses the button of `part` and waits for the notice it leads to (its outcome). */
  async pressForNotice(part: string): Promise<string> {
    await this.press(part);
    await this.until((h) => h.notice !== '');
    return this.notice;
  }

  async open(title: string): Promise<void> {
    const button = [...this.root.querySelectorAll<HTMLButtonElement>('[part~="open-button"]')].find(
      (b) => b.textContent?.includes(title),
    );
    await this.clickShown(button ?? null, `No event titled ${title}`);
    await this.until((h) => h.detailTitle === title);
  }

  /** A visitor types their name and email in an event's form and presses Register. */
  async registerAsVisitor(name: string, email: string): Promise<void> {
    for (const [part, value] of [
      ['visitor-name', name],
      ['visitor-email', email],
    ] as const) {
      const input = this.part<HTMLInputElement>(part);
      if (!input) throw new Error(`No ${part} field`);
      input.value = value;
      input.dispatchEvent(new InputEvent('input'));
    }
    await this.settled();
    await this.press('register-button');
  }

  async showView(label: string): Promise<void> {
    const button = [...this.root.querySelectorAll<HTMLButtonElement>('.events__view')].find(
      (b) => b.textContent?.trim() === label,
    );
    await this.clickShown(button ?? null, `No view ${label}`);
  }

  async pickCategory(value: string): Promise<void> {
    await this.select('category', value, 'No category filter');
  }

  async choosePayWith(value: string): Promise<void> {
    const radio = this.root.querySelector<HTMLInputElement>(`[part~="pay-with"][value="${value}"]`);
    if (!radio) throw new Error(`No pay-with option ${value}`);
    radio.click();
    await this.settled();
  }
}
