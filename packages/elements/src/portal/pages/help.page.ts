import '../../helpdesk/helpdesk.js';
import {html} from 'lit';
import {msg} from '../../i18n/index.js';
import type {PortalPage} from '../portal-page.js';

export const page: PortalPage = {
  render: ({locale, heading}) => html`
    ${heading(msg(locale, 'portal.page.help'))}
    <portico-helpdesk></portico-helpdesk>
  `,
};
