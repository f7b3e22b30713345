// Community events on examples/html: Ada takes the last seat of the pitch practice, Ben (in
// another browser) joins the waitlist, Ada cancels, and Ben's page shows the seat held for
// him without a reload (realtime), which he confirms.
import {openTab} from '../lib/browser.mjs';
import {click, find, waitForText} from '../lib/elements.mjs';
import {signIn} from '../lib/login.mjs';
import {BEN, EVENTS} from '../lib/seed.mjs';

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
      await find(b.page, EVENTS, 'button[part~="calendar-button"]');
      return `"${held.slice(0, 60)}…" seen ${seen} ms after Ada's cancellation, then registered`;
    },
  );
}
