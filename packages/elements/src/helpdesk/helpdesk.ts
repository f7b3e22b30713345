import {PorticoHelpdesk} from './helpdesk.component.js';

export {PorticoHelpdesk};

PorticoHelpdesk.define('portico-helpdesk');

declare global {
  interface HTMLElementTagNameMap {
    'portico-helpdesk': PorticoHelpdesk;
  }
}
