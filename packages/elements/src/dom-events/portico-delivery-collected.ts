import type {Delivery} from '@portico/sdk';

/** The member marked a parcel collected. */
export type PorticoDeliveryCollectedEvent = CustomEvent<{delivery: Delivery}>;

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-delivery-collected': PorticoDeliveryCollectedEvent;
  }
}
