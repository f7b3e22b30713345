import {PorticoLogin} from './login.component.js';

export {PorticoLogin};

PorticoLogin.define('portico-login');

declare global {
  interface HTMLElementTagNameMap {
    'portico-login': PorticoLogin;
  }
}
