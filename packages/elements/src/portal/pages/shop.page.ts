import '../../shop/shop.js';
import {html} from 'lit';
import {msg} from '../../i18n/index.js';
import type {PortalPage} from '../portal-page.js';

/** The shop (under the page's heading, so without its own); a visitor browses and is asked to sign in to buy. */
export const page: PortalPage = {
  render: ({locale, heading, shopCategory}) => html`
    ${heading(msg(locale, 'portal.page.shop'))}
    <portico-shop category=${shopCategory} label=""></portico-shop>
  `,
};
