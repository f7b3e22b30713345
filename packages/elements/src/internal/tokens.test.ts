/// <reference types="mocha" />
import {expect, fixture, html} from '@open-wc/testing';
import {mount} from '../../test/helpers/mount.js';
import {
  contrastTheme,
  darkTheme,
  lightTheme,
  SYS_TOKENS,
  type SysToken,
  type Theme,
} from '@portico/themes';
import type {CSSResultGroup} from 'lit';
import sinon from 'sinon';
import {PorticoBilling} from '../billing/billing.component.js';
import {BILLING_TOKENS} from '../billing/billing.styles.js';
import {PorticoBookingCalendar} from '../booking-calendar/booking-calendar.component.js';
import {BOOKING_CALENDAR_TOKENS} from '../booking-calendar/booking-calendar.styles.js';
import '../credit-balance/credit-balance.js';
import {PorticoCreditBalance} from '../credit-balance/credit-balance.component.js';
import {CREDIT_BALANCE_TOKENS} from '../credit-balance/credit-balance.styles.js';
import {PorticoLogin} from '../login/login.component.js';
import {LOGIN_TOKENS} from '../login/login.styles.js';
import {PorticoMembershipCard} from '../membership-card/membership-card.component.js';
import {MEMBERSHIP_CARD_TOKENS} from '../membership-card/membership-card.styles.js';
import {PorticoPortal} from '../portal/portal.component.js';
import {PORTAL_TOKENS} from '../portal/portal.styles.js';
import {PorticoShop} from '../shop/shop.component.js';
import {PorticoProfile} from '../profile/profile.component.js';
import {PROFILE_TOKENS} from '../profile/profile.styles.js';
import {PRODUCT_SHOP_TOKENS} from '../shop/shop.styles.js';
import {PorticoNotifications} from '../notifications/notifications.component.js';
import {NOTIFICATIONS_TOKENS} from '../notifications/notifications.styles.js';
import {PorticoEntries} from '../entries/entries.component.js';
import {PorticoDirectory} from '../directory/directory.component.js';
import {DIRECTORY_TOKENS} from '../directory/directory.styles.js';
import {PorticoPosts} from '../posts/posts.component.js';
import {POSTS_TOKENS} from '../posts/posts.styles.js';
import {ENTRIES_TOKENS} from '../entries/entries.styles.js';
import {PorticoDeliveries} from '../deliveries/deliveries.component.js';
import {DELIVERIES_TOKENS} from '../deliveries/deliveries.styles.js';
import {PorticoHelpdesk} from '../helpdesk/helpdesk.component.js';
import {HELPDESK_TOKENS} from '../helpdesk/helpdesk.styles.js';
import {PorticoVisitors} from '../visitors/visitors.component.js';
import {VISITORS_TOKENS} from '../visitors/visitors.styles.js';

/** Every component with its sorted token allow-list; a new element adds a line here. */
const COMPONENTS = [
  {
    name: 'booking-calendar',
    styles: PorticoBookingCalendar.styles,
    tokens: BOOKING_CALENDAR_TOKENS,
  },
  {name: 'billing', styles: PorticoBilling.styles, tokens: BILLING_TOKENS},
  {name: 'credit-balance', styles: PorticoCreditBalance.styles, tokens: CREDIT_BALANCE_TOKENS},
  {name: 'login', styles: PorticoLogin.styles, tokens: LOGIN_TOKENS},
  {
    name: 'membership-card',
    styles: PorticoMembershipCard.styles,
    tokens: MEMBERSHIP_CARD_TOKENS,
  },
  {name: 'shop', styles: PorticoShop.styles, tokens: PRODUCT_SHOP_TOKENS},
  {name: 'entries', styles: PorticoEntries.styles, tokens: ENTRIES_TOKENS},
  {name: 'notifications', styles: PorticoNotifications.styles, tokens: NOTIFICATIONS_TOKENS},
  {name: 'profile', styles: PorticoProfile.styles, tokens: PROFILE_TOKENS},
  {name: 'portal', styles: PorticoPortal.styles, tokens: PORTAL_TOKENS},
  {name: 'directory', styles: PorticoDirectory.styles, tokens: DIRECTORY_TOKENS},
  {name: 'posts', styles: PorticoPosts.styles, tokens: POSTS_TOKENS},
  {name: 'helpdesk', styles: PorticoHelpdesk.styles, tokens: HELPDESK_TOKENS},
  {name: 'visitors', styles: PorticoVisitors.styles, tokens: VISITORS_TOKENS},
  {name: 'deliveries', styles: PorticoDeliveries.styles, tokens: DELIVERIES_TOKENS},
];

function cssText(styles: CSSResultGroup | undefined): string {
  if (!styles) return '';
  if (Array.isArray(styles))
    return styles.map((each) => cssText(each as CSSResultGroup)).join('\n');
  return (styles as {cssText: string}).cssText;
}

/** `{token: value}` of each `--portico-sys-*` declaration in one CSS block. */
function declarations(block: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [, token = '', value = ''] of block.matchAll(
    /--portico-sys-([a-z0-9-]+):\s*([^;]+);/g,
  )) {
    found[token] = value.trim();
  }
  return found;
}

async function themeCss(file: string): Promise<string> {
  const response = await fetch(`/packages/themes/src/${file}`);
  expect(response.ok, `${file} is served`).to.be.true;
  return response.text();
}

function changedFromLight(theme: Theme): Record<string, string> {
  return Object.fromEntries(
    SYS_TOKENS.filter((t) => theme[t] !== lightTheme[t]).map((t) => [t, theme[t]]),
  );
}

describe('design tokens', () => {
  describe('the system token list', () => {
    it('should be sorted and unique', () => {
      expect([...SYS_TOKENS]).to.deep.equal([...new Set(SYS_TOKENS)].sort());
    });
  });

  for (const {name, styles, tokens} of COMPONENTS) {
    describe(`<portico-${name}>`, () => {
      const text = cssText(styles);

      it('should keep its allow-list sorted', () => {
        expect([...tokens]).to.deep.equal([...new Set(tokens)].sort());
      });

      it('should use exactly the component tokens of its allow-list', () => {
        const used = new Set(
          [...text.matchAll(new RegExp(`--portico-${name}-([a-z0-9-]+)`, 'g'))].map((m) => m[1]),
        );
        expect([...used].sort()).to.deep.equal([...tokens]);
      });

      it('should read only system tokens that themes define, falling back to the light theme', () => {
        const uses = [...text.matchAll(/var\(--portico-sys-([a-z0-9-]+),\s*/g)];
        expect(uses).not.to.be.empty;
        for (const use of uses) {
          const token = use[1] as SysToken;
          expect(SYS_TOKENS, `--portico-sys-${token}`).to.include(token);
          const rest = text.slice(use.index + use[0].length);
          expect(rest.startsWith(`${lightTheme[token]})`), `fallback of --portico-sys-${token}`).to
            .be.true;
        }
      });
    });
  }

  describe('theme CSS files', () => {
    it('tokens.css should define every token with the light theme values', async () => {
      expect(declarations(await themeCss('tokens.css'))).to.deep.equal({...lightTheme});
    });

    it('dark.css should define the dark theme, also under "auto" in a dark OS', async () => {
      const css = await themeCss('dark.css');
      const [forced = '', auto = ''] = css.split('@media (prefers-color-scheme: dark)');
      expect(declarations(forced)).to.deep.equal(changedFromLight(darkTheme));
      expect(declarations(auto)).to.deep.equal(changedFromLight(darkTheme));
    });

    it('contrast.css should define the high-contrast theme', async () => {
      expect(declarations(await themeCss('contrast.css'))).to.deep.equal(
        changedFromLight(contrastTheme),
      );
    });
  });

  describe('without any theme CSS', () => {
    // These elements have no client on purpose; their "not connected" warning is expected.
    beforeEach(() => sinon.stub(console, 'warn'));
    afterEach(() => sinon.restore());

    it('should render with the default theme', async () => {
      const el = await fixture<PorticoCreditBalance>(
        html`<portico-credit-balance show-buckets></portico-credit-balance>`,
      );
      const base = el.shadowRoot!.querySelector('[part="base"]')!;
      const style = getComputedStyle(base);
      expect(style.backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(style.color).to.equal('rgb(27, 29, 36)');
      expect(style.borderTopLeftRadius).to.equal('16px');
    });

    it('should follow a theme set on the page', async () => {
      const wrapper = await mount(
        html`<div>
          <portico-credit-balance></portico-credit-balance>
        </div>`,
      );
      for (const [token, value] of Object.entries(darkTheme)) {
        wrapper.style.setProperty(`--portico-sys-${token}`, value);
      }
      const el = wrapper.querySelector('portico-credit-balance')!;
      const base = el.shadowRoot!.querySelector('[part="base"]')!;
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(21, 23, 30)');
    });
  });
});
