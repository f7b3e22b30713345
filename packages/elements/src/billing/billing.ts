import {PorticoBilling} from './billing.component.js';

export {PorticoBilling};

PorticoBilling.define('portico-billing');

declare global {
  interface HTMLElementTagNameMap {
    'portico-billing': PorticoBilling;
  }
}
