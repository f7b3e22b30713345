import {collapse, harnessWithParts} from '../internal/element.harness.js';
import type {PorticoPosts} from './posts.component.js';

/** One post of the list as a member sees it. */
export interface PostView {
  id: string;
  title: string;
  category: string;
  pinned: boolean;
  unread: boolean;
}

/** Reads and drives a `<portico-posts>` the way a member does. */
export class PorticoPostsHarness extends harnessWithParts<PorticoPosts>()({
  texts: {
    badge: 'badge',
  },
}) {
  /** The list is shown. */
  get isReady(): boolean {
    return this.part('heading') !== null;
  }

  /** A post is open and loaded. */
  get isOpen(): boolean {
    return this.part('post') !== null;
  }

  get items(): PostView[] {
    return [...this.root.querySelectorAll<HTMLElement>('[part~="item"]')].map((li) => ({
      id: li.dataset.id ?? '',
      title: collapse(li.querySelector('[part~="open-button"]')?.textContent),
      category: collapse(li.querySelector('.posts__category')?.textContent),
      pinned: li.part.contains('pinned'),
      unread: li.part.contains('unread'),
    }));
  }

  get titles(): string[] {
    return this.items.map((item) => item.title);
  }

  /** The category buttons and which one is pressed. */
  get categories(): {labels: string[]; pressed: string} {
    const buttons = [...this.root.querySelectorAll<HTMLButtonElement>('[part~="category"]')];
    return {
      labels: buttons.map((b) => collapse(b.textContent)),
      pressed: collapse(buttons.find((b) => b.ariaPressed === 'true')?.textContent),
    };
  }

  async chooseCategory(label: string): Promise<void> {
    const button = [...this.root.querySelectorAll<HTMLButtonElement>('[part~="category"]')].find(
      (b) => collapse(b.textContent) === label,
    );
    await this.clickShown(button ?? null, `no category "${label}"`);
  }

  async open(title: string): Promise<void> {
    const button = [...this.root.querySelectorAll<HTMLButtonElement>('[part~="open-button"]')].find(
      (b) => collapse(b.textContent) === title,
    );
    await this.clickShown(button ?? null, `no post "${title}"`);
  }

  /** The open post's title. */
  get postTitle(): string {
    return collapse(this.root.querySelector('.posts__post-title')?.textContent);
  }

  /** The open post's body, as rendered. */
  get body(): HTMLElement | null {
    return this.root.querySelector('.posts__body');
  }

  /** The replies shown: author, text, and whether it is hidden by the space. */
  get replies(): {author: string; body: string; hidden: boolean}[] {
    return [...this.root.querySelectorAll<HTMLElement>('[part~="reply"]')].map((li) => ({
      author: collapse(li.querySelector('.posts__reply-author')?.textContent),
      body: collapse(li.querySelector('.posts__reply-body')?.textContent),
      hidden: li.querySelector('.posts__hidden-note') !== null,
    }));
  }

  get replyForm(): HTMLFormElement | null {
    return this.part<HTMLFormElement>('reply-form');
  }

  get textarea(): HTMLTextAreaElement | null {
    return this.root.querySelector('.posts__textarea');
  }

  /** Types `text` into the reply field and presses Reply. */
  async reply(text: string): Promise<void> {
    await this.typeInto(this.textarea, text, 'no reply form');
    await this.clickShown(this.part('reply-button'), 'no Reply button');
  }

  get deleteButtons(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('[part~="delete-button"]')];
  }

  async back(): Promise<void> {
    await this.clickShown(this.part('back-button'), 'no back button');
  }

  async more(): Promise<void> {
    await this.clickShown(this.part('more-button'), 'no "Show older posts" button');
  }
}
