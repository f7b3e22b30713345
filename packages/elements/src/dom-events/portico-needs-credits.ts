/**
 * An action needs more credits than the member has (the quote says they fall short, or a
 * booking answered 402 `insufficient_credits`) and the member chose "Buy credits". Cancelable:
 * a host page that sells credits its own way calls `preventDefault()`; otherwise a
 * `<portico-shop>` on the page opens on its credit packs. `required` is what the
 * action costs, `available` what the member has; `selection` is the time being booked, to
 * come back to after buying (a calendar's `initialSlot`).
 */
export type PorticoNeedsCreditsEvent = CustomEvent<{
  required: number;
  available: number;
  selection: {resourceId: string; start: string; end: string} | null;
}>;

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-needs-credits': PorticoNeedsCreditsEvent;
  }
}
