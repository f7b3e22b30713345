import type {Event as CommunityEvent, Registration} from '@portico/sdk';

/** The member registered for an event (a seat is theirs: registered, or an offered seat confirmed). */
export type PorticoEventRegisteredEvent = CustomEvent<{
  event: CommunityEvent;
  registration: Registration;
}>;

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-event-registered': PorticoEventRegisteredEvent;
  }
}
