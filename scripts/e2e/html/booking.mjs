// Ada books L'Atelier on examples/html by dragging over the day grid: her credits drop, the
// booking's notification arrives live, and examples/node's schedule (the SDK in Node) shows it.
import {createPorticoClient} from '@portico/sdk';
import {formatSchedule, roomSchedule} from '../../../examples/node/room-schedule.mjs';
import {drag, goToBookableDay} from '../lib/calendar.mjs';
import {click, find, textOf, waitForText, waitForTotal} from '../lib/elements.mjs';
import {CALENDAR, NOTIFICATIONS, ROOM, SPACE} from '../lib/seed.mjs';

/** Sets `session.slot` (the day and its free run), `booking` and `bookingId`. */
export async function adaBooks(session) {
  const {journey} = session;
  const {page} = session.tabs.ada;
  let slot;
  let booking;
  let bookingId;
  await journey.step(
    'Ada books L’Atelier for two hours tomorrow; her credits drop by the cost',
    async () => {
      slot = await goToBookableDay(page, 8);
      await page.evaluate(() =>
        document.addEventListener(
          'portico-booking-created',
          (e) => (window.__booked = e.detail.bookings[0]),
        ),
      );
      await drag(page, slot.run[0], slot.run[7]);
      const quote = await waitForText(page, CALENDAR, '[part~="quote"]', /4 credits/);
      await click(page, CALENDAR, 'button[part~="confirm-button"]', {text: 'Confirm booking'});
      await waitForText(page, CALENDAR, '[part~="outcome"]', /^\s*Booked: L'Atelier/);
      await waitForTotal(page, session.total - 4);
      session.total -= 4;
      booking = await page.evaluate(() => window.__booked);
      bookingId = booking.id;
      await find(page, CALENDAR, `[part~="my-bookings"] [data-booking="${bookingId}"]`, {
        text: 'Confirmed',
      });
      const when = slot.days === 1 ? 'tomorrow' : `in ${slot.days} days (tomorrow is closed)`;
      return `${slot.day} (${when}) from ${slot.run[0].split(', ')[1]}; quote: "${quote.slice(0, 60)}…"; ${session.total} credits left`;
    },
  );

  session.slot = slot;
  session.booking = booking;
  session.bookingId = bookingId;
}

export async function bookingSeenElsewhere(session) {
  const {journey, site, slot, booking} = session;
  const {page} = session.tabs.ada;

  await journey.step(
    'the booking’s notification arrives live; Ada marks it read and the unread count drops',
    async () => {
      const unread = async () =>
        Number((await textOf(page, NOTIFICATIONS, '[part~="badge"]')).match(/\d+/)?.[0] ?? 0);
      const item = `[part~="item"][part~="unread"]`;
      await find(page, NOTIFICATIONS, item, {text: `${ROOM} booked`});
      const before = await unread();
      const id = await page.evaluate(
        ({host, item, room}) =>
          [...document.querySelector(host).shadowRoot.querySelectorAll(item)].find((li) =>
            li.textContent.includes(`${room} booked`),
          )?.dataset.id,
        {host: NOTIFICATIONS, item, room: ROOM},
      );
      await click(page, NOTIFICATIONS, `[data-id="${id}"] button[part~="mark-read-button"]`);
      await page.waitForFunction(
        ({host, id}) =>
          !document
            .querySelector(host)
            .shadowRoot.querySelector(`[data-id="${id}"]`)
            ?.matches('[part~="unread"]'),
        {host: NOTIFICATIONS, id},
        {timeout: 4_000},
      );
      const after = await unread();
      if (after !== before - 1) throw new Error(`unread went from ${before} to ${after}`);
      return `${before} → ${after} unread`;
    },
  );

  await journey.step(
    'examples/node: the room’s schedule for that day, from the SDK in Node, shows it booked',
    async () => {
      const client = createPorticoClient({
        baseUrl: `${site.url}/v1`,
        space: SPACE,
        realtime: false,
      });
      // roomSchedule lists "tomorrow" from `now` (the page's and the server's pinned clock,
      // not this process's): the day before the booking.
      const now = (await page.evaluate(() => Date.now())) + (slot.days - 1) * 86_400_000;
      const schedule = await roomSchedule(client, {roomId: 'room-atelier', now});
      const start = Date.parse(booking.start);
      const covered = schedule.busy.some(
        (b) => Date.parse(b.start) <= start && Date.parse(b.end) > start,
      );
      if (schedule.day !== slot.day || !covered) throw new Error(formatSchedule(schedule));
      return formatSchedule(schedule).split('\n')[1].trim();
    },
  );
}
