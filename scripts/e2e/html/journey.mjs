// The member journey through examples/html (La Canopée's own page with six widgets, under its
// strict CSP), in Chromium against the real mock server over HTTP, then the page's quality:
// the journeys below, in order, share one session (the site, the members' browsers, Ada's
// credits and booking) and one Journey, whose first failing step stops the rest.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {startSite} from '../../../examples/html/server.mjs';
import {TEST_NOW} from '../../lib/test-clock.mjs';
import {Journey} from '../lib/journey.mjs';
import {SPACE} from '../lib/seed.mjs';
import {accessibility} from './axe.mjs';
import {adaBooks, bookingSeenElsewhere} from './booking.mjs';
import {adaCancels, adaSignsOut} from './cancel.mjs';
import {benChecksIn} from './entries.mjs';
import {lastSeatAndWaitlist, visitorRegistersForEvent} from './events.mjs';
import {myBookings} from './my-bookings.mjs';
import {everyBrowserClean} from './quality.mjs';
import {shop} from './shop.mjs';
import {adaSignsIn, faridSignsIn} from './sign-in.mjs';
import {bookingSeenLive, doubleBooking} from './two-members.mjs';
import {browsing, firstVisit} from './visitor.mjs';

const JOURNEYS = [
  firstVisit,
  browsing,
  visitorRegistersForEvent,
  adaSignsIn,
  faridSignsIn,
  adaBooks,
  bookingSeenElsewhere,
  doubleBooking,
  bookingSeenLive,
  myBookings,
  shop,
  lastSeatAndWaitlist,
  adaCancels,
  adaSignsOut,
  benChecksIn,
  accessibility,
  everyBrowserClean,
];

/**
 * The journey's starting point, set on the server's state: the space published new terms
 * since Ada accepted hers, and this is her first sign-in on the new site (so she is asked to
 * complete her profile); Farid signs in for the first time too.
 */
function prepareMembers(api) {
  api.db.transaction((tx) => {
    const ada = tx.get('members', 'mem_ada');
    tx.put('members', {...ada, termsAcceptedVersion: '2023-01', lastLoginAt: null});
    const farid = tx.get('members', 'mem_farid');
    tx.put('members', {...farid, lastLoginAt: null});
  });
}

export async function htmlJourney(browser, checks) {
  const site = await startSite({scenario: SPACE, now: TEST_NOW});
  prepareMembers(site.api);
  /** The members' browsers by name, each screenshotted after every step. */
  const tabs = {};
  const session = {
    browser,
    checks,
    site,
    tabs,
    journey: new Journey(checks, 'html', () => tabs),
    // Where Ada's browser saves files ("Add to calendar").
    downloads: mkdtempSync(path.join(tmpdir(), 'portico-e2e-')),
    /** Ada's credits as the page must show them. */
    total: NaN,
  };
  try {
    for (const journey of JOURNEYS) await journey(session);
  } finally {
    for (const tab of Object.values(tabs)) await tab.context.close().catch(() => {});
    await site.close();
    rmSync(session.downloads, {recursive: true, force: true});
  }
}
