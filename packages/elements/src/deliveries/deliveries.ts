import {PorticoDeliveries} from './deliveries.component.js';

export {PorticoDeliveries};

PorticoDeliveries.define('portico-deliveries');

declare global {
  interface HTMLElementTagNameMap {
    'portico-deliveries': PorticoDeliveries;
  }
}
