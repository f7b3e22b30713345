/// <reference types="mocha" />
import {expect, fixtureCleanup, html} from '@open-wc/testing';
import {type PorticoClient} from '@portico/sdk';
import {updateProfile} from '@portico/sdk/profile';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import sinon from 'sinon';
import {createTestClient, logIn, readCode, resetMockApi} from '../../test/helpers/mock-api.js';
import {PorticoMembershipCardHarness} from '../membership-card/membership-card.harness.js';
import {PorticoLoginHarness} from '../login/login.harness.js';
import {PorticoProfileHarness} from '../profile/profile.harness.js';
import {injectedElements, MARKUP_NAME, pwned} from '../../test/helpers/markup.js';
import {mount} from '../../test/helpers/mount.js';
import {expectAccessibleInEveryTheme} from '../../test/helpers/themes.js';
import {clearSharedClients} from '../internal/client-registry.js';
import '../credit-balance/credit-balance.js';
import './portal.js';
import type {PorticoPortal} from './portal.component.js';
import {PorticoPortalHarness} from './portal.harness.js';
import {PorticoBookingCalendarHarness} from '../booking-calendar/booking-calendar.harness.js';
import {PorticoProductShopHarness} from '../product-shop/product-shop.harness.js';

const START_URL = location.pathname + location.search;
const START_TITLE = document.title;
const BASE = '/portal-test/';

interface SetupOptions {
  member?: string | null;
  lang?: string;
  /** The URL the page is at when the portal appears (a deep link). */
  url?: string;
  routing?: 'path' | 'hash';
  client?: PorticoClient;
}

async function setupTest(options: SetupOptions = {}) {
  const client = options.client ?? createTestClient();
  const member = options.member === undefined ? 'ada@example.com' : options.member;
  if (member && !client.session.isLoggedIn) await logIn(client, member);
  if (options.url) history.replaceState(null, '', options.url);
  const wrapper = await mount(
    html`<div lang=${options.lang ?? 'en'}>
      <portico-portal
        .client=${client}
        routing=${options.routing ?? 'hash'}
        base=${BASE}
      ></portico-portal>
    </div>`,
  );
  const el = wrapper.querySelector<PorticoPortal>('portico-portal')!;
  const harness = new PorticoPortalHarness(el);
  await harness.settled();
  return {el, harness, client, wrapper};
}

/** The page's heading has loaded and says `text`. */
const showing = (page: string, heading?: string | RegExp) => (h: PorticoPortalHarness) =>
  h.page === page &&
  h.headingElement !== null &&
  (heading === undefined ||
    (typeof heading === 'string' ? h.heading === heading : heading.test(h.heading)));

/** The document title for a page: its name, then the page's own title. */
const title = (page: string) => [page, START_TITLE].filter(Boolean).join(' · ');

const focused = (el: PorticoPortal) => el.shadowRoot!.activeElement;

describe('<portico-portal>', function () {
  // Whole pages of elements, and axe over them in three themes.
  this.timeout(40_000);

  beforeEach(async () => {
    await resetMockApi();
  });

  afterEach(async () => {
    // The portal first (it sets the title and listens to the history), then the page.
    fixtureCleanup();
    history.replaceState(null, '', START_URL);
    document.title = START_TITLE;
    clearSharedClients();
    sinon.restore();
    await setViewport({width: 1024, height: 768});
  });

  describe('for a visitor', () => {
    it('should show sign-in with plans, rooms and the shop to browse', async () => {
      const {harness} = await setupTest({member: null});
      await harness.until(showing('signIn', 'Sign in'));
      expect(harness.links).to.deep.equal(['Book', 'Shop', 'Sign in']);
      expect(harness.currentLink).to.equal('Sign in');
      expect(harness.find('portico-login')).to.exist;
      expect(harness.find('portico-membership-card')!.plansOnly).to.be.true;
      expect(harness.find('portico-booking-calendar')!.readonly).to.be.true;
      expect(harness.find('portico-product-shop')).to.exist;
      expect(harness.text).to.contain('Before you join');
      expect(document.title).to.equal(title('Sign in'));
    });

    it('should browse the calendar read-only and the shop', async () => {
      const {el, harness} = await setupTest({member: null});
      await harness.until(showing('signIn'));
      await harness.clickLink('Book');
      await harness.until(showing('book', 'Book'));
      expect(location.hash).to.equal('#/book');
      expect(harness.find('portico-booking-calendar')!.readonly).to.be.true;
      expect(focused(el)).to.equal(harness.headingElement);
      expect(document.title).to.equal(title('Book'));
      await harness.clickLink('Shop');
      await harness.until(showing('shop', 'Shop'));
      expect(harness.currentLink).to.equal('Shop');
    });

    it('should show sign-in in place of a member page, then the page once signed in', async () => {
      const client = createTestClient();
      const {harness} = await setupTest({member: null, client, url: `${START_URL}#/profile`});
      await harness.until(showing('signIn', 'Sign in'));
      expect(location.hash).to.equal('#/profile');
      await logIn(client, 'ada@example.com');
      await harness.until(showing('profile', 'Profile'));
      expect(harness.find('portico-profile')).to.exist;
    });

    it('should keep a new member on sign-in through the terms and the profile prompt', async () => {
      const {el, harness} = await setupTest({member: null});
      await harness.until(showing('signIn', 'Sign in'));
      const login = new PorticoLoginHarness(harness.find('portico-login')!);
      await login.until((h) => !!h.input);
      await login.type('nina@example.com');
      await login.submit();
      await login.until((h) => h.message.startsWith('We sent'));
      await login.type(await readCode('nina@example.com'));
      await login.submit();
      await login.until((h) => h.heading === 'Accept the terms of use');
      await login.fill(login.nameInput, 'Nina Simone');
      login.termsCheckbox!.click();
      await login.submit();
      await login.until((h) => h.heading === 'Complete your profile');
      // Still on the sign-in page: the portal waits for the login's last step.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(harness.page).to.equal('signIn');
      await login.fill(login.companyInput, 'Nina & Co');
      await login.submit();
      await harness.until(showing('dashboard'));
      expect(harness.page).to.equal('dashboard');
      expect(focused(el) === harness.headingElement, 'focus on the heading').to.be.true;
    });

    it('should go to sign-in when an element asks, and come back after signing in', async () => {
      const client = createTestClient();
      const {el, harness} = await setupTest({member: null, client, url: `${START_URL}#/shop`});
      await harness.until(showing('shop'));
      harness
        .find('portico-product-shop')!
        .dispatchEvent(new CustomEvent('portico-needs-sign-in', {bubbles: true, composed: true}));
      await harness.until(showing('signIn'));
      expect(location.hash).to.equal('#/sign-in');
      expect(focused(el)).to.equal(harness.headingElement);
      await logIn(client, 'ada@example.com');
      await harness.until(showing('shop'));
      expect(location.hash).to.equal('#/shop');
      expect(harness.links).to.include('Dashboard');
    });

    it('should take a visitor who chooses a plan to the sign-in form', async () => {
      const {el, harness} = await setupTest({member: null, url: `${START_URL}#/book`});
      await harness.until(showing('book'));
      await harness.clickLink('Sign in');
      await harness.until(showing('signIn'));
      const card = harness.find('portico-membership-card')!;
      await harness.until(() => !!card.shadowRoot!.querySelector('[part~="choose-button"]'));
      card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="choose-button"]')!.click();
      const login = harness.find('portico-login')!;
      expect(login.shadowRoot!.activeElement).to.equal(
        login.shadowRoot!.querySelector('[part~="input"]'),
      );
      expect(focused(el)).to.equal(login);
    });

    it('should be accessible in every theme', async () => {
      const {el, harness, wrapper} = await setupTest({member: null});
      await harness.until(showing('signIn'));
      await expectAccessibleInEveryTheme(el, wrapper);
    });
  });

  describe('on the membership page', () => {
    const cardOf = (harness: PorticoPortalHarness) =>
      new PorticoMembershipCardHarness(harness.find('portico-membership-card')!);

    it("should open the confirmation in place when ada chooses Resident, her own plan saying 'Your plan'", async () => {
      const {harness} = await setupTest({url: `${START_URL}#/membership`});
      await harness.until(showing('membership'));
      const card = cardOf(harness);
      await card.until((h) => h.chooseButtons.length > 0);
      expect(card.currentPlan).to.contain('Flex monthly');
      expect(card.currentPlan).to.contain('Your plan');
      await card.choose('Resident');
      await card.until((h) => h.confirmButton !== null);
      expect(location.hash).to.equal('#/membership');
      expect(card.confirmation).to.contain('Change to Resident');
    });

    it("should show a new member who accepted the terms one 'Choose a plan', whose Choose works", async () => {
      const client = createTestClient();
      await logIn(client, 'chloe@example.com');
      const space = await client.space.get();
      await client.profile.acceptTerms({version: space.terms.version});
      const {harness} = await setupTest({client, url: `${START_URL}#/membership`});
      await harness.until(showing('membership'));
      const card = cardOf(harness);
      await card.until((h) => h.chooseButtons.length > 0);
      const main = harness.part('main')!;
      const texts = [...main.querySelectorAll('portico-membership-card')].map(
        (each) => each.shadowRoot?.textContent ?? '',
      );
      expect(texts.join(' ').match(/Choose a plan/g)).to.have.length(1);
      await card.choose('Flex monthly');
      await card.confirm();
      await card.until((h) => h.status === 'Status: Active');
      expect(card.planName).to.equal('Flex monthly');
    });
  });

  describe('for a member', () => {
    it('should open on the dashboard with every summary', async () => {
      const {harness} = await setupTest();
      await harness.until(showing('dashboard', 'Welcome, Ada Lovelace'));
      await harness.until((h) => h.links[5] === 'Notifications 2 unread');
      expect(harness.links).to.deep.equal([
        'Dashboard',
        'Book',
        'Shop',
        'Membership',
        'Entries',
        'Notifications 2 unread',
        'Profile',
      ]);
      for (const tag of [
        'portico-membership-card',
        'portico-credit-balance',
        'portico-portal-next-bookings',
        'portico-entries',
        'portico-notifications',
      ] as const) {
        expect(harness.find(tag), tag).to.exist;
      }
      expect(harness.find('portico-notifications')!.unreadOnly).to.be.true;
      // Ada's profile is complete: no banner.
      expect(harness.part('profile-banner')).to.equal(null);
      const next = harness.find('portico-portal-next-bookings')!;
      await next.updateComplete;
      await harness.until(() => !!next.shadowRoot!.querySelector('[part~="list"], .next__empty'));
      expect(next.shadowRoot!.textContent).to.contain('Next bookings');
      expect(document.title).to.equal(title('Dashboard'));
    });

    it('should show a name that is markup as text wherever it appears', async () => {
      const client = createTestClient();
      await logIn(client, 'ada@example.com');
      await updateProfile(client, {name: MARKUP_NAME});
      const {el, harness} = await setupTest({client});
      await harness.until(showing('dashboard', /^Welcome/));
      expect(harness.heading).to.equal(`Welcome, ${MARKUP_NAME}`);
      expect(harness.headingElement!.children).to.have.length(0);
      expect(injectedElements(el.shadowRoot!), 'on the dashboard').to.deep.equal([]);
      await harness.clickLink('Profile');
      await harness.until(showing('profile', 'Profile'));
      const profile = new PorticoProfileHarness(harness.find('portico-profile')!);
      await profile.until((p) => p.isReady);
      expect(profile.input('name').value).to.equal(MARKUP_NAME);
      expect(injectedElements(el.shadowRoot!), 'on the profile').to.deep.equal([]);
      expect(await pwned()).to.be.false;
    });

    it('should ask a member with an incomplete profile to complete it', async () => {
      const {el, harness} = await setupTest({member: 'ben@example.com'});
      await harness.until((h) => h.part('profile-banner') !== null);
      const banner = harness.part('profile-banner')!;
      expect(banner.textContent).to.contain('Complete your profile: add your phone');
      banner.querySelector('a')!.click();
      await harness.until(showing('profile', 'Profile'));
      expect(location.hash).to.equal('#/profile');
      expect(focused(el)).to.equal(harness.headingElement);
    });

    it('should drop the profile banner once the member has saved the profile', async () => {
      const {harness} = await setupTest({member: 'ben@example.com'});
      await harness.until((h) => h.part('profile-banner') !== null);
      harness.part('profile-banner')!.querySelector('a')!.click();
      await harness.until(showing('profile', 'Profile'));
      const profile = new PorticoProfileHarness(harness.find('portico-profile')!);
      await profile.until((p) => p.isReady);
      // A phone number only: the rest stays optional, and the nudge has done its job.
      await profile.type('phone', '+33 6 12 34 56 78');
      await profile.save();
      await profile.until((p) => p.saved !== '');
      await harness.clickLink('Dashboard');
      await harness.until(showing('dashboard'));
      await harness.until((h) => !!h.find('portico-credit-balance'));
      // (A boolean: a failing equal() on the banner element would serialize the whole portal.)
      expect(harness.part('profile-banner') === null, 'the banner is gone').to.be.true;
    });

    it('should take "Buy credits" to the credit packs, and back to the same slot once paid', async function () {
      this.timeout(30_000);
      // Eve has no credits left.
      const {harness} = await setupTest({member: 'eve@example.com'});
      await harness.until(showing('dashboard'));
      await harness.clickLink('Book');
      await harness.until(showing('book'));
      const calendar = new PorticoBookingCalendarHarness(harness.find('portico-booking-calendar')!);
      calendar.element.view = 'list';
      const chips = () => [
        ...(calendar.part('list')?.querySelectorAll<HTMLButtonElement>('.list__slot') ?? []),
      ];
      await calendar.until(() => chips().length > 0, 8_000);
      const label = chips()[0]!.getAttribute('aria-label');
      chips()[0]!.click();
      await calendar.until((c) => !!c.part('buy-credits-button'));
      (calendar.part('buy-credits-button') as HTMLButtonElement).click();
      await harness.until(showing('shop'));
      const shop = new PorticoProductShopHarness(harness.find('portico-product-shop')!);
      await shop.until((h) => h.categories.some((c) => c.pressed && /credit/i.test(c.label)));
      await shop.until((h) => h.productIds.includes('pack-10') && h.cartReady);
      await shop.add('pack-10');
      await shop.until((h) => h.canCheckout && !h.isQuoting);
      await shop.checkout();
      // Paid: back on Book, the same slot chosen and quoted, now with Confirm.
      await harness.until(showing('book'), 8_000);
      const back = new PorticoBookingCalendarHarness(harness.find('portico-booking-calendar')!);
      back.element.view = 'list';
      await back.until(
        (c) => c.part('confirm-button')?.getAttribute('aria-disabled') === 'false',
        8_000,
      );
      const pressed = [...back.part('list')!.querySelectorAll('[aria-pressed="true"]')];
      expect(pressed.map((chip) => chip.getAttribute('aria-label'))).to.deep.equal([label]);
      expect(back.part('buy-credits-button') === null).to.be.true;
    });

    it('should visit every page from the navigation, focusing each heading', async () => {
      const {el, harness} = await setupTest();
      await harness.until(showing('dashboard'));
      const pages: Array<[string, string, keyof HTMLElementTagNameMap]> = [
        ['Book', 'book', 'portico-booking-calendar'],
        ['Shop', 'shop', 'portico-product-shop'],
        ['Membership', 'membership', 'portico-membership-card'],
        ['Entries', 'entries', 'portico-entries'],
        ['Notifications', 'notifications', 'portico-notifications'],
        ['Profile', 'profile', 'portico-profile'],
        ['Dashboard', 'dashboard', 'portico-credit-balance'],
      ];
      for (const [link, page, tag] of pages) {
        await harness.clickLink(link);
        await harness.until(showing(page));
        expect(harness.find(tag), tag).to.exist;
        expect(focused(el), `focus on ${page}`).to.equal(harness.headingElement);
        expect(harness.currentLink.startsWith(link)).to.be.true;
        expect(document.title.startsWith(page === 'dashboard' ? 'Dashboard' : link)).to.be.true;
      }
      // The membership page: one card, history open; it lists the plans itself (no second list).
      await harness.clickLink('Membership');
      await harness.until(showing('membership'));
      const cards = harness.part('main')!.querySelectorAll('portico-membership-card');
      expect([...cards].map((card) => [card.historyOpen, card.plansOnly])).to.deep.equal([
        [true, false],
      ]);
      // The shop sits under the page's "Shop" heading without repeating it.
      await harness.clickLink('Shop');
      await harness.until(showing('shop'));
      const shop = harness.find('portico-product-shop')!;
      await harness.until(() => !!shop.shadowRoot?.querySelector('[part~="base"]'));
      expect(shop.shadowRoot!.querySelector('[part~="heading"]') === null).to.be.true;
      expect(shop.shadowRoot!.textContent).to.include('Cart');
    });

    it('should follow back and forward', async () => {
      const {el, harness} = await setupTest();
      await harness.until(showing('dashboard'));
      await harness.clickLink('Book');
      await harness.until(showing('book'));
      await harness.clickLink('Shop');
      await harness.until(showing('shop'));
      history.back();
      await harness.until(showing('book'));
      expect(focused(el)).to.equal(harness.headingElement);
      history.back();
      await harness.until(showing('dashboard'));
      history.forward();
      await harness.until(showing('book'));
      expect(document.title).to.equal(title('Book'));
    });

    it('should ignore the host page’s own anchors', async () => {
      const {el, harness} = await setupTest({url: `${START_URL}#/book`});
      await harness.until(showing('book'));
      location.hash = '#top';
      await new Promise((resolve) => setTimeout(resolve, 100));
      await harness.settled();
      expect(harness.page).to.equal('book');
      expect(focused(el)).not.to.equal(harness.headingElement);
    });

    it('should open a deep link', async () => {
      const {harness} = await setupTest({url: `${START_URL}#/notifications`});
      await harness.until(showing('notifications', 'Notifications'));
      expect(harness.find('portico-notifications')!.hideTitle).to.be.true;
    });

    it('should say when a page does not exist', async () => {
      const {harness} = await setupTest({url: `${START_URL}#/nowhere`});
      await harness.until(showing('notFound', 'Page not found'));
      harness.part('main')!.querySelector<HTMLAnchorElement>('a')!.click();
      await harness.until(showing('dashboard'));
    });

    it('should take "Buy credits" to the shop’s credit packs', async () => {
      const {harness} = await setupTest();
      await harness.until(showing('dashboard'));
      const balance = harness.find('portico-credit-balance')!;
      await balance.updateComplete;
      await harness.until(() => !!balance.shadowRoot!.querySelector('[part~="buy-button"]'));
      balance.shadowRoot!.querySelector<HTMLButtonElement>('[part~="buy-button"]')!.click();
      await harness.until(showing('shop'));
      expect(harness.find('portico-product-shop')!.category).to.equal('credit_pack');
    });

    it('should go back to sign-in after signing out from the profile', async () => {
      const {el, harness, client} = await setupTest({url: `${START_URL}#/profile`});
      await harness.until(showing('profile'));
      const profile = harness.find('portico-profile')!;
      await harness.until(() => !!profile.shadowRoot!.querySelector('[part~="sign-out-button"]'));
      profile.shadowRoot!.querySelector<HTMLButtonElement>('[part~="sign-out-button"]')!.click();
      await harness.until(showing('signIn'));
      expect(client.session.isLoggedIn).to.be.false;
      expect(location.hash).to.equal('#/');
      expect(focused(el)).to.equal(harness.headingElement);
      expect(harness.links).to.deep.equal(['Book', 'Shop', 'Sign in']);
    });

    it('should keep a member who must accept new terms on the sign-in page', async () => {
      const {harness} = await setupTest({member: 'chloe@example.com'});
      await harness.until((h) => h.page === 'signIn' && h.find('portico-login') !== null);
      const login = harness.find('portico-login')!;
      await harness.until(() => /terms/i.test(login.shadowRoot!.textContent ?? ''));
      expect(harness.links).to.deep.equal(['Book', 'Shop', 'Sign in']);
    });

    it('should be accessible in every theme', async () => {
      const {el, harness, wrapper} = await setupTest();
      await harness.until(showing('dashboard'));
      await expectAccessibleInEveryTheme(el, wrapper);
    });
  });

  describe('with path routing', () => {
    it('should read the path under base and push real URLs', async () => {
      const {harness} = await setupTest({routing: 'path', url: `${BASE}shop`});
      await harness.until(showing('shop'));
      expect(harness.linkElements[1]!.getAttribute('href')).to.equal(`${BASE}book`);
      await harness.clickLink('Book');
      await harness.until(showing('book'));
      expect(location.pathname).to.equal(`${BASE}book`);
      history.back();
      await harness.until(showing('shop'));
      expect(location.pathname).to.equal(`${BASE}shop`);
    });
  });

  describe('on a narrow screen', () => {
    it('should hide the navigation behind a menu button', async () => {
      await setViewport({width: 375, height: 800});
      const {el, harness} = await setupTest();
      await harness.until(showing('dashboard'));
      expect(getComputedStyle(harness.menuButton).display).not.to.equal('none');
      expect(harness.menuButton.getAttribute('aria-expanded')).to.equal('false');
      expect(getComputedStyle(harness.nav).display).to.equal('none');
      harness.menuButton.click();
      await harness.settled();
      expect(harness.menuButton.getAttribute('aria-expanded')).to.equal('true');
      expect(harness.menuButton.getAttribute('aria-controls')).to.equal(harness.nav.id);
      expect(getComputedStyle(harness.nav).display).not.to.equal('none');
      // Escape closes it and gives focus back to the button.
      harness.linkElements[1]!.focus();
      await sendKeys({press: 'Escape'});
      await harness.settled();
      expect(harness.menuButton.getAttribute('aria-expanded')).to.equal('false');
      expect(focused(el)).to.equal(harness.menuButton);
      // A link closes it too.
      harness.menuButton.click();
      await harness.settled();
      await harness.clickLink('Shop');
      await harness.until(showing('shop'));
      expect(harness.menuButton.getAttribute('aria-expanded')).to.equal('false');
      expect(focused(el)).to.equal(harness.headingElement);
    });

    it('should be accessible in every theme with the menu open', async () => {
      await setViewport({width: 375, height: 800});
      const {el, harness, wrapper} = await setupTest();
      await harness.until(showing('dashboard'));
      harness.menuButton.click();
      await harness.settled();
      await expectAccessibleInEveryTheme(el, wrapper);
    });
  });

  describe('with lang="fr"', () => {
    it('should speak French', async () => {
      const {harness} = await setupTest({member: null, lang: 'fr'});
      await harness.until(showing('signIn', 'Connexion'));
      expect(harness.links).to.deep.equal(['Réserver', 'Boutique', 'Connexion']);
      expect(harness.text).to.contain('Avant de nous rejoindre');
      expect(document.title).to.equal(title('Connexion'));
      expect(harness.menuButton.textContent!.trim()).to.equal('Menu');
      expect(harness.nav.getAttribute('aria-label')).to.equal('Espace membre');
    });

    it('should greet a member in French', async () => {
      const {harness} = await setupTest({lang: 'fr'});
      await harness.until(showing('dashboard', 'Bienvenue, Ada Lovelace'));
      await harness.until((h) => h.links[5] === 'Notifications 2 non lues');
    });
  });
});
