/**
 * The member asked to buy credits (the credit balance's "Buy credits"). Cancelable: a host
 * page that sells credits its own way calls `preventDefault()`; otherwise a
 * `<portico-shop>` on the page opens on its credit packs.
 */
export type PorticoBuyCreditsEvent = CustomEvent<Record<PropertyKey, never>>;

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-buy-credits': PorticoBuyCreditsEvent;
  }
}
