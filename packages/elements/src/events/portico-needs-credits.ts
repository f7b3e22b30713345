/**
 * An action needs more credits than the member has (a booking answered 402
 * `insufficient_credits`): the host page offers to buy a credit pack, e.g. shows
 * `<portico-product-shop>`. `required` is what the action costs, `available` what the member has.
 */
export type PorticoNeedsCreditsEvent = CustomEvent<{required: number; available: number}>;

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-needs-credits': PorticoNeedsCreditsEvent;
  }
}
