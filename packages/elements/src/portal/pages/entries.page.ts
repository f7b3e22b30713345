import '../../entries/entries.js';
import {html} from 'lit';
import {msg} from '../../i18n/index.js';
import type {PortalPage} from '../portal-page.js';

export const page: PortalPage = {
  render: ({locale, heading}) => html`
    ${heading(msg(locale, 'portal.page.entries'))}
    <portico-entries></portico-entries>
  `,
};
