/**
 * The number of unread notifications changed (they loaded, one arrived live, or the member
 * read some). `unreadCount` is the new number: a host page shows it on its own bell icon.
 */
export type PorticoNotificationsChangedEvent = CustomEvent<{unreadCount: number}>;

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-notifications-changed': PorticoNotificationsChangedEvent;
  }
}
