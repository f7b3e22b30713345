import {PorticoProductShop} from './product-shop.component.js';

export {PorticoProductShop};

PorticoProductShop.define('portico-product-shop');

declare global {
  interface HTMLElementTagNameMap {
    'portico-product-shop': PorticoProductShop;
  }
}
