// A visitor (a browser of their own) on the demo portal's public pages: Events from the
// navigation, registering for the
// Winter party with a name and email, the key from the confirmation mail opened on the
// portal's Events page, and cancelling; the public Members page; then the Events page on a
// 390 px phone, where "Sign in" stays in the header. It runs once Ada has read her
// notifications: a registration lets time act, and her event reminders go out.
import {openTab} from '../lib/browser.mjs';
import {mailbox} from '../lib/dev-api.mjs';
import {
  clickOn,
  element,
  navTo,
  onPage,
  textIn,
  typeInto,
  visitorState,
  waitFor,
} from '../lib/portal.mjs';
import {EVENTS, PORTAL} from '../lib/seed.mjs';
import {until} from '../lib/until.mjs';

const VISITOR = 'margaret@example.org';
const PHONE = 390;

export async function visitorRegistersAndCancels(demo) {
  const {origin} = demo;
  const visitor = await demo.openMember();
  const {page} = visitor;
  const {links} = await visitorState(page);
  await demo.check(
    'a visitor sees Book, Shop, Events, Members and Sign in',
    links.join('|') === 'Book|Shop|Events|Members|Sign in',
    links.join('|'),
  );
  await navTo(page, 'Events');
  const events = await onPage(page, 'events', /^Events$/);
  await demo.check(
    'the visitor opens Events: the public events, the heading focused',
    events.headingFocused && events.path === '/members/events' && events.title.startsWith('Events'),
    JSON.stringify(events),
  );
  await waitFor(page, EVENTS, '[part~="open-button"]', {text: 'Winter party'});
  await demo.screenshot(page, 'desktop-light-visitor-events');
  const party = await element(page, EVENTS, '[part~="open-button"]', 'Winter party');
  await party.click();
  await party.dispose();
  await typeInto(page, EVENTS, '[part~="visitor-name"]', 'Margaret Hamilton');
  await typeInto(page, EVENTS, '[part~="visitor-email"]', VISITOR);
  await clickOn(page, EVENTS, '[part~="register-button"]');
  const registered = await until('the registration', async () => {
    const text = await textIn(page, EVENTS);
    return /You're in!/.test(text) && text;
  });
  await demo.check(
    'the visitor registers for the Winter party with a name and email',
    registered.includes(`on their way to ${VISITOR}`),
  );
  const mail = await until('the confirmation mail', async () =>
    (await mailbox(origin, VISITOR)).find((m) => m.subject.startsWith("You're in: Winter party")),
  );
  const key = mail.text.match(/Your cancellation key: (\S+)/)?.[1];
  await demo.check('the mail carries a cancellation key', Boolean(key), mail.text);

  // The link from the mail, on the portal's Events page.
  await page.goto(`${origin}/members/events?cancel-registration=${key}`, {waitUntil: 'load'});
  await onPage(page, 'events', /^Events$/);
  await waitFor(page, EVENTS, '[part~="visitor-cancel"]');
  await clickOn(page, EVENTS, '[part~="confirm-cancel-button"]');
  const cancelled = await until('the cancellation', async () => {
    const text = await textIn(page, EVENTS);
    return /is cancelled/.test(text) && text;
  });
  const url = new URL(page.url());
  await demo.check(
    'the mailed link on the Events page cancels the registration, the key gone from the URL',
    cancelled.includes('Your registration for Winter party is cancelled') &&
      url.pathname === '/members/events' &&
      !url.search.includes('cancel-registration'),
    `${url.pathname}${url.search}`,
  );

  await navTo(page, 'Members');
  await onPage(page, 'members', /^Members$/);
  const listed = await until('the public listing', async () => {
    const text = await textIn(page, 'portico-directory');
    return /Ben Okafor/.test(text) && text;
  });
  await demo.check(
    'the public Members page lists who chose everyone, and no one else',
    listed.includes('Kemi Adeyemi') && !listed.includes('Ada Lovelace'),
  );
  await visitor.context.close();
  await visitorOnAPhone(demo);
}

/** The Events page at 390 px (a new visitor): no sideways scroll, and "Sign in" one click away. */
async function visitorOnAPhone(demo) {
  const phone = await openTab(demo.browser, `${demo.origin}/members/events`, {
    width: PHONE,
    height: 844,
    colorScheme: 'light',
  });
  try {
    const {page} = phone;
    await onPage(page, 'events', /^Events$/);
    await waitFor(page, EVENTS, '[part~="open-button"]', {text: 'Winter party'});
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    await demo.check(`at ${PHONE} px the Events page does not scroll sideways`, width <= PHONE);
    await demo.screenshot(page, 'phone-visitor-events');
    const signIn = await element(page, PORTAL, '[part~="sign-in-link"]');
    await demo.check(
      `at ${PHONE} px "Sign in" shows in the header, beside the menu`,
      Boolean(signIn) && (await signIn.isVisible()),
    );
    await signIn.click();
    await signIn.dispose();
    const state = await onPage(page, 'signIn', /^Sign in$/);
    await demo.check('one click on it opens the sign-in page', state.headingFocused);
  } finally {
    await phone.context.close();
  }
}
