// Ada books on the demo portal: L'Atelier's first free slot in the calendar's list view (the
// notification arrives live, the dashboard's credits drop and it lists the booking), then with
// the demo page's own "Book the next free slot" button.
import {firstFreeSlotLabel} from '../lib/portal-calendar.mjs';
import {creditsShown, navTo, onPage, stateOf, textIn, waitFor} from '../lib/portal.mjs';
import {CALENDAR, ROOM} from '../lib/seed.mjs';
import {until} from '../lib/until.mjs';

/** Book a room in the calendar: L'Atelier, the list view's first free slot. */
export async function adaBooksInTheCalendar(demo) {
  const {page} = demo;
  await navTo(page, 'Book');
  const state = await onPage(page, 'book', /^Book$/);
  await demo.check(
    'the Book link opens the calendar and focuses its heading',
    state.headingFocused &&
      state.path === '/members/book' &&
      state.title === 'Book · Demo Coworking',
    JSON.stringify(state),
  );
  // Today's free slots, else the next days' (late in the day nothing is left today).
  const first = await firstFreeSlotLabel(page, ROOM);
  const slot = await waitFor(page, CALENDAR, `.list__slot[aria-label="${first.label}"]`);
  await slot.click();
  await slot.dispose();
  const confirm = await waitFor(page, CALENDAR, '[part~="confirm-button"]');
  await until('the quote', async () => /credit/i.test(await textIn(page, CALENDAR)));
  await confirm.click();
  await confirm.dispose();
  await until('the booking outcome', async () =>
    /Booked: L'Atelier/.test(await textIn(page, CALENDAR)),
  );
  await demo.check("booking L'Atelier in the calendar succeeds", true);
  await until('the live notification of the booking', async () =>
    (await stateOf(page)).links.includes('Notifications 3 unread'),
  );
  await demo.check("the booking's notification arrives live (3 unread)", true);
}

/** Back to the dashboard: the credits dropped. */
export async function creditsDropped(demo) {
  const {page} = demo;
  const before = demo.credits;
  await navTo(page, 'Dashboard');
  await onPage(page, 'dashboard');
  const after = await until('the new balance', async () => {
    const credits = await creditsShown(page);
    return Number.isFinite(credits) && credits < before ? credits : false;
  });
  await demo.check(
    "the dashboard's credit balance dropped after booking",
    after < before,
    `${before} → ${after}`,
  );
  await until('the next booking on the dashboard', async () =>
    /L'Atelier/.test(await textIn(page, 'portico-portal-next-bookings')),
  );
  await demo.check('the dashboard lists the booking under "Next bookings"', true);
  demo.credits = after;
}

/**
 * The demo's own "Book the next free slot" button: credits drop again, live; it says the
 * time in the space's zone (Paris), as the calendar does, not the browser's (UTC here).
 */
export async function demoBookingButton(demo) {
  const {page} = demo;
  const after = demo.credits;
  const demoBooking = page.waitForResponse(
    (response) =>
      response.request().method() === 'POST' &&
      new URL(response.url()).pathname.endsWith('/bookings'),
  );
  await page.click('#book');
  const demoStart = (await (await demoBooking).json()).bookings?.[0]?.start;
  const booked = await until('the demo booking', async () => {
    const text = await page.$eval('#book-result', (p) => p.textContent);
    return /^Booked .+ for (\d+) credit/.test(text)
      ? text
      : /failed/i.test(text)
        ? `FAILED ${text}`
        : false;
  });
  const cost = Number(booked.match(/for (\d+) credit/)?.[1] ?? 0);
  const afterDemo = await until('the balance after the demo booking', async () => {
    const credits = await creditsShown(page);
    return credits === after - cost ? credits : false;
  }).catch(() => Number.NaN);
  demo.credits = afterDemo;
  await demo.check(
    '"Book the next free slot" books and the balance drops at once',
    afterDemo === after - cost,
    `${booked}; ${after} → ${afterDemo}`,
  );
  const parisTime = demoStart
    ? new Intl.DateTimeFormat('en', {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: 'Europe/Paris',
      }).format(new Date(demoStart))
    : 'no booking';
  await demo.check(
    '"Book the next free slot" says the time in the space’s zone',
    booked.includes(` on ${parisTime} `),
    `${booked} (start ${demoStart}, in Paris ${parisTime})`,
  );
}
