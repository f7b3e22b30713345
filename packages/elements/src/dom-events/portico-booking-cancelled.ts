import type {BookingCancelled} from '@portico/sdk';

/** The member cancelled a booking: the cancelled booking and the refund the policy gave. */
export type PorticoBookingCancelledEvent = CustomEvent<BookingCancelled>;

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-booking-cancelled': PorticoBookingCancelledEvent;
  }
}
