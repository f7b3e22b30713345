import {PorticoEvents} from './events.component.js';

export {PorticoEvents};

PorticoEvents.define('portico-events');

declare global {
  interface HTMLElementTagNameMap {
    'portico-events': PorticoEvents;
  }
}
