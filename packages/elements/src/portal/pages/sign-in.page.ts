import '../../booking-calendar/booking-calendar.js';
import '../../login/login.js';
import '../../membership-card/membership-card.js';
import '../../shop/shop.js';
import {html} from 'lit';
import {msg} from '../../i18n/index.js';
import type {PortalPage} from '../portal-page.js';

/** Sign-in, and what a visitor may look at first: plans, rooms (read-only) and the shop. */
export const page: PortalPage = {
  render: ({locale, heading}) => html`
    ${heading(msg(locale, 'portal.page.signIn'))}
    <p class="portal__intro">${msg(locale, 'portal.signInIntro')}</p>
    <portico-login></portico-login>
    <section class="portal__section" aria-labelledby="browse-title">
      <h2 class="portal__section-title" id="browse-title">${msg(locale, 'portal.browse')}</h2>
      <p class="portal__intro">${msg(locale, 'portal.browseIntro')}</p>
      <portico-membership-card plans-only></portico-membership-card>
      <h3 class="portal__section-title">${msg(locale, 'portal.browseRooms')}</h3>
      <portico-booking-calendar readonly view="list"></portico-booking-calendar>
      <portico-shop></portico-shop>
    </section>
  `,
};
