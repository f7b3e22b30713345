import {PorticoEntries} from './entries.component.js';

export {PorticoEntries};

PorticoEntries.define('portico-entries');

declare global {
  interface HTMLElementTagNameMap {
    'portico-entries': PorticoEntries;
  }
}
