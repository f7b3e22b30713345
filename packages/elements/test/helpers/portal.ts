/// <reference types="mocha" />
// Shared by the portal's test files: a portal bound to a test client at a given URL, and
// what its pages and the document title should show.
import {expect, fixtureCleanup} from '@open-wc/testing';
import type {PorticoClient} from '@portico/sdk';
import {setViewport} from '@web/test-runner-commands';
import {html} from 'lit';
import sinon from 'sinon';
import {resetMockApi, signedInClient} from './mock-api.js';
import {mountElement} from './mount.js';
import {clearSharedClients} from '../../src/internal/client-registry.js';
import '../../src/credit-balance/credit-balance.js';
import '../../src/portal/portal.js';
import {PorticoPortalHarness} from '../../src/portal/portal.harness.js';

export const START_URL = location.pathname + location.search;
export const START_TITLE = document.title;
export const BASE = '/portal-test/';

export interface SetupOptions {
  member?: string | null;
  lang?: string;
  /** The URL the page is at when the portal appears (a deep link). */
  url?: string;
  /** The hash of this page's URL when the portal appears (a deep link), e.g. `/profile`. */
  hash?: string;
  routing?: 'path' | 'hash';
  client?: PorticoClient;
}

export async function setupTest(options: SetupOptions = {}) {
  const member = options.member === undefined ? 'ada@example.com' : options.member;
  const client = await signedInClient(options.client, member);
  const url = options.hash === undefined ? options.url : `${START_URL}#${options.hash}`;
  if (url) history.replaceState(null, '', url);
  const mounted = await mountElement(
    'portico-portal',
    PorticoPortalHarness,
    html`<portico-portal
      .client=${client}
      routing=${options.routing ?? 'hash'}
      base=${BASE}
    ></portico-portal>`,
    options.lang,
  );
  return {...mounted, client};
}

/** The page's heading has loaded and says `text`. */
export const showing = (page: string, heading?: string | RegExp) => (h: PorticoPortalHarness) =>
  h.page === page &&
  h.headingElement !== null &&
  (heading === undefined ||
    (typeof heading === 'string' ? h.heading === heading : heading.test(h.heading)));

/** A visitor's navigation: Book, Shop, the public Events and Members, Sign in. */
export const VISITOR_LINKS = {
  en: ['Book', 'Shop', 'Events', 'Members', 'Sign in'],
  fr: ['Réserver', 'Boutique', 'Événements', 'Membres', 'Connexion'],
};

/** A visitor's navigation once whole (the public pages show once their lists have answered). */
export async function visitorLinks(harness: PorticoPortalHarness): Promise<string[]> {
  await harness.until((h) => h.links.length === VISITOR_LINKS.en.length);
  return harness.links;
}

/** A visitor's navigation, once whole, is the public one in `lang`. */
export async function expectVisitorLinks(
  harness: PorticoPortalHarness,
  lang: keyof typeof VISITOR_LINKS = 'en',
): Promise<void> {
  expect(await visitorLinks(harness)).to.deep.equal(VISITOR_LINKS[lang]);
}

/** The document title for a page: its name, then the page's own title. */
export const title = (page: string) => [page, START_TITLE].filter(Boolean).join(' · ');

/**
 * `describe('<portico-portal>')` with a fresh seeded space before each test and, after it, the
 * portal gone, the page's URL, title and viewport as they were, and no shared client or spy.
 */
export function describePortal(tests: () => void): void {
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

    tests();
  });
}
