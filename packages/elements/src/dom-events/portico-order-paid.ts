import type {Order} from '@portico/sdk';

/** An order was paid from the shop (credit packs are already in the member's balance). */
export type PorticoOrderPaidEvent = CustomEvent<{order: Order}>;

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-order-paid': PorticoOrderPaidEvent;
  }
}
