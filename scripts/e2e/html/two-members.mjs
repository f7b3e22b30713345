// Two members at once on examples/html: Farid takes the time Ada has selected (her Confirm
// answers 409, shown, nothing charged), then books another time that her calendar shows live.
import {expectProblem, holdRequests} from '../lib/browser.mjs';
import {cell, cellState, freeRun, goToDay, waitUntilBooked} from '../lib/calendar.mjs';
import {click, creditTotal, waitForText} from '../lib/elements.mjs';
import {CALENDAR} from '../lib/seed.mjs';

export async function doubleBooking(session) {
  const {journey, slot} = session;
  const a = session.tabs.ada;
  const {page} = a;
  const b = session.tabs.farid;
  await journey.step(
    'a double booking: Farid takes the time Ada has selected; her Confirm answers 409, shown',
    async () => {
      const [target] = await freeRun(page, 2);
      await (await cell(page, target)).click();
      await waitForText(page, CALENDAR, '[part~="quote"]', /1 credit/);
      // Ada's network is slow for a moment: the calendar cannot refresh before she confirms.
      const release = await holdRequests(page, (url) => url.href.includes('/availability'));
      try {
        await goToDay(b.page, slot.day);
        await (await cell(b.page, target)).click();
        await waitForText(b.page, CALENDAR, '[part~="quote"]', /credit/);
        await click(b.page, CALENDAR, 'button[part~="confirm-button"]');
        await waitForText(b.page, CALENDAR, '[part~="outcome"]', /^\s*Booked: L'Atelier/);
        await click(page, CALENDAR, 'button[part~="confirm-button"]');
        await waitForText(page, CALENDAR, '[part~="outcome"]', /Someone was faster/);
      } finally {
        await release();
      }
      // Chromium logs the 409 response itself; that one console error is expected.
      if (!expectProblem(a.problems, /status of 409 \(Conflict\)/))
        throw new Error('no 409 response was seen');
      // Once the calendar has caught up, the kept selection says why it cannot be booked.
      await waitForText(page, CALENDAR, '[part~="issue"]', /already booked/);
      if ((await creditTotal(page)) !== session.total)
        throw new Error(`charged anyway: ${await creditTotal(page)} credits`);
      return `${target}; ${session.total} credits, unchanged`;
    },
  );
}

export async function bookingSeenLive({journey, tabs}) {
  const {page} = tabs.ada;
  const b = tabs.farid;

  await journey.step(
    'Farid books another time in his browser; it appears booked in Ada’s calendar live',
    async () => {
      const [target] = await freeRun(b.page, 2);
      if ((await cellState(page, target)) !== 'free')
        throw new Error(`${target} is not free for Ada`);
      await (await cell(b.page, target)).click();
      await waitForText(b.page, CALENDAR, '[part~="quote"]', /credit/);
      await click(b.page, CALENDAR, 'button[part~="confirm-button"]');
      await waitForText(b.page, CALENDAR, '[part~="outcome"]', /^\s*Booked: L'Atelier/);
      const booked = Date.now();
      await waitUntilBooked(page, target, 3_000);
      return `${target}, seen ${Date.now() - booked} ms after Farid’s confirmation`;
    },
  );
}
