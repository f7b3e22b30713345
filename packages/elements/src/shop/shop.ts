import {PorticoShop} from './shop.component.js';

export {PorticoShop};

PorticoShop.define('portico-shop');

declare global {
  interface HTMLElementTagNameMap {
    'portico-shop': PorticoShop;
  }
}
