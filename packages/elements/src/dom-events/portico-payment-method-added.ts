import type {PaymentMethod} from '@portico/sdk';

/** The member saved a card or a bank account in `<portico-billing>`. */
export type PorticoPaymentMethodAddedEvent = CustomEvent<{paymentMethod: PaymentMethod}>;

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-payment-method-added': PorticoPaymentMethodAddedEvent;
  }
}
