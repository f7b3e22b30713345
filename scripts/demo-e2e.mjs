#!/usr/bin/env node
// End-to-end test of the demo page that `npm start` serves (examples/portal): starts
// scripts/start.ts itself (it builds the CDN folder, then serves the page under its strict CSP
// with the mock API on the same origin), and drives the page in headless Chromium (through
// playwright-core) like a member, in the journeys of scripts/e2e/demo/, run in order on one
// session (Ada's browser, her credits): browses as a visitor, switches language and theme (a French visitor back: no English while the French text loads),
// signs in with the code from the dev mailbox, books a room in the calendar and sees the
// credits drop, sees the booking's notification arrive live and reads it, goes back and
// forward, opens a deep link, (a visitor's browser: registers for the Winter party on the
// public Events page and cancels with the mailed key, and the page at 390 px) saves the profile, buys credits with a discount code, pays her
// overdue invoice with a card her bank must confirm and downloads its PDF, cancels a
// booking for its refund, signs out, and uses the mobile menu; in other browsers, a new member
// goes through the terms and the profile prompt, an entries member checks in, Ada's visitor arrives and a parcel comes in (live, through the
// front desk's dev routes) and she collects it, she opens a help request that the space answers (live), a second
// member's booking shows live and wins a double booking (409), and a tablet's and a phone's
// touch screens scroll, select and book; Ada books a desk on the floor plan. Every button of the demo page's own markup is clicked
// at least once. Screenshots of the portal (desktop and 375 px, light and dark) go to
// test-results/demo-e2e/screens/ (docs/portal/ with PORTICO_SCREENSHOTS=1); on a failure, the
// page as it was goes to test-results/demo-e2e/. The first journey that throws ends the run.
//
//   node scripts/demo-e2e.mjs                          (npm test runs it as the `demo` suite)
//   PORTICO_SCREENSHOTS=1 node scripts/demo-e2e.mjs    (refreshes docs/portal/*.png)
//
// Prints one line per check and, with PORTICO_SUMMARY_FILE set, writes {passed, failed} there.
import {accessibility} from './e2e/demo/axe.mjs';
import {adaBooksInTheCalendar, creditsDropped, demoBookingButton} from './e2e/demo/booking.mjs';
import {billing} from './e2e/demo/billing.mjs';
import {cancelBooking} from './e2e/demo/cancel.mjs';
import {community} from './e2e/demo/community.mjs';
import {entriesCheckIn} from './e2e/demo/entries.mjs';
import {parcelCollected, visitorArrives} from './e2e/demo/front-desk.mjs';
import {frontDeskOnAPhone, requestAnswered} from './e2e/demo/help-desk.mjs';
import {floorPlanBooking} from './e2e/demo/floor-plan.mjs';
import {mobileMenu} from './e2e/demo/mobile-menu.mjs';
import {backForwardAndDeepLink, notifications} from './e2e/demo/navigation.mjs';
import {newMemberJoinsAPlan, newMemberSignsIn} from './e2e/demo/new-member.mjs';
import {phoneBookAndShop} from './e2e/demo/phone.mjs';
import {profile, signOut} from './e2e/demo/profile.mjs';
import {visitorRegistersAndCancels} from './e2e/demo/public-pages.mjs';
import {pageQuality} from './e2e/demo/quality.mjs';
import {openDemo} from './e2e/demo/session.mjs';
import {shop} from './e2e/demo/shop.mjs';
import {adaSignsIn} from './e2e/demo/sign-in.mjs';
import {tabletTouch} from './e2e/demo/tablet.mjs';
import {doubleBooking, liveBooking} from './e2e/demo/two-members.mjs';
import {frenchVisitorReturns, languageAndTheme, visitorBrowses} from './e2e/demo/visitor.mjs';
import {launch} from './e2e/lib/browser.mjs';
import {Checks, report} from './e2e/lib/checks.mjs';
import {startDemo} from './e2e/lib/demo-server.mjs';

const JOURNEYS = [
  visitorBrowses,
  languageAndTheme,
  frenchVisitorReturns,
  adaSignsIn,
  adaBooksInTheCalendar,
  creditsDropped,
  demoBookingButton,
  notifications,
  backForwardAndDeepLink,
  visitorRegistersAndCancels,
  profile,
  community,
  shop,
  billing,
  cancelBooking,
  newMemberSignsIn,
  newMemberJoinsAPlan,
  entriesCheckIn,
  visitorArrives,
  parcelCollected,
  requestAnswered,
  frontDeskOnAPhone,
  liveBooking,
  doubleBooking,
  tabletTouch,
  phoneBookAndShop,
  floorPlanBooking,
  mobileMenu,
  signOut,
  accessibility,
  pageQuality,
];

const checks = new Checks();
const failed = (error) => ['the demo test runs', false, error?.stack ?? String(error)];
try {
  const {origin, child} = await startDemo();
  checks.check('npm start serves the demo', true, origin);
  const browser = await launch();
  let demo;
  try {
    demo = await openDemo(browser, origin, checks);
    for (const journey of JOURNEYS) await journey(demo);
  } catch (error) {
    // While the browser is open, so that the check can screenshot the page shown.
    await (demo ?? checks).check(...failed(error));
  } finally {
    await browser.close();
    child.kill('SIGTERM');
  }
} catch (error) {
  checks.check(...failed(error));
}
process.exit(report(checks, 'demo e2e'));
