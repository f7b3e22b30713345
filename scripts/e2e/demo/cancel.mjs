// Ada cancels a booking from "My bookings" in the demo portal's calendar: the refund is
// offered first, then given back in credits.
import {cancellableBookings} from '../lib/in-page.mjs';
import {clickButton, clickOn, creditsShown, navTo, onPage, textIn} from '../lib/portal.mjs';
import {CALENDAR} from '../lib/seed.mjs';
import {until} from '../lib/until.mjs';

/**
 * Cancel a booking from "My bookings": the refund is offered first ("Keep it" on one
 * that would give nothing back, as within a day of its start), then given.
 */
export async function cancelBooking(demo) {
  const {page} = demo;
  const afterPurchase = demo.credits;
  await navTo(page, 'Book');
  await onPage(page, 'book', /^Book$/);
  const cancellable = await until('my bookings', async () => {
    const ids = await page.evaluate(cancellableBookings);
    return ids.length ? ids : false;
  });
  let offer;
  let item;
  for (const id of cancellable) {
    item = `[part~="my-bookings"] [data-booking="${id}"]`;
    await clickOn(page, CALENDAR, `${item} [part~="cancel-button"]`);
    const text = await until(
      'the refund offered',
      async () => (await textIn(page, CALENDAR)).match(/Cancelling now refunds [^.]*\./)?.[0],
    );
    offer = text.match(/refunds (\d+)%: (\d+) credits?\./);
    if (offer) break;
    await clickButton(page, CALENDAR, 'Keep it');
  }
  if (!offer) throw new Error('no booking of Ada’s refunds any credits now');
  const refund = Number(offer[2]);
  await clickOn(page, CALENDAR, `${item} [part~="cancel-confirm-button"]`);
  const cancelled = await until(
    'the cancellation',
    async () => (await textIn(page, CALENDAR)).match(/Cancelled: [^.]+\. \d+% refunded\./)?.[0],
  );
  await navTo(page, 'Dashboard');
  await onPage(page, 'dashboard');
  const afterRefund = await until('the balance after the refund', async () => {
    const credits = await creditsShown(page);
    return credits === afterPurchase + refund ? credits : false;
  }).catch(async () => creditsShown(page));
  demo.credits = afterRefund;
  await demo.check(
    'cancelling a booking shows the refund first, then gives it back in credits',
    refund > 0 && afterRefund === afterPurchase + refund,
    `"${offer[0]}" → "${cancelled}"; ${afterPurchase} → ${afterRefund}`,
  );
}
