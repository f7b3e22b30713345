import {PorticoPortal} from './portal.component.js';

export {PorticoPortal};

PorticoPortal.define('portico-portal');

declare global {
  interface HTMLElementTagNameMap {
    'portico-portal': PorticoPortal;
  }
}
