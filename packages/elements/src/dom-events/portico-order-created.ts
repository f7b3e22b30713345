import type {Order} from '@portico/sdk';

/** The shop placed an order (status `pending_payment`, or `paid` when nothing was left to pay). */
export type PorticoOrderCreatedEvent = CustomEvent<{order: Order}>;

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-order-created': PorticoOrderCreatedEvent;
  }
}
