import '../../deliveries/deliveries.js';
import {html} from 'lit';
import {msg} from '../../i18n/index.js';
import type {PortalPage} from '../portal-page.js';

export const page: PortalPage = {
  render: ({locale, heading}) => html`
    ${heading(msg(locale, 'portal.page.deliveries'))}
    <portico-deliveries></portico-deliveries>
  `,
};
