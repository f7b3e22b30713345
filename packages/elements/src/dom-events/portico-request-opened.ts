import type {HelpRequest} from '@portico/sdk';

/** The member opened a help request. */
export type PorticoRequestOpenedEvent = CustomEvent<{request: HelpRequest}>;

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-request-opened': PorticoRequestOpenedEvent;
  }
}
