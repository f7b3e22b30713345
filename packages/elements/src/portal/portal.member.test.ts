/// <reference types="mocha" />
// The portal for a signed-in member: the dashboard, every page from the navigation, back and
// forward, deep links, and signing out.
import {expect} from '@open-wc/testing';
import {sendMouse} from '@web/test-runner-commands';
import {updateProfile} from '@portico/sdk/profile';
import {
  answerSpace,
  createTestClient,
  logIn,
  serveSpaceWithout,
} from '../../test/helpers/mock-api.js';
import {PorticoHelpdeskHarness} from '../helpdesk/helpdesk.harness.js';
import {PorticoProfileHarness} from '../profile/profile.harness.js';
import {injectedElements, MARKUP_NAME, pwned} from '../../test/helpers/markup.js';
import {itIsAccessibleInEveryTheme} from '../../test/helpers/themes.js';
import '../credit-balance/credit-balance.js';
import './portal.js';
import {PorticoBookingCalendarHarness} from '../booking-calendar/booking-calendar.harness.js';
import {PorticoShopHarness} from '../shop/shop.harness.js';
import {
  describePortal,
  expectVisitorLinks,
  setupTest,
  showing,
  title,
} from '../../test/helpers/portal.js';

describePortal(() => {
  describe('for a member', () => {
    it('should open on the dashboard with every summary', async () => {
      const {harness} = await setupTest();
      await harness.until(showing('dashboard', 'Welcome, Ada Lovelace'));
      await harness.until((h) => h.links[10] === 'Notifications 2 unread');
      expect(harness.links).to.deep.equal([
        'Dashboard',
        'Book',
        'Shop',
        'Community',
        'Membership',
        'Billing',
        'Entries',
        'Help',
        'Visitors',
        'Deliveries',
        'Notifications 2 unread',
        'Profile',
      ]);
      for (const tag of [
        'portico-membership-card',
        'portico-credit-balance',
        'portico-portal-next-bookings',
        'portico-entries',
        'portico-portal-front-desk',
        'portico-notifications',
        'portico-posts',
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
      // The front desk: one request waits for Ada, Ana is expected today, two parcels wait;
      // each line links to its page.
      const desk = harness.find('portico-portal-front-desk')!;
      const lines = () => [...desk.shadowRoot!.querySelectorAll('a')];
      await harness.until(() => lines().length === 3);
      expect(lines().map((a) => [a.textContent!.trim(), a.getAttribute('href')])).to.deep.equal([
        ['1 open request', '#/help'],
        ['1 visitor expected today', '#/visitors'],
        ['2 parcels waiting', '#/deliveries'],
      ]);
      lines()[2]!.click();
      await harness.until(showing('deliveries', 'Deliveries'));
    });

    it('should hide Help, Visitors and Deliveries when the space turns them off', async () => {
      serveSpaceWithout('helpdesk', 'visitors', 'deliveries');
      const {harness} = await setupTest({hash: '/visitors'});
      await harness.until(showing('notFound', 'Page not found'));
      await harness.until((h) => h.links.includes('Profile'));
      expect(harness.links).not.to.include('Help');
      expect(harness.links).not.to.include('Visitors');
      expect(harness.links).not.to.include('Deliveries');
      for (const path of ['/deliveries', '/help']) {
        await harness.element.navigate(path);
        await harness.until(showing('notFound', 'Page not found'));
      }
      await harness.element.navigate('/');
      await harness.until(showing('dashboard'));
      const desk = harness.find('portico-portal-front-desk')!;
      await desk.updateComplete;
      expect(desk.shadowRoot!.querySelector('[part~="base"]')).to.equal(null);
    });

    it('should keep Help with its guides alone, and no open requests line, when the space takes no requests', async () => {
      await answerSpace((space) => ({features: {...space.features, helpdeskRequests: false}}));
      const {harness} = await setupTest();
      await harness.until(showing('dashboard'));
      const desk = harness.find('portico-portal-front-desk')!;
      const lines = () => [...desk.shadowRoot!.querySelectorAll('a')];
      await harness.until(() => lines().length === 2);
      expect(lines().map((a) => a.getAttribute('href'))).to.deep.equal([
        '#/visitors',
        '#/deliveries',
      ]);
      expect(harness.links).to.include('Help');
      await harness.element.navigate('/help');
      await harness.until(showing('help', 'Help'));
      const helpdesk = new PorticoHelpdeskHarness(harness.find('portico-helpdesk')!);
      await helpdesk.until((h) => h.guides.length === 4);
      expect(helpdesk.part('requests')).to.equal(null);
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
      const {harness} = await setupTest({member: 'ben@example.com'});
      await harness.until((h) => h.part('profile-banner') !== null);
      const banner = harness.part('profile-banner')!;
      expect(banner.textContent).to.contain('Complete your profile: add your phone');
      banner.querySelector('a')!.click();
      await harness.until(showing('profile', 'Profile'));
      expect(location.hash).to.equal('#/profile');
      expect(harness.focused).to.equal(harness.headingElement);
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
      const shop = new PorticoShopHarness(harness.find('portico-shop')!);
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
      const {harness} = await setupTest();
      await harness.until(showing('dashboard'));
      const pages: Array<[string, string, keyof HTMLElementTagNameMap]> = [
        ['Book', 'book', 'portico-booking-calendar'],
        ['Shop', 'shop', 'portico-shop'],
        ['Community', 'community', 'portico-portal-community'],
        ['Membership', 'membership', 'portico-membership-card'],
        ['Entries', 'entries', 'portico-entries'],
        ['Help', 'help', 'portico-helpdesk'],
        ['Visitors', 'visitors', 'portico-visitors'],
        ['Deliveries', 'deliveries', 'portico-deliveries'],
        ['Notifications', 'notifications', 'portico-notifications'],
        ['Profile', 'profile', 'portico-profile'],
        ['Dashboard', 'dashboard', 'portico-credit-balance'],
      ];
      for (const [link, page, tag] of pages) {
        await harness.clickLink(link);
        await harness.until(showing(page));
        expect(harness.find(tag), tag).to.exist;
        expect(harness.focused, `focus on ${page}`).to.equal(harness.headingElement);
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
      const shop = harness.find('portico-shop')!;
      await harness.until(() => !!shop.shadowRoot?.querySelector('[part~="base"]'));
      expect(shop.shadowRoot!.querySelector('[part~="heading"]') === null).to.be.true;
      expect(shop.shadowRoot!.textContent).to.include('Cart');
    });

    it('should follow back and forward', async () => {
      const {harness} = await setupTest();
      await harness.until(showing('dashboard'));
      // A real click first (on the page's corner, nothing there), as a member's page has had:
      // Chromium skips, going back, history entries a page added before any user activation
      // (a modifier key does not count), and would leave the test page.
      await sendMouse({type: 'click', position: [1, 1]});
      await harness.clickLink('Book');
      await harness.until(showing('book'));
      await harness.clickLink('Shop');
      await harness.until(showing('shop'));
      history.back();
      await harness.until(showing('book'));
      expect(harness.focused).to.equal(harness.headingElement);
      history.back();
      await harness.until(showing('dashboard'));
      history.forward();
      await harness.until(showing('book'));
      expect(document.title).to.equal(title('Book'));
    });

    it('should ignore the host page’s own anchors', async () => {
      const {harness} = await setupTest({hash: '/book'});
      await harness.until(showing('book'));
      location.hash = '#top';
      await new Promise((resolve) => setTimeout(resolve, 100));
      await harness.settled();
      expect(harness.page).to.equal('book');
      expect(harness.focused).not.to.equal(harness.headingElement);
    });

    it('should open a deep link', async () => {
      const {harness} = await setupTest({hash: '/notifications'});
      await harness.until(showing('notifications', 'Notifications'));
      expect(harness.find('portico-notifications')!.hideTitle).to.be.true;
    });

    it('should say when a page does not exist', async () => {
      const {harness} = await setupTest({hash: '/nowhere'});
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
      expect(harness.find('portico-shop')!.category).to.equal('credit_pack');
    });

    it('should go back to sign-in after signing out from the profile', async () => {
      const {harness, client} = await setupTest({hash: '/profile'});
      await harness.until(showing('profile'));
      const profile = harness.find('portico-profile')!;
      await harness.until(() => !!profile.shadowRoot!.querySelector('[part~="sign-out-button"]'));
      profile.shadowRoot!.querySelector<HTMLButtonElement>('[part~="sign-out-button"]')!.click();
      await harness.until(showing('signIn'));
      expect(client.session.isLoggedIn).to.be.false;
      expect(location.hash).to.equal('#/');
      expect(harness.focused).to.equal(harness.headingElement);
      // A visitor's navigation, with the public pages once their lists have answered.
      await expectVisitorLinks(harness);
    });

    it('should keep a member who must accept new terms on the sign-in page', async () => {
      const {harness} = await setupTest({member: 'chloe@example.com'});
      await harness.until((h) => h.page === 'signIn' && h.find('portico-login') !== null);
      const login = harness.find('portico-login')!;
      await harness.until(() => /terms/i.test(login.shadowRoot!.textContent ?? ''));
      expect(harness.links).to.deep.equal(['Book', 'Shop', 'Sign in']);
    });

    itIsAccessibleInEveryTheme(setupTest, showing('dashboard'));
  });
});
