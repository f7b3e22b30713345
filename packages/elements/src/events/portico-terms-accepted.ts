import type {Member} from '@portico/sdk';

/** The signed-in member accepted the space's current terms of use (`version`). */
export type PorticoTermsAcceptedEvent = CustomEvent<{member: Member; version: string}>;

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-terms-accepted': PorticoTermsAcceptedEvent;
  }
}
