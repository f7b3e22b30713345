import {PorticoProfile} from './profile.component.js';

export {PorticoProfile};

PorticoProfile.define('portico-profile');

declare global {
  interface HTMLElementTagNameMap {
    'portico-profile': PorticoProfile;
  }
}
