// Ada's bookings on examples/html: "Add to calendar" saves an .ics file in the space's zone,
// and the Past and Upcoming tabs list what they should.
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {click, find} from '../lib/elements.mjs';
import {CALENDAR} from '../lib/seed.mjs';
import {until} from '../lib/until.mjs';

export async function myBookings({journey, tabs, downloads, slot, bookingId}) {
  const {page} = tabs.ada;
  await journey.step('"Add to calendar" saves the booking as an .ics file', async () => {
    await click(page, CALENDAR, `[data-booking="${bookingId}"] [part~="ics-button"]`);
    const file = path.join(downloads, `${bookingId}.ics`);
    await until(file, () => existsSync(file), 5_000, {interval: 50}).catch(() => {
      throw new Error(`no ${bookingId}.ics was saved`);
    });
    const ics = readFileSync(file, 'utf8');
    // The booking's start, as wall-clock time in the space's zone (the cell said "8:00 AM").
    const [, hour, minute, half] = slot.run[0].match(/(\d+):(\d+) (AM|PM)/);
    const h24 = (Number(hour) % 12) + (half === 'PM' ? 12 : 0);
    const start = `${slot.day.replaceAll('-', '')}T${String(h24).padStart(2, '0')}${minute}00`;
    for (const line of [
      'BEGIN:VCALENDAR',
      "SUMMARY:L'Atelier",
      `DTSTART;TZID=Europe/Paris:${start}`,
    ]) {
      if (!ics.includes(line)) throw new Error(`the .ics has no "${line}":\n${ics}`);
    }
    return `${bookingId}.ics: DTSTART;TZID=Europe/Paris:${start}`;
  });
  await journey.step(
    'her bookings: the Past tab lists past ones, Upcoming the new one',
    async () => {
      const mine = '[part~="my-bookings"]';
      await click(page, CALENDAR, `${mine} button`, {text: 'Past'});
      await find(
        page,
        CALENDAR,
        `${mine} button[aria-pressed="true"], ${mine} [aria-selected="true"]`,
        {
          text: 'Past',
        },
      );
      const past = await page.evaluate(
        ({host, mine}) =>
          document.querySelector(host).shadowRoot.querySelectorAll(`${mine} [data-booking]`).length,
        {host: CALENDAR, mine},
      );
      if (past === 0) throw new Error('no past bookings are listed');
      await click(page, CALENDAR, `${mine} button`, {text: 'Upcoming'});
      await find(page, CALENDAR, `${mine} [data-booking="${bookingId}"]`);
      return `${past} past bookings`;
    },
  );
}
