// Community events on examples/html: a visitor registers for a public event and cancels, on the
// page and from the mailed link; Ada takes the last seat of the pitch practice, Ben (in another
// browser) joins the waitlist, Ada cancels, and Ben's page shows the seat held for him without
// a reload (realtime), which he confirms.
import {readFile} from 'node:fs/promises';
import {openTab} from '../lib/browser.mjs';
import {mailbox} from '../lib/dev-api.mjs';
import {click, find, waitForText} from '../lib/elements.mjs';
import {signIn} from '../lib/login.mjs';
import {BEN, EVENTS, SPACE} from '../lib/seed.mjs';

const EVENT = 'Lunch & learn: pitch practice';

/** Opens `EVENT`'s details in `page`'s events widget. */
async function openEvent(page) {
  await click(page, EVENTS, 'button[part~="open-button"]', {text: EVENT});
  await waitForText(page, EVENTS, '#event-title', new RegExp(EVENT));
}

export async function lastSeatAndWaitlist(session) {
  const {browser, journey, site, tabs} = session;
  const {page} = tabs.ada;
  await journey.step('Ada takes the last seat of the pitch practice after the quote', async () => {
    await openEvent(page);
    const seats = await waitForText(page, EVENTS, '[part~="detail-seats"]', /1 seat left/);
    await click(page, EVENTS, 'button[part~="register-button"]', {text: 'Register'});
    await waitForText(page, EVENTS, '[part~="total"]', /Free/);
    await click(page, EVENTS, 'button[part~="confirm-button"]');
    const said = await waitForText(page, EVENTS, '[part~="notice"]', /You are registered/);
    await waitForText(page, EVENTS, '[part~="detail-seats"]', /waitlist open/);
    return `${seats} → "${said}"`;
  });
  const b = await openTab(browser, `${site.url}/`);
  tabs.ben = b;
  await journey.step('Ben signs in in another browser and joins the waitlist', async () => {
    await signIn(b.page, site, BEN, {profile: 'skip'});
    await openEvent(b.page);
    await click(b.page, EVENTS, 'button[part~="register-button"]', {text: 'Join the waitlist'});
    await waitForText(b.page, EVENTS, '[part~="will-wait"]', /number 1/);
    await click(b.page, EVENTS, 'button[part~="confirm-button"]');
    return waitForText(b.page, EVENTS, '[part~="my-status"]', /Waitlist #1/);
  });
  await journey.step(
    'Ada cancels; Ben’s page shows the seat held for him live, and he confirms it',
    async () => {
      await click(page, EVENTS, 'button[part~="cancel-button"]');
      await click(page, EVENTS, 'button[part~="confirm-cancel-button"]');
      await waitForText(page, EVENTS, '[part~="notice"]', /is cancelled/);
      const cancelled = Date.now();
      const held = await waitForText(
        b.page,
        EVENTS,
        '[part~="my-status"]',
        /Seat held for you/,
        5_000,
      );
      const seen = Date.now() - cancelled;
      await click(b.page, EVENTS, 'button[part~="confirm-seat-button"]');
      await waitForText(b.page, EVENTS, '[part~="my-status"]', /Registered/);
      // His calendar: the .ics writer loads with the first download.
      const [download] = await Promise.all([
        b.page.waitForEvent('download'),
        click(b.page, EVENTS, 'button[part~="calendar-button"]'),
      ]);
      const ics = await readFile(await download.path(), 'utf8');
      if (
        !/^BEGIN:VCALENDAR\r\n/.test(ics) ||
        !ics.includes('SUMMARY:Lunch & learn: pitch practice')
      ) {
        throw new Error(
          `${download.suggestedFilename()} is not the event's .ics: ${ics.slice(0, 200)}`,
        );
      }
      return `"${held.slice(0, 60)}…" seen ${seen} ms after Ada's cancellation, then registered; ${download.suggestedFilename()} downloaded`;
    },
  );
}

const PUBLIC_EVENT = 'Winter party';
const VISITOR = {name: 'Margaret Hamilton', email: 'margaret@example.org'};

/** The public event as the API tells a visitor. */
async function publicEvent(site) {
  const response = await fetch(`${site.url}/v1/spaces/${SPACE}/public-events/evt_winter_party`);
  return response.json();
}

/** The subject and text of the newest mail to the visitor. */
async function visitorMail(site) {
  const [latest] = await mailbox(site.url, VISITOR.email);
  if (!latest) throw new Error(`no mail to ${VISITOR.email}`);
  return latest;
}

/**
 * Signed out, a visitor registers for the public winter party with a name and an email (no
 * account), gets the confirmation and its cancellation key by mail, then cancels on the page:
 * the seat is free again and the cancellation is mailed. Back to the list for the members.
 */
export async function visitorRegistersForEvent(session) {
  const {journey, site, tabs} = session;
  const {page} = tabs.ada;
  let seats = '';
  await journey.step('visitor: registers for a public event with a name and email', async () => {
    await click(page, EVENTS, 'button[part~="open-button"]', {text: PUBLIC_EVENT});
    await waitForText(page, EVENTS, '#event-title', new RegExp(PUBLIC_EVENT));
    seats = await waitForText(page, EVENTS, '[part~="detail-seats"]', /seats? left/);
    await (await find(page, EVENTS, 'input[part~="visitor-name"]')).type(VISITOR.name);
    await (await find(page, EVENTS, 'input[part~="visitor-email"]')).type(VISITOR.email);
    await click(page, EVENTS, 'button[part~="register-button"]', {text: 'Register'});
    const said = await waitForText(page, EVENTS, '[part~="notice"]', /You're in!/);
    const mail = await visitorMail(site);
    if (!/^You're in: Winter party/.test(mail.subject)) throw new Error(`mailed "${mail.subject}"`);
    if (!/key: \S{40,}/.test(mail.text)) throw new Error('the mail carries no cancellation key');
    const fewer = await waitForText(page, EVENTS, '[part~="detail-seats"]', /seats? left/);
    if (fewer === seats) throw new Error(`still "${seats}" after registering`);
    return `${seats} → "${said}", ${fewer}; mailed "${mail.subject}" with its key`;
  });
  await journey.step(
    'visitor: cancels on the page; the seat is free again, and mailed',
    async () => {
      await click(page, EVENTS, 'button[part~="cancel-button"]', {text: 'Cancel my registration'});
      const said = await waitForText(page, EVENTS, '[part~="notice"]', /is cancelled/);
      await find(page, EVENTS, '[part~="visitor-form"]');
      await waitForText(page, EVENTS, '[part~="detail-seats"]', new RegExp(`^${seats}$`));
      const mail = await visitorMail(site);
      if (!/^Cancelled: Winter party/.test(mail.subject))
        throw new Error(`mailed "${mail.subject}"`);
      await click(page, EVENTS, 'button[part~="back-button"]');
      await find(page, EVENTS, 'button[part~="open-button"]', {text: PUBLIC_EVENT});
      return `"${said}"; ${seats} again; mailed "${mail.subject}"`;
    },
  );
  await journey.step('visitor: registers again, then cancels from the mailed link', async () => {
    await click(page, EVENTS, 'button[part~="open-button"]', {text: PUBLIC_EVENT});
    await click(page, EVENTS, 'button[part~="register-button"]', {text: 'Register'});
    await waitForText(page, EVENTS, '[part~="notice"]', /You're in!/);
    const mail = await visitorMail(site);
    const link = /(\?cancel-registration=\S+)/.exec(mail.text)?.[1];
    if (!link) throw new Error(`no link in "${mail.text}"`);
    // Another day, another browser: the link from the mail.
    const v = await openTab(session.browser, `${site.url}/${link}`);
    tabs.visitor = v;
    await waitForText(v.page, EVENTS, '[part~="visitor-cancel"]', /Cancel your registration\?/);
    await click(v.page, EVENTS, 'button[part~="confirm-cancel-button"]');
    const said = await waitForText(v.page, EVENTS, '[part~="notice"]', /is cancelled/);
    const url = v.page.url();
    if (url.includes('cancel-registration')) throw new Error(`the key stays in ${url}`);
    const left = (await publicEvent(site)).seatsLeft;
    if (`${left} seats left` !== seats) throw new Error(`${left} seats left, not ${seats}`);
    await click(page, EVENTS, 'button[part~="back-button"]');
    return `"${said}"; ${left} seats left again`;
  });
}
