import type {Profile} from '@portico/sdk';

/** The member saved their profile (name, phone, company); `member` is the saved profile. */
export type PorticoProfileUpdatedEvent = CustomEvent<{member: Profile}>;

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-profile-updated': PorticoProfileUpdatedEvent;
  }
}
