import '../../credit-balance/credit-balance.js';
import '../../entries/entries.js';
import '../../membership-card/membership-card.js';
import '../../notifications/notifications.js';
import './front-desk.js';
import './next-bookings.js';
import {html, nothing} from 'lit';
import {msg} from '../../i18n/index.js';
import type {PortalPage} from '../portal-page.js';

/** The member's overview: membership, credits, next bookings, entries, unread notifications. */
export const page: PortalPage = {
  render: ({locale, heading, member, href, profileSaved}) => {
    const incomplete = member && !profileSaved && (!member.phone || !member.company || !member.bio);
    return html`
      ${heading(
        member?.name
          ? msg(locale, 'portal.welcome', {name: member.name})
          : msg(locale, 'portal.page.dashboard'),
      )}
      ${
        incomplete
          ? html`<p part="profile-banner" class="notice notice--info portal__banner">
              <span>${msg(locale, 'portal.profileBanner')}</span>
              <a href=${href('/profile')}>${msg(locale, 'portal.profileBannerLink')}</a>
            </p>`
          : nothing
      }
      <div class="portal__grid">
        <portico-membership-card></portico-membership-card>
        <portico-credit-balance></portico-credit-balance>
        <portico-portal-next-bookings .bookHref=${href('/book')}></portico-portal-next-bookings>
        <portico-entries></portico-entries>
        <portico-portal-front-desk .href=${href}></portico-portal-front-desk>
        <div class="portal__section">
          <portico-notifications unread-only limit="3"></portico-notifications>
          <a class="portal__more" href=${href('/notifications')}
            >${msg(locale, 'portal.allNotifications')}</a
          >
        </div>
      </div>
    `;
  },
};
