import {collapse, PorticoElementHarness} from '../internal/element.harness.js';
import type {PorticoDirectory} from './directory.component.js';

/** One member's card as another member sees it. */
export interface MemberView {
  id: string;
  name: string;
  subtitle: string;
  skills: string[];
  links: string[];
  canWrite: boolean;
  /** "Show email" is offered (the member shows it on request). */
  canAskEmail: boolean;
  /** The email once shown. */
  email: string;
}

/** Reads and drives a `<portico-directory>` the way a member does. */
export class PorticoDirectoryHarness extends PorticoElementHarness<PorticoDirectory> {
  /** The search and the list (or its empty sentence) are shown. */
  get isReady(): boolean {
    return this.part('search') !== null && this.part('base')?.getAttribute('aria-busy') !== 'true';
  }

  get cards(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('[part~="member"]')];
  }

  get members(): MemberView[] {
    return this.cards.map((li) => ({
      id: li.dataset.id ?? '',
      name: collapse(li.querySelector('.directory__name')?.textContent),
      subtitle: collapse(li.querySelector('.directory__subtitle')?.textContent),
      skills: this.texts(li.querySelectorAll('[part~="skill"]')),
      links: this.texts(li.querySelectorAll('.directory__links a')),
      canWrite: li.querySelector('[part~="message-button"]') !== null,
      canAskEmail: li.querySelector('[part~="email-button"]') !== null,
      email: collapse(li.querySelector('[part~="email"]')?.textContent),
    }));
  }

  get names(): string[] {
    return this.members.map((m) => m.name);
  }

  get empty(): string {
    return collapse(this.root.querySelector('.directory__empty')?.textContent);
  }

  /** The options of a filter (`skill` or `company`), as labelled. */
  options(filter: 'skill' | 'company'): string[] {
    return this.texts(this.part(`${filter}-filter`)?.querySelectorAll('option'));
  }

  /** Types into the search field (the search runs after a short pause). */
  async search(text: string): Promise<void> {
    await this.typeInto(this.part<HTMLInputElement>('search'), text, 'no search field');
  }

  async filter(filter: 'skill' | 'company', value: string): Promise<void> {
    const select = this.part<HTMLSelectElement>(`${filter}-filter`)!;
    select.value = value;
    select.dispatchEvent(new Event('change', {bubbles: true, composed: true}));
    await this.settled();
  }

  async clickSkill(name: string, skill: string): Promise<void> {
    const button = [
      ...(this.card(name)?.querySelectorAll<HTMLButtonElement>('[part~="skill"]') ?? []),
    ].find((b) => collapse(b.textContent) === skill);
    await this.clickShown(button ?? null, `no skill "${skill}" on ${name}'s card`);
  }

  async clear(): Promise<void> {
    await this.clickShown(this.part('clear-button'), 'no "Clear filters" button');
  }

  /** `name`'s card. */
  card(name: string): HTMLElement | undefined {
    return this.cards.find(
      (c) => collapse(c.querySelector('.directory__name')?.textContent) === name,
    );
  }

  /** Opens the message form on `name`'s card. */
  async write(name: string): Promise<void> {
    await this.clickShown(
      this.card(name)?.querySelector<HTMLElement>('[part~="message-button"]') ?? null,
      `no "Send a message" for ${name}`,
    );
  }

  /** Presses "Show email" on `name`'s card. */
  async showEmail(name: string): Promise<void> {
    await this.clickShown(
      this.card(name)?.querySelector<HTMLElement>('[part~="email-button"]') ?? null,
      `no "Show email" for ${name}`,
    );
  }

  get textarea(): HTMLTextAreaElement | null {
    return this.root.querySelector('.directory__textarea');
  }

  /** Types `text` in the open message form and presses Send. */
  async send(text: string): Promise<void> {
    await this.typeInto(this.textarea, text, 'no message form');
    await this.clickShown(this.part('send-button'), 'no Send button');
  }

  async cancel(): Promise<void> {
    await this.clickShown(this.part('cancel-button'), 'no Cancel button');
  }

  async more(): Promise<void> {
    await this.clickShown(this.part('more-button'), 'no "Show more members" button');
  }
}
