// Two members at once on the demo portal: Farid's booking leaves Ada's calendar live, and when
// both confirm the same slot he wins and her Confirm answers 409, shown.
import {expectProblem, holdRequests} from '../lib/browser.mjs';
import {confirmBooking, firstFreeSlotLabel, offers, pickListSlot} from '../lib/portal-calendar.mjs';
import {
  clickButton,
  clickOn,
  navTo,
  onPage,
  signInOnPortal,
  stateOf,
  textIn,
} from '../lib/portal.mjs';
import {CALENDAR, FARID, LOGIN, ROOM} from '../lib/seed.mjs';
import {until} from '../lib/until.mjs';

/**
 * Farid, in his own browser, books the slot Ada's calendar offers: it leaves her list
 * live, without a reload.
 */
export async function liveBooking(demo) {
  const {page} = demo;
  const farid = await demo.openMember();
  demo.farid = farid;
  await signInOnPortal(farid.page, FARID);
  await until('Farid signed in', async () => {
    if ((await stateOf(farid.page)).page === 'dashboard') return true;
    if (/Complete your profile/.test(await textIn(farid.page, LOGIN))) {
      await clickButton(farid.page, LOGIN, 'Skip for now');
    }
    return false;
  });
  await navTo(page, 'Book');
  await onPage(page, 'book');
  const seen = await firstFreeSlotLabel(page, ROOM);
  await navTo(farid.page, 'Book');
  await onPage(farid.page, 'book');
  // The same first free day in his calendar (the slot itself is found by its label below).
  await firstFreeSlotLabel(farid.page, ROOM);
  await pickListSlot(farid.page, seen.label, 'Farid');
  await confirmBooking(farid.page, 'Farid');
  const bookedAt = Date.now();
  const gone = await until(
    'the slot to leave Ada’s list',
    async () => !(await offers(page, seen.label)),
    5_000,
  )
    .then(() => true)
    .catch(() => false);
  await demo.check(
    'a booking made in a second browser leaves the first one’s calendar live',
    gone,
    `${seen.label}: gone from Ada’s list ${Date.now() - bookedAt} ms after Farid’s booking`,
  );
}

/**
 * A double booking through the portal: Ada has the next free slot selected and quoted;
 * her network is slow for a moment (availability held), so her calendar cannot catch up
 * before she confirms; Farid books that slot first. Her Confirm answers 409, shown, and
 * nothing is charged; once her calendar catches up, the kept selection says why.
 */
export async function doubleBooking(demo) {
  const {page, farid} = demo;
  const next = await firstFreeSlotLabel(page, ROOM);
  await pickListSlot(page, next.label, 'Ada');
  const answers = [];
  const onResponse = (response) => {
    if (response.request().method() === 'POST' && /\/bookings$/.test(response.url()))
      answers.push(response.status());
  };
  page.on('response', onResponse);
  let taken;
  const release = await holdRequests(page, (url) => url.href.includes('/availability'));
  try {
    await firstFreeSlotLabel(farid.page, ROOM);
    await pickListSlot(farid.page, next.label, 'Farid (second)');
    await confirmBooking(farid.page, 'Farid (second)');
    await clickOn(page, CALENDAR, '[part~="confirm-button"]');
    taken = await until(
      'Ada’s 409',
      async () => (await textIn(page, CALENDAR)).match(/Someone was faster[^.]*\./)?.[0],
    ).catch(() => '');
  } finally {
    await release();
    page.off('response', onResponse);
  }
  // Chromium logs the 409 response itself: that one console error is expected.
  const logged = expectProblem(demo.problems, /status of 409 \(Conflict\)/);
  const caughtUp = await until('Ada’s calendar to catch up', async () =>
    /already booked/.test(await textIn(page, CALENDAR)),
  )
    .then(() => true)
    .catch(() => false);
  await demo.check(
    'a double booking in the portal: Farid books first, Ada’s Confirm answers 409, shown',
    taken !== '' && answers.join() === '409' && logged && caughtUp,
    `${next.label}: "${taken}"; POST /bookings answered ${answers.join(', ') || 'nothing'}; then "already booked": ${caughtUp}`,
  );
  await farid.context.close();
}
