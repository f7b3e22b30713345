/// <reference types="mocha" />
// The portal's Community page: Events · Members · Posts, each tab only where the space runs
// that part, the page itself hidden where it runs none; the dashboard's latest posts.
import {expect} from '@open-wc/testing';
import type {Features, Space} from '@portico/sdk';
import {sendKeys} from '@web/test-runner-commands';
import {http, HttpResponse} from 'msw';
import {createTestClient, logIn, SPACE, worker} from '../../test/helpers/mock-api.js';
import {describePortal, setupTest, showing, START_URL} from '../../test/helpers/portal.js';
import {itIsAccessibleInEveryTheme} from '../../test/helpers/themes.js';
import './portal.js';
import type {PorticoPortalHarness} from './portal.harness.js';

/** The seeded space with some of its parts turned off (the routes stay: only the UI reads it). */
async function withFeatures(off: Partial<Features>) {
  const client = createTestClient();
  await logIn(client, 'ada@example.com');
  const space: Space = await client.space.get();
  worker.use(
    http.get(`*/v1/spaces/${SPACE}`, () =>
      HttpResponse.json({...space, features: {...space.features, ...off}}),
    ),
  );
  return client;
}

function tabsOf(harness: PorticoPortalHarness) {
  const community = harness.find('portico-portal-community');
  const root = community?.shadowRoot;
  const tabs = [...(root?.querySelectorAll<HTMLButtonElement>('[role="tab"]') ?? [])];
  return {
    labels: tabs.map((tab) => tab.textContent!.trim()),
    selected: tabs.find((tab) => tab.getAttribute('aria-selected') === 'true')?.textContent?.trim(),
    tab: (label: string) => tabs.find((tab) => tab.textContent!.trim() === label)!,
    panel: root?.querySelector('[role="tabpanel"]'),
  };
}

const community = `${START_URL}#/community`;

describePortal(() => {
  describe('on the Community page', () => {
    it('should offer Events, Members and Posts, Events first, and switch on a click', async () => {
      const {harness} = await setupTest({url: community});
      await harness.until(showing('community', 'Community'));
      await harness.until((h) => tabsOf(h).labels.length === 3);
      expect(tabsOf(harness).labels).to.deep.equal(['Events', 'Members', 'Posts']);
      expect(tabsOf(harness).selected).to.equal('Events');
      expect(tabsOf(harness).panel!.querySelector('portico-events')).to.exist;
      tabsOf(harness).tab('Members').click();
      await harness.until((h) => !!tabsOf(h).panel?.querySelector('portico-directory'));
      expect(tabsOf(harness).selected).to.equal('Members');
      expect(tabsOf(harness).panel!.querySelector('portico-directory')!.hideTitle).to.be.true;
      tabsOf(harness).tab('Posts').click();
      await harness.until((h) => !!tabsOf(h).panel?.querySelector('portico-posts'));
      expect(harness.currentLink).to.equal('Community');
    });

    it('should list the upcoming events of the space in the Events tab', async () => {
      const {harness} = await setupTest({url: community});
      await harness.until(showing('community', 'Community'));
      await harness.until((h) => {
        const events = tabsOf(h).panel?.querySelector('portico-events');
        return events?.shadowRoot?.textContent?.includes('Lunch & learn: pitch practice') ?? false;
      });
    });

    it('should move between tabs with the arrow keys, Home and End', async () => {
      const {harness} = await setupTest({url: community});
      await harness.until((h) => tabsOf(h).labels.length === 3);
      tabsOf(harness).tab('Events').focus();
      await sendKeys({press: 'ArrowRight'});
      await harness.until((h) => tabsOf(h).selected === 'Members');
      const focused = harness.find('portico-portal-community')!.shadowRoot!.activeElement;
      expect(focused?.textContent?.trim()).to.equal('Members');
      await sendKeys({press: 'End'});
      await harness.until((h) => tabsOf(h).selected === 'Posts');
      await sendKeys({press: 'ArrowRight'});
      await harness.until((h) => tabsOf(h).selected === 'Events');
      await sendKeys({press: 'ArrowLeft'});
      await harness.until((h) => tabsOf(h).selected === 'Posts');
      await sendKeys({press: 'Home'});
      await harness.until((h) => tabsOf(h).selected === 'Events');
      expect(tabsOf(harness).tab('Events').tabIndex).to.equal(0);
      expect(tabsOf(harness).tab('Posts').tabIndex).to.equal(-1);
    });

    it('should hide the tab of each part the space turned off', async () => {
      const client = await withFeatures({events: false, posts: false});
      const {harness} = await setupTest({client, url: community});
      await harness.until((h) => tabsOf(h).labels.length > 0);
      expect(tabsOf(harness).labels).to.deep.equal(['Members']);
      expect(tabsOf(harness).panel!.querySelector('portico-directory')).to.exist;
    });

    it('should hide the page and its link where the space runs none of them', async () => {
      const client = await withFeatures({events: false, directory: false, posts: false});
      const {harness} = await setupTest({client, url: community});
      await harness.until(showing('notFound'));
      expect(harness.links).not.to.include('Community');
    });

    it('should show French tab names in French', async () => {
      const {harness} = await setupTest({url: community, lang: 'fr'});
      await harness.until((h) => tabsOf(h).labels.length === 3);
      expect(tabsOf(harness).labels).to.deep.equal(['Événements', 'Membres', 'Articles']);
      expect(harness.heading).to.equal('Communauté');
    });

    itIsAccessibleInEveryTheme(async () => {
      const {harness} = await setupTest({url: community});
      await harness.until((h) => tabsOf(h).labels.length === 3);
      tabsOf(harness).tab('Posts').click();
      await harness.until((h) => !!tabsOf(h).panel?.querySelector('portico-posts'));
      return {harness};
    });
  });

  describe('on the dashboard', () => {
    it("should show the space's latest posts, pinned first, without the category filter", async () => {
      const {harness} = await setupTest();
      await harness.until(showing('dashboard'));
      // The dashboard adds its posts once the space says it runs them.
      await harness.until((h) => h.find('portico-posts') !== null);
      const posts = harness.find('portico-posts')!;
      expect(posts.compact).to.be.true;
      expect(posts.limit).to.equal(3);
      await harness.until(() => !!posts.shadowRoot?.querySelector('[part~="list"]'));
      const titles = [...posts.shadowRoot!.querySelectorAll('[part~="open-button"]')].map((b) =>
        b.textContent!.trim(),
      );
      expect(titles).to.deep.equal([
        'Phone booths: 45 minutes, then let someone else in',
        'Opening hours over the holidays',
        'Say hello to this month’s new members',
      ]);
      expect(posts.shadowRoot!.querySelector('[part~="categories"]')).to.equal(null);
    });

    it('should leave posts out where the space does not run them', async () => {
      const client = await withFeatures({posts: false});
      const {harness} = await setupTest({client});
      await harness.until(showing('dashboard'));
      await harness.until((h) => h.find('portico-entries') !== null);
      expect(harness.find('portico-posts')).to.equal(null);
    });
  });
});
