/**
 * The member changed the shop's cart (added, removed, changed a quantity, or the cart was
 * emptied after an order). `items` is the whole cart afterwards; `count` the number of units.
 */
export type PorticoCartChangedEvent = CustomEvent<{
  items: readonly {productId: string; quantity: number}[];
  count: number;
}>;

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-cart-changed': PorticoCartChangedEvent;
  }
}
