import './community-tabs.js';
import {html} from 'lit';
import {msg} from '../../i18n/index.js';
import type {PortalPage} from '../portal-page.js';

/** Events · Members · Posts: the tabs of the parts the space runs (the page hides without any). */
export const page: PortalPage = {
  render: ({locale, heading, features, communityTab}) => html`
    ${heading(msg(locale, 'portal.page.community'))}
    <portico-portal-community .features=${features} .tab=${communityTab}></portico-portal-community>
  `,
};
