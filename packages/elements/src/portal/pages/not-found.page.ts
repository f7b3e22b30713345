import {html} from 'lit';
import {msg} from '../../i18n/index.js';
import type {PortalPage} from '../portal-page.js';

export const page: PortalPage = {
  render: ({locale, heading, href}) => html`
    ${heading(msg(locale, 'portal.page.notFound'))}
    <p class="portal__intro">${msg(locale, 'portal.notFoundText')}</p>
    <p><a class="portal__more" href=${href('/')}>${msg(locale, 'portal.home')}</a></p>
  `,
};
