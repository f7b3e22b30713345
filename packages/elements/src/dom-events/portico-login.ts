import type {Profile} from '@portico/sdk';

/** The member logged in; `isNew` is true the first time this email logs in. */
export type PorticoLoginEvent = CustomEvent<{member: Profile; isNew: boolean}>;

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-login': PorticoLoginEvent;
  }
}
