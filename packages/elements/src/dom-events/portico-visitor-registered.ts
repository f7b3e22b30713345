import type {Visitor} from '@portico/sdk';

/** The member registered a visitor (the front desk now expects them). */
export type PorticoVisitorRegisteredEvent = CustomEvent<{visitor: Visitor}>;

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-visitor-registered': PorticoVisitorRegisteredEvent;
  }
}
