import type {Profile} from '@portico/sdk';

/** The signed-in member accepted the space's current terms of use (`version`). */
export type PorticoTermsAcceptedEvent = CustomEvent<{member: Profile; version: string}>;

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-terms-accepted': PorticoTermsAcceptedEvent;
  }
}
