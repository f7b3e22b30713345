/// <reference types="mocha" />
// The portal's public pages: a visitor's Events and Members (what the space publishes), each
// offered only where there is something public, the mailed cancellation link landing on
// Events, and "Sign in" one click away on a phone; a member gets the Community page instead.
import {expect} from '@open-wc/testing';
import {registerForPublicEvent} from '@portico/sdk/events';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import {http, HttpResponse} from 'msw';
import {PHONE} from '../../test/helpers/fits-phone.js';
import {
  createTestClient,
  logIn,
  serveSpaceWithout,
  SPACE,
  worker,
} from '../../test/helpers/mock-api.js';
import {
  BASE,
  describePortal,
  expectVisitorLinks,
  setupTest,
  showing,
  title,
  visitorLinks,
} from '../../test/helpers/portal.js';
import {problem} from '../../test/helpers/problem.js';
import {itIsAccessibleInEveryTheme} from '../../test/helpers/themes.js';
import {PorticoDirectoryHarness} from '../directory/directory.harness.js';
import {PorticoEventsHarness} from '../events/events.harness.js';
import './portal.js';
import type {PorticoPortalHarness} from './portal.harness.js';

const noPublicEvents = () =>
  worker.use(
    http.get(`*/v1/spaces/${SPACE}/public-events`, () =>
      HttpResponse.json({items: [], nextCursor: null}),
    ),
  );
const noPublicListing = () =>
  worker.use(http.get(`*/v1/spaces/${SPACE}/public-directory`, () => problem(404, 'not_found')));

/** The navigation once the space's public lists have answered (`count` links). */
const linked = (count: number) => (h: PorticoPortalHarness) => h.links.length === count;

/** The page shows, and its element has listed something (a card's heading). */
const listing =
  (page: string, tag: 'portico-events' | 'portico-directory') => (h: PorticoPortalHarness) =>
    showing(page)(h) && !!h.find(tag)?.shadowRoot?.querySelector('h3');

const eventsOf = (harness: PorticoPortalHarness) =>
  new PorticoEventsHarness(harness.find('portico-events')!);

/** A visitor registered for the winter party on another day: the key from their mail. */
async function mailedKey(): Promise<string> {
  const registration = await registerForPublicEvent(createTestClient(), 'evt_winter_party', {
    name: 'Margaret Hamilton',
    email: 'margaret@example.org',
  });
  return registration.cancelToken;
}

describePortal(() => {
  describe('for a visitor, on the public pages', () => {
    it('should offer the public events and members from the navigation', async () => {
      const {harness} = await setupTest({member: null});
      await expectVisitorLinks(harness);
      await harness.clickLink('Events');
      await harness.until(showing('events', 'Events'));
      expect(location.hash).to.equal('#/events');
      expect(harness.currentLink).to.equal('Events');
      expect(harness.focused).to.equal(harness.headingElement);
      expect(document.title).to.equal(title('Events'));
      const events = eventsOf(harness);
      expect(events.element.cancelKeyFromUrl).to.be.true;
      await events.until((h) => h.titles.length > 0);
      // The page's heading says "Events": the element's is for screen readers only.
      expect(events.element.hideTitle).to.be.true;
      expect(events.root.querySelector('h2')!.getBoundingClientRect().width).to.be.at.most(1);
      expect(events.titles).to.include('Winter party');
      await harness.clickLink('Members');
      await harness.until(showing('members', 'Members'));
      expect(harness.currentLink).to.equal('Members');
      expect(harness.focused).to.equal(harness.headingElement);
      const directory = new PorticoDirectoryHarness(harness.find('portico-directory')!);
      expect(directory.element.hideTitle).to.be.true;
      await directory.until((h) => h.names.length > 0);
      expect(directory.names).to.deep.equal(['Ben Okafor', 'Farid Haddad', 'Kemi Adeyemi']);
    });

    it('should open Events from the keyboard', async () => {
      const {harness} = await setupTest({member: null});
      await visitorLinks(harness);
      harness.linkElements[2]!.focus();
      await sendKeys({press: 'Enter'});
      await harness.until(showing('events', 'Events'));
      expect(harness.focused).to.equal(harness.headingElement);
      expect(harness.currentLink).to.equal('Events');
    });

    // A public page with nothing public is a members' page: sign-in, then the member lands on it.
    for (const {path, tab, nothingPublic, why, links} of [
      {
        path: '/events',
        tab: 'Events',
        nothingPublic: noPublicEvents,
        why: 'no event is public',
        links: ['Book', 'Shop', 'Members', 'Sign in'],
      },
      {
        path: '/members',
        tab: 'Members',
        nothingPublic: noPublicListing,
        why: 'the space lists nobody publicly',
        links: ['Book', 'Shop', 'Events', 'Sign in'],
      },
    ]) {
      it(`should treat ${tab} as a members’ page where ${why}, the member landing on it`, async () => {
        nothingPublic();
        const client = createTestClient();
        const {harness} = await setupTest({member: null, client, hash: path});
        await harness.until(showing('signIn', 'Sign in'));
        await harness.until(linked(4));
        expect(harness.links).to.deep.equal(links);
        expect(location.hash).to.equal(`#${path}`);
        await logIn(client, 'ada@example.com');
        await harness.until(showing('community', 'Community'));
        await harness.until((h) => h.communityTab === tab);
        expect(harness.currentLink).to.equal('Community');
        // The heading takes focus in the update that renders it, which on a busy machine can
        // come after the one that shows the tab.
        await harness.until((h) => h.focused === h.headingElement);
        expect(location.hash).to.equal(`#${path}`);
      });
    }

    it('should not find the public pages of a space without events and a directory', async () => {
      serveSpaceWithout('events', 'directory');
      const {harness} = await setupTest({member: null, hash: '/events'});
      await harness.until(showing('notFound', 'Page not found'));
      expect(harness.links).to.deep.equal(['Book', 'Shop', 'Sign in']);
    });

    it('should sign in from an event, then show the member the events', async () => {
      const client = createTestClient();
      const {harness} = await setupTest({member: null, client, hash: '/events'});
      await harness.until(showing('events', 'Events'));
      const events = eventsOf(harness);
      await events.until((h) => h.titles.length > 0);
      await events.open('Accessibility testing, hands on');
      await events.press('sign-in-button');
      await harness.until(showing('signIn', 'Sign in'));
      expect(location.hash).to.equal('#/sign-in');
      await logIn(client, 'ada@example.com');
      await harness.until(showing('community', 'Community'));
      expect(location.hash).to.equal('#/events');
      await harness.until((h) => h.communityTab === 'Events');
    });

    it('should cancel with the mailed key at the end of a hash-routed address', async () => {
      const key = await mailedKey();
      const {harness} = await setupTest({
        member: null,
        hash: `/events?cancel-registration=${key}`,
      });
      await harness.until(showing('events', 'Events'));
      // The key moves before the hash, where the page reads it.
      expect(location.hash).to.equal('#/events');
      expect(new URLSearchParams(location.search).get('cancel-registration')).to.equal(key);
      const events = eventsOf(harness);
      await events.until((h) => h.part('visitor-cancel') !== null);
      expect(events.partText('visitor-cancel')).to.contain('Cancel your registration?');
      expect(await events.pressForNotice('confirm-cancel-button')).to.equal(
        'Your registration for Winter party is cancelled. Your seat goes to the next in line.',
      );
      expect(location.search).not.to.contain('cancel-registration');
      expect(harness.page).to.equal('events');
    });

    it('should offer to cancel on the Events page with path routing, and keep on request', async () => {
      const key = await mailedKey();
      noPublicEvents();
      const {harness} = await setupTest({
        member: null,
        routing: 'path',
        url: `${BASE}events?cancel-registration=${key}`,
      });
      // Even where nothing else is public: the link from the mail always lands.
      await harness.until(showing('events', 'Events'));
      const events = eventsOf(harness);
      await events.until((h) => h.part('visitor-cancel') !== null);
      await events.press('keep-button');
      expect(events.part('visitor-cancel')).to.equal(null);
      expect(location.pathname).to.equal(`${BASE}events`);
      expect(location.search).not.to.contain('cancel-registration');
    });

    it('should keep "Sign in" one click away on a phone, without sideways scroll', async () => {
      await setViewport({width: PHONE, height: 800});
      const {harness, el} = await setupTest({member: null, hash: '/events'});
      await harness.until(showing('events', 'Events'));
      await eventsOf(harness).until((h) => h.titles.length > 0);
      expect(getComputedStyle(harness.nav).display).to.equal('none');
      const link = harness.signInLink!;
      expect(getComputedStyle(link).display).not.to.equal('none');
      expect(link.textContent!.trim()).to.equal('Sign in');
      const row = (el: Element) => Math.round(el.getBoundingClientRect().top);
      expect(row(link), '"Sign in" and Menu on one row').to.equal(row(harness.menuButton));
      expect(el.scrollWidth).to.be.at.most(PHONE);
      expect(document.documentElement.scrollWidth).to.be.at.most(PHONE);
      await harness.clickSignIn();
      await harness.until(showing('signIn', 'Sign in'));
      expect(location.hash).to.equal('#/sign-in');
      expect(harness.focused).to.equal(harness.headingElement);
      expect(harness.signInLink).to.equal(null);
    });

    it('should leave "Sign in" to the navigation on a wide screen, and to nobody once signed in', async () => {
      await setViewport({width: 1280, height: 800});
      const {harness} = await setupTest({member: null, hash: '/book'});
      await harness.until(showing('book'));
      expect(getComputedStyle(harness.signInLink!).display).to.equal('none');
      const member = await setupTest({hash: '/book'});
      await member.harness.until(showing('book'));
      expect(member.harness.signInLink).to.equal(null);
    });

    it('should speak French on the public pages', async () => {
      const {harness} = await setupTest({member: null, lang: 'fr', hash: '/members'});
      await harness.until(showing('members', 'Membres'));
      await expectVisitorLinks(harness, 'fr');
      expect(harness.currentLink).to.equal('Membres');
      expect(harness.signInLink!.textContent!.trim()).to.equal('Connexion');
      expect(document.title).to.equal(title('Membres'));
    });

    itIsAccessibleInEveryTheme(
      () => setupTest({member: null, hash: '/events'}),
      listing('events', 'portico-events'),
    );

    describe('on Members', () => {
      itIsAccessibleInEveryTheme(
        () => setupTest({member: null, hash: '/members'}),
        listing('members', 'portico-directory'),
      );
    });
  });

  describe('for a member, at a public page’s address', () => {
    it('should open the Community page on that tab', async () => {
      const {harness} = await setupTest({hash: '/members'});
      await harness.until(showing('community', 'Community'));
      await harness.until((h) => h.communityTab === 'Members');
      expect(harness.currentLink).to.equal('Community');
      expect(harness.links).not.to.include('Members');
    });
  });
});
