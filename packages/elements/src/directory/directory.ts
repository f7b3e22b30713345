import {PorticoDirectory} from './directory.component.js';

export {PorticoDirectory};

PorticoDirectory.define('portico-directory');

declare global {
  interface HTMLElementTagNameMap {
    'portico-directory': PorticoDirectory;
  }
}
