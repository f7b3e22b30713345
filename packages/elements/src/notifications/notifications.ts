import {PorticoNotifications} from './notifications.component.js';

export {PorticoNotifications};

PorticoNotifications.define('portico-notifications');

declare global {
  interface HTMLElementTagNameMap {
    'portico-notifications': PorticoNotifications;
  }
}
