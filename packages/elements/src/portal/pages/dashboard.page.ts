import '../../credit-balance/credit-balance.js';
import '../../entries/entries.js';
import '../../membership-card/membership-card.js';
import '../../notifications/notifications.js';
import '../../posts/posts.js';
import './front-desk.js';
import './next-bookings.js';
import './unpaid-invoices.js';
import {html, nothing} from 'lit';
import {msg} from '../../i18n/index.js';
import type {PortalPage} from '../portal-page.js';

/**
/**
 * The member's overview: what is due (where billing is on), membership, credits, next bookings,
 * entries, unread notifications and the space's latest posts (pinned first) where it runs posts.
 */
export const page: PortalPage = {
  render: ({locale, heading, member, href, profileSaved, features}) => {
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
      ${
        features?.billing
          ? html`<portico-portal-unpaid-invoices
              .billingHref=${href('/billing')}
            ></portico-portal-unpaid-invoices>`
          : nothing
      }
      <div class="portal__grid">
        <portico-membership-card
          .invoicesHref=${features?.billing ? href('/billing') : undefined}
        ></portico-membership-card>
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
        ${
          features?.posts
            ? html`<div class="portal__section">
                <portico-posts compact limit="3"></portico-posts>
                <a class="portal__more" href=${href('/community')}
                  >${msg(locale, 'portal.allPosts')}</a
                >
              </div>`
            : nothing
        }
      </div>
    `;
  },
};
