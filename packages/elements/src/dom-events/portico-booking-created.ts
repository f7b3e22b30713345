import type {BookingCreated} from '@portico/sdk';

/**
 * A booking was made (every occurrence of a recurring one): what the server answered,
 * including each booking's status (`confirmed`, or `pending_approval`) and the credits left.
 */
export type PorticoBookingCreatedEvent = CustomEvent<BookingCreated>;

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-booking-created': PorticoBookingCreatedEvent;
  }
}
