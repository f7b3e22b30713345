import {PorticoVisitors} from './visitors.component.js';

export {PorticoVisitors};

PorticoVisitors.define('portico-visitors');

declare global {
  interface HTMLElementTagNameMap {
    'portico-visitors': PorticoVisitors;
  }
}
