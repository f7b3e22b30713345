import '../../membership-card/membership-card.js';
import {html} from 'lit';
import {msg} from '../../i18n/index.js';
import type {PortalPage} from '../portal-page.js';

/** The current membership with its history and payments, and the plans on offer. */
export const page: PortalPage = {
  render: ({locale, heading}) => html`
    ${heading(msg(locale, 'portal.page.membership'))}
    <portico-membership-card history-open></portico-membership-card>
    <section class="portal__section" aria-label=${msg(locale, 'portal.availablePlans')}>
      <portico-membership-card plans-only></portico-membership-card>
    </section>
  `,
};
