import '../../booking-calendar/booking-calendar.js';
import {html} from 'lit';
import {msg} from '../../i18n/index.js';
import type {PortalPage} from '../portal-page.js';

/** The calendar; read-only for a visitor. */
export const page: PortalPage = {
  render: ({locale, heading, signedIn, bookSlot}) => html`
    ${heading(msg(locale, 'portal.page.book'))}
    <portico-booking-calendar
      ?readonly=${!signedIn}
      .initialSlot=${bookSlot}
    ></portico-booking-calendar>
  `,
};
