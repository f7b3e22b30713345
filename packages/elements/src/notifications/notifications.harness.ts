import {collapse, harnessWithParts} from '../internal/element.harness.js';
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
export class PorticoNotificationsHarness extends harnessWithParts<PorticoNotifications>()({
  texts: {
    /** The unread badge (`2 unread`), or '' when nothing is unread. */
    badge: 'badge',
  },
  buttons: {
    markAllButton: 'mark-all-button',
    moreButton: 'more-button',
  },
}) {
  /** The list is shown (ready, with or without notifications). */
  get isReady(): boolean {
    return this.part('heading') !== null;
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
    await this.clickShown(button, `No "Mark as read" button for "${title}"`);
  }

  /** Presses "Mark all as read", as a pointer would. */
  async markAllRead(): Promise<void> {
    await this.clickShown(this.markAllButton, 'No "Mark all as read" button is shown');
  }
}
