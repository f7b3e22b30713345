/**
 * The member selected a time in `<portico-booking-calendar>` (click, drag or Enter): the
 * resource and the snapped range, ISO instants with the space's offset. `issue` is null when
 * the range can be booked, else the reason it cannot (`busy`, `duration_out_of_range`, …).
 */
export type PorticoSlotSelectedEvent = CustomEvent<{
  resourceId: string;
  start: string;
  end: string;
  issue: string | null;
}>;

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-slot-selected': PorticoSlotSelectedEvent;
  }
}
