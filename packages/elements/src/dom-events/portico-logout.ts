/** The member logged out with the element's button. */
export type PorticoLogoutEvent = CustomEvent<Record<PropertyKey, never>>;

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-logout': PorticoLogoutEvent;
  }
}
