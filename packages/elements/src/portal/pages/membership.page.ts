import '../../membership-card/membership-card.js';
import {html} from 'lit';
import {msg} from '../../i18n/index.js';
import type {PortalPage} from '../portal-page.js';

/**
 * The current membership with its history and payments. The card itself offers the plans:
 * to join, to change (the current one marked "Your plan") or to renew, so there is one list.
 */
export const page: PortalPage = {
  render: ({locale, heading, href, features}) => html`
    ${heading(msg(locale, 'portal.page.membership'))}
    <portico-membership-card
      history-open
      .invoicesHref=${features?.billing ? href('/billing') : undefined}
    ></portico-membership-card>
  `,
};
