// The booking calendar's day grid in a page that places it in the document (examples/html):
// its cells by label, free runs of L'Atelier, dragging over cells with the mouse, and stepping
// day by day to a day that fits.
import {click, find} from './elements.mjs';
import {CALENDAR, ROOM} from './seed.mjs';
import {sleep} from './until.mjs';

/**
 * The labels of `count` consecutive free cells (15 minutes each) of the room in the day grid,
 * starting on the half hour, or null.
 */
export const freeRun = (page, count, skip = []) =>
  page.evaluate(
    ({host, room, count, skip}) => {
      const cells = [
        ...document.querySelector(host).shadowRoot.querySelectorAll('[role="gridcell"]'),
      ]
        .map((cell) => ({
          label: cell.getAttribute('aria-label') ?? '',
          row: Number(cell.dataset.row),
        }))
        .filter((c) => c.label.startsWith(`${room}, `) && c.label.endsWith(': free'))
        .filter((c) => !skip.some((s) => c.label.startsWith(s)))
        .sort((a, b) => a.row - b.row);
      for (let i = 0; i + count <= cells.length; i++) {
        const run = cells.slice(i, i + count);
        // Bookings of the room start on its 30-minute grid (rows are 15 minutes).
        if (!/:(00|30)\b/.test(run[0].label)) continue;
        if (run.every((c, j) => c.row === run[0].row + j))
          return run.map((c) => c.label.split(': ')[0]);
      }
      return null;
    },
    {host: CALENDAR, room: ROOM, count, skip},
  );

export const cell = (page, where) =>
  find(page, CALENDAR, `[role="gridcell"][aria-label^="${where}:"]`);

export const cellState = (page, where) =>
  page.evaluate(
    ({host, where}) =>
      document
        .querySelector(host)
        .shadowRoot.querySelector(`[role="gridcell"][aria-label^="${where}:"]`)
        ?.getAttribute('aria-label')
        ?.split(': ')
        .at(-1),
    {host: CALENDAR, where},
  );

/** Scrolls `handle` to the middle of the viewport (as far as the page scrolls). */
const centre = (handle) =>
  handle.evaluate((el) =>
    el.scrollIntoView({block: 'center', inline: 'center', behavior: 'instant'}),
  );

/** Presses on the first cell and releases on the last, with the mouse. */
export async function drag(page, from, to) {
  const first = await cell(page, from);
  const last = await cell(page, to);
  await centre(last);
  await centre(first);
  const a = await first.boundingBox();
  const b = await last.boundingBox();
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, {steps: 4});
  await page.mouse.up();
}

/** The date the calendar shows (its date field). */
const shownDay = (page) =>
  page.evaluate(
    (host) => document.querySelector(host).shadowRoot.querySelector('input[data-nav="date"]').value,
    CALENDAR,
  );

/** Shows the day view of today, then steps to the next day until `done` says stop. */
async function stepDays(page, done) {
  await click(page, CALENDAR, 'button[data-view="day"]');
  await click(page, CALENDAR, 'button[data-nav="today"]');
  await find(page, CALENDAR, '[role="gridcell"]');
  for (let days = 1; days <= 7; days++) {
    const before = await shownDay(page);
    await click(page, CALENDAR, 'button[data-nav="next"]');
    await page.waitForFunction(
      ({host, before}) => {
        const root = document.querySelector(host).shadowRoot;
        return (
          root.querySelector('input[data-nav="date"]').value !== before &&
          root.querySelector('[role="gridcell"]')
        );
      },
      {host: CALENDAR, before},
      {timeout: 8_000, polling: 50},
    );
    // The new day's availability has arrived; let the grid render it.
    await sleep(300);
    const result = await done(days);
    if (result) return result;
  }
  throw new Error('no day in the next 7 fits');
}

/** Moves the calendar (day view) to tomorrow, or the first day after it with a free run. */
export const goToBookableDay = (page, runLength) =>
  stepDays(page, async (days) => {
    const run = await freeRun(page, runLength);
    return run && {day: await shownDay(page), days, run};
  });

/** Moves the calendar (day view) to `day` (YYYY-MM-DD, within a week). */
export const goToDay = (page, day) => stepDays(page, async () => (await shownDay(page)) === day);

/** Waits until `page`'s calendar shows the cell labelled `where` (`L'Atelier, 8:00 AM`) booked. */
export async function waitUntilBooked(page, where, timeout = 15_000) {
  await page.waitForFunction(
    (where) =>
      document
        .querySelector('portico-booking-calendar')
        .shadowRoot.querySelector(`[role="gridcell"][aria-label^="${where}:"]`)
        ?.getAttribute('aria-label')
        ?.endsWith(': booked'),
    where,
    {timeout, polling: 20},
  );
}
