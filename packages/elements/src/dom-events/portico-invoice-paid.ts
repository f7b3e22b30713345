import type {InvoicePayment} from '@portico/sdk';

/** Invoices were paid from `<portico-billing>` (after the bank's confirmation when it asked). */
export type PorticoInvoicePaidEvent = CustomEvent<{payment: InvoicePayment}>;

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-invoice-paid': PorticoInvoicePaidEvent;
  }
}
