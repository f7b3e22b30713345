import '../../events/events.js';
import {html} from 'lit';
import {msg} from '../../i18n/index.js';
import type {PortalPage} from '../portal-page.js';

/**
 * A visitor's Events page: the public events, registering with a name and email, and the
 * "Cancel your registration?" of a link from the confirmation mail (`?cancel-registration=`).
 */
export const page: PortalPage = {
  render: ({locale, heading}) => html`
    ${heading(msg(locale, 'portal.page.events'))}
    <portico-events hide-title cancel-key-from-url></portico-events>
  `,
};
