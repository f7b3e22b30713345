// Moving around the demo portal: Ada reads her notifications, goes Back and Forward, and
// opens a deep link.
import {clickButton, navTo, onPage, stateOf, textIn} from '../lib/portal.mjs';
import {NOTIFICATIONS} from '../lib/seed.mjs';
import {until} from '../lib/until.mjs';

/** Read the notifications. */
export async function notifications(demo) {
  const {page} = demo;
  await navTo(page, 'Notifications');
  const state = await onPage(page, 'notifications', /^Notifications$/);
  await demo.check(
    'the Notifications page focuses its heading',
    state.headingFocused,
    JSON.stringify(state),
  );
  await until('the list', async () => /L'Atelier booked/.test(await textIn(page, NOTIFICATIONS)));
  await clickButton(page, NOTIFICATIONS, 'Mark all as read');
  await until('everything read', async () => {
    const links = (await stateOf(page)).links;
    return (
      links.includes('Notifications') && !/Mark all as read/.test(await textIn(page, NOTIFICATIONS))
    );
  });
  await demo.check('"Mark all as read" clears the unread count in the navigation', true);
}

/** Back and forward, and a deep link. */
export async function backForwardAndDeepLink(demo) {
  const {page} = demo;
  let state;
  await page.goBack();
  state = await onPage(page, 'dashboard');
  await demo.check(
    'Back returns to the dashboard, focusing its heading',
    state.headingFocused && state.path === '/members/',
    JSON.stringify(state),
  );
  await page.goForward();
  state = await onPage(page, 'notifications');
  await demo.check(
    'Forward returns to the notifications',
    state.path === '/members/notifications',
    JSON.stringify(state),
  );
  // 'load', not 'networkidle': a signed-in page keeps its realtime event stream open.
  await page.goto(`${demo.origin}/members/membership`, {waitUntil: 'load'});
  state = await onPage(page, 'membership', /^Membership$/);
  await demo.check(
    'a deep link (a reload of /members/membership) opens that page, still signed in',
    state.links.length === 12,
    JSON.stringify(state),
  );
  await demo.recordClicks();
}
