import './book-views.js';
import {html} from 'lit';
import {msg} from '../../i18n/index.js';
import type {PortalPage} from '../portal-page.js';

/** The calendar, and the floor plan as a second tab; read-only for a visitor. */
export const page: PortalPage = {
  render: ({locale, heading, signedIn, bookSlot}) => html`
    ${heading(msg(locale, 'portal.page.book'))}
    <portico-portal-book ?readonly=${!signedIn} .initialSlot=${bookSlot}></portico-portal-book>
  `,
};
