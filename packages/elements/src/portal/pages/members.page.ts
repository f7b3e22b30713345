import '../../directory/directory.js';
import {html} from 'lit';
import {msg} from '../../i18n/index.js';
import type {PortalPage} from '../portal-page.js';

/** A visitor's Members page: the space's public listing (who chose to be listed to everyone). */
export const page: PortalPage = {
  render: ({locale, heading}) => html`
    ${heading(msg(locale, 'portal.page.members'))}
    <portico-directory hide-title></portico-directory>
  `,
};
