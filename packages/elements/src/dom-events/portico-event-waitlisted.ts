import type {Event as CommunityEvent, Registration} from '@portico/sdk';

/** The seats were gone: the member joined the event's waitlist (`registration.waitlistPosition`). */
export type PorticoEventWaitlistedEvent = CustomEvent<{
  event: CommunityEvent;
  registration: Registration;
}>;

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-event-waitlisted': PorticoEventWaitlistedEvent;
  }
}
