import {PorticoMembershipCard} from './membership-card.component.js';

export {PorticoMembershipCard};

PorticoMembershipCard.define('portico-membership-card');

declare global {
  interface HTMLElementTagNameMap {
    'portico-membership-card': PorticoMembershipCard;
  }
}
