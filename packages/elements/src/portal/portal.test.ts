/// <reference types="mocha" />
// The portal for a visitor, on the membership page, with path routing, on a narrow screen
// and in French. A signed-in member's pages have their own file.
import {expect} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import {createTestClient, logIn, readCode} from '../../test/helpers/mock-api.js';
import {PorticoMembershipCardHarness} from '../membership-card/membership-card.harness.js';
import {PorticoLoginHarness} from '../login/login.harness.js';
import {
  expectAccessibleInEveryTheme,
  itIsAccessibleInEveryTheme,
} from '../../test/helpers/themes.js';
import '../credit-balance/credit-balance.js';
import './portal.js';
import type {PorticoPortalHarness} from './portal.harness.js';
import {
  BASE,
  describePortal,
  expectVisitorLinks,
  setupTest,
  showing,
  title,
} from '../../test/helpers/portal.js';

describePortal(() => {
  describe('for a visitor', () => {
    it('should show sign-in with plans, rooms and the shop to browse', async () => {
      const {harness} = await setupTest({member: null});
      await harness.until(showing('signIn', 'Sign in'));
      // The public pages once the space's public lists have answered (portal.visitor.test.ts).
      await expectVisitorLinks(harness);
      expect(harness.currentLink).to.equal('Sign in');
      expect(harness.find('portico-login')).to.exist;
      expect(harness.find('portico-membership-card')!.plansOnly).to.be.true;
      expect(harness.find('portico-booking-calendar')!.readonly).to.be.true;
      expect(harness.find('portico-shop')).to.exist;
      expect(harness.text).to.contain('Before you join');
      expect(document.title).to.equal(title('Sign in'));
    });

    it('should browse the calendar read-only and the shop', async () => {
      const {harness} = await setupTest({member: null});
      await harness.until(showing('signIn'));
      await harness.clickLink('Book');
      await harness.until(showing('book', 'Book'));
      expect(location.hash).to.equal('#/book');
      expect(harness.find('portico-booking-calendar')!.readonly).to.be.true;
      expect(harness.focused).to.equal(harness.headingElement);
      expect(document.title).to.equal(title('Book'));
      await harness.clickLink('Shop');
      await harness.until(showing('shop', 'Shop'));
      expect(harness.currentLink).to.equal('Shop');
    });

    it('should show sign-in in place of a member page, then the page once signed in', async () => {
      const client = createTestClient();
      const {harness} = await setupTest({member: null, client, hash: '/profile'});
      await harness.until(showing('signIn', 'Sign in'));
      expect(location.hash).to.equal('#/profile');
      await logIn(client, 'ada@example.com');
      await harness.until(showing('profile', 'Profile'));
      expect(harness.find('portico-profile')).to.exist;
    });

    it('should keep a new member on sign-in through the terms and the profile prompt', async () => {
      const {harness} = await setupTest({member: null});
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
      expect(harness.focused === harness.headingElement, 'focus on the heading').to.be.true;
    });

    it('should go to sign-in when an element asks, and come back after signing in', async () => {
      const client = createTestClient();
      const {harness} = await setupTest({member: null, client, hash: '/shop'});
      await harness.until(showing('shop'));
      harness
        .find('portico-shop')!
        .dispatchEvent(new CustomEvent('portico-needs-sign-in', {bubbles: true, composed: true}));
      await harness.until(showing('signIn'));
      expect(location.hash).to.equal('#/sign-in');
      expect(harness.focused).to.equal(harness.headingElement);
      await logIn(client, 'ada@example.com');
      await harness.until(showing('shop'));
      expect(location.hash).to.equal('#/shop');
      expect(harness.links).to.include('Dashboard');
    });

    it('should take a visitor who chooses a plan to the sign-in form', async () => {
      const {harness} = await setupTest({member: null, hash: '/book'});
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
      expect(harness.focused).to.equal(login);
    });

    itIsAccessibleInEveryTheme(() => setupTest({member: null}), showing('signIn'));
  });

  describe('on the membership page', () => {
    const cardOf = (harness: PorticoPortalHarness) =>
      new PorticoMembershipCardHarness(harness.find('portico-membership-card')!);

    it("should open the confirmation in place when ada chooses Resident, her own plan saying 'Your plan'", async () => {
      const {harness} = await setupTest({hash: '/membership'});
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
      const {harness} = await setupTest({client, hash: '/membership'});
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

  describe('on a wide screen', () => {
    it("should list a member's twelve pages in a sidebar beside the page, one per row", async () => {
      await setViewport({width: 1280, height: 800});
      const {harness, wrapper} = await setupTest();
      wrapper.style.width = '1140px';
      await harness.until(showing('dashboard'));
      await harness.until((h) => h.links.length === 12);
      const nav = harness.nav.getBoundingClientRect();
      const main = harness.part('main')!.getBoundingClientRect();
      expect(nav.right, 'the sidebar ends where the page starts').to.be.at.most(main.left);
      expect(nav.top).to.be.at.least(harness.part('header')!.getBoundingClientRect().bottom);
      const lefts = harness.linkElements.map((a) => Math.round(a.getBoundingClientRect().left));
      const tops = harness.linkElements.map((a) => a.getBoundingClientRect().top);
      expect(new Set(lefts).size, 'every link starts at the same x').to.equal(1);
      expect(tops, 'each link below the one before').to.deep.equal(tops.toSorted((a, b) => a - b));
      expect(getComputedStyle(harness.menuButton).display).to.equal('none');
    });

    it('should put the links in a bar above the page when the portal is narrower', async () => {
      await setViewport({width: 1280, height: 800});
      const {harness, wrapper} = await setupTest();
      wrapper.style.width = '800px';
      await harness.until(showing('dashboard'));
      const nav = harness.nav.getBoundingClientRect();
      const main = harness.part('main')!.getBoundingClientRect();
      expect(nav.bottom, 'the bar ends where the page starts').to.be.at.most(main.top);
      expect(main.width).to.be.above(700);
    });
  });

  describe('on a narrow screen', () => {
    it('should hide the navigation behind a menu button', async () => {
      await setViewport({width: 375, height: 800});
      const {harness} = await setupTest();
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
      expect(harness.focused).to.equal(harness.menuButton);
      // A link closes it too.
      harness.menuButton.click();
      await harness.settled();
      await harness.clickLink('Shop');
      await harness.until(showing('shop'));
      expect(harness.menuButton.getAttribute('aria-expanded')).to.equal('false');
      expect(harness.focused).to.equal(harness.headingElement);
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
      await expectVisitorLinks(harness, 'fr');
      expect(harness.text).to.contain('Avant de nous rejoindre');
      expect(document.title).to.equal(title('Connexion'));
      expect(harness.menuButton.textContent!.trim()).to.equal('Menu');
      expect(harness.nav.getAttribute('aria-label')).to.equal('Espace membre');
    });

    it('should greet a member in French', async () => {
      const {harness} = await setupTest({lang: 'fr'});
      await harness.until(showing('dashboard', 'Bienvenue, Ada Lovelace'));
      await harness.until((h) => h.links[10] === 'Notifications 2 non lues');
      expect(harness.links[3]).to.equal('Communauté');
    });
  });
});
