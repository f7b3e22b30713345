import {PorticoCreditBalance} from './credit-balance.component.js';

export {PorticoCreditBalance};

PorticoCreditBalance.define('portico-credit-balance');

declare global {
  interface HTMLElementTagNameMap {
    'portico-credit-balance': PorticoCreditBalance;
  }
}
