import '../../billing/billing.js';
import {html} from 'lit';
import {msg} from '../../i18n/index.js';
import type {PortalPage} from '../portal-page.js';

/** Invoices, paying what is due, payment methods, billing details and the statement. */
export const page: PortalPage = {
  render: ({locale, heading}) => html`
    ${heading(msg(locale, 'portal.page.billing'))}
    <portico-billing></portico-billing>
  `,
};
