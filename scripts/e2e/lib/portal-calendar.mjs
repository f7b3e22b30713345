// The portal's booking calendar in its list view (Playwright): the first day with a free slot
// of a room, picking a slot by its label, confirming, and whether a slot is still offered.
import {clickButton, clickOn, textIn, waitFor} from './portal.mjs';
import {CALENDAR} from './seed.mjs';
import {until} from './until.mjs';

/** The label of the free slot of `room` listed first, in the portal's calendar. */
const firstListed = (page, room) =>
  page.evaluate((room) => {
    const portal = document.querySelector('portico-portal').shadowRoot;
    // The Book page keeps the calendar in its tabs' shadow root.
    const book = portal.querySelector('portico-portal-book').shadowRoot;
    const calendar = book.querySelector('portico-booking-calendar').shadowRoot;
    const section = calendar.querySelector(`section[aria-label="${room}"]`);
    return section?.querySelector('.list__slot:not([disabled])')?.getAttribute('aria-label');
  }, room);

/** The list view of the calendar on the first day (from today) with a free slot of `room`. */
export async function firstFreeSlotLabel(page, room, days = 3) {
  await until('the calendar toolbar', async () => /List/.test(await textIn(page, CALENDAR)));
  await clickButton(page, CALENDAR, 'List');
  await clickOn(page, CALENDAR, '[data-nav="today"]');
  for (let day = 0; day <= days; day++) {
    if (day > 0) await clickOn(page, CALENDAR, '[data-nav="next"]');
    const found = await until(`a free slot of ${room}`, () => firstListed(page, room), 4_000).catch(
      () => null,
    );
    if (found) return {label: found, day};
  }
  throw new Error(`No free slot of ${room} in ${days + 1} days`);
}

/** Picks the slot labelled `label` in the calendar's list view and waits for its quote. */
export async function pickListSlot(page, label, who) {
  const slot = await waitFor(page, CALENDAR, `.list__slot[aria-label="${label}"]`);
  await slot.click();
  await slot.dispose();
  await until(`${who}’s quote`, async () => /Paid with/.test(await textIn(page, CALENDAR)));
}

/** Confirms the quoted selection and waits until the calendar says it is booked. */
export async function confirmBooking(page, who) {
  await clickOn(page, CALENDAR, '[part~="confirm-button"]');
  await until(`${who}’s booking`, async () =>
    /Booked: L'Atelier/.test(await textIn(page, CALENDAR)),
  );
}

/** Whether the calendar's list view still offers the slot labelled `label`. */
export const offers = (page, label) =>
  page.evaluate((label) => {
    const portal = document.querySelector('portico-portal').shadowRoot;
    // The Book page keeps the calendar in its tabs' shadow root.
    const book = portal.querySelector('portico-portal-book').shadowRoot;
    const calendar = book.querySelector('portico-booking-calendar').shadowRoot;
    return [...calendar.querySelectorAll('.list__slot')].some(
      (button) => button.getAttribute('aria-label') === label,
    );
  }, label);
