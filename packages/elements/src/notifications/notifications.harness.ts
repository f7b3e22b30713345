import type {PorticoNotifications} from './notifications.component.js';

/** One notification as a member sees it. */
export interface NotificationView {
  id: string;
  kind: string;
  title: string;
  body: string;
  unread: boolean;
}

/** Reads and drives a `<portico-notifications>` the way a member does. */
export class PorticoNotificationsHarness {
  constructor(readonly element: PorticoNotifications) {}

  async settled(): Promise<void> {
    await this.element.updateComplete;
  }

  /** Waits until `predicate` holds (data arrives asynchronously), or fails after `timeout`. */
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

  /** The whole visible text, whitespace collapsed. */
  get text(): string {
    return collapse(this.part('base')?.textContent);
  }

  /** The text screen readers are told about (the `role="status"` line). */
  get announcement(): string {
    return collapse(this.root.querySelector('[role="status"]')?.textContent);
  }

  get isLoading(): boolean {
    return this.part('base')?.getAttribute('aria-busy') === 'true';
  }

  /** The list is shown (ready, with or without notifications). */
  get isReady(): boolean {
    return this.part('heading') !== null;
  }

  /** The unread badge (`2 unread`), or '' when nothing is unread. */
  get badge(): string {
    return collapse(this.part('badge')?.textContent);
  }

  get error(): string {
    return collapse(this.part('error')?.textContent);
  }

  /** The empty list's sentence. */
  get empty(): string {
    return collapse(this.root.querySelector('.notifications__empty')?.textContent);
  }

  /** The notifications shown, newest first. */
  get items(): NotificationView[] {
    return this.itemElements.map((li) => ({
      id: li.dataset.id ?? '',
      kind: collapse(li.querySelector('.notifications__kind')?.textContent),
      title: collapse(li.querySelector('.notifications__item-title')?.textContent),
      body: collapse(li.querySelector('.notifications__body')?.textContent),
      unread: li.part.contains('unread'),
    }));
  }

  /** The titles shown, newest first. */
  get titles(): string[] {
    return this.items.map((item) => item.title);
  }

  get itemElements(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('[part~="item"]')];
  }

  get markAllButton(): HTMLButtonElement | null {
    return this.part('mark-all-button') as HTMLButtonElement | null;
  }

  get moreButton(): HTMLButtonElement | null {
    return this.part('more-button') as HTMLButtonElement | null;
  }

  get retryButton(): HTMLButtonElement | null {
    return this.part('retry-button') as HTMLButtonElement | null;
  }

  /** The "Mark as read" button of the notification titled `title`. */
  markReadButton(title: string): HTMLButtonElement | null {
    const item = this.itemElements.find(
      (li) => collapse(li.querySelector('.notifications__item-title')?.textContent) === title,
    );
    return (item?.querySelector('[part~="mark-read-button"]') as HTMLButtonElement | null) ?? null;
  }

  /** Marks the notification titled `title` read, as a pointer would. */
  async markRead(title: string): Promise<void> {
    const button = this.markReadButton(title);
    if (!button) throw new Error(`No "Mark as read" button for "${title}"`);
    button.click();
    await this.settled();
  }

  /** Presses "Mark all as read", as a pointer would. */
  async markAllRead(): Promise<void> {
    const button = this.markAllButton;
    if (!button) throw new Error('No "Mark all as read" button is shown');
    button.click();
    await this.settled();
  }

  part(name: string): HTMLElement | null {
    return this.root.querySelector(`[part~="${name}"]`);
  }
}

function collapse(text: string | null | undefined): string {
  // ASCII whitespace only: a no-break space inside a date is part of what the member sees.
  return (text ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
}
