// Ada on a phone (390 × 844, touch screen) on the demo portal, with Chromium's own touch input
// (CDP): on the Book page's list, a tapped slot shows as chosen, and the summary bar keeps its
// price and Confirm on screen without scrolling; Confirm books. In the shop, the cart is a
// summary bar that opens.
import {element, textIn, waitFor} from '../lib/portal.mjs';
import {CALENDAR, SHOP} from '../lib/seed.mjs';
import {touchScreen} from '../lib/touch.mjs';
import {sleep, until} from '../lib/until.mjs';

/** Where `selector` (in `hostTag`) is on screen: its box, and the window's height. */
async function boxOf(page, hostTag, selector) {
  const handle = await element(page, hostTag, selector);
  const box = handle
    ? await handle.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return {top: Math.round(r.top), bottom: Math.round(r.bottom), height: r.height};
      })
    : null;
  await handle?.dispose();
  return {...box, window: await page.evaluate(() => window.innerHeight)};
}

/** Whether a box of boxOf() is all on screen. */
const onScreen = (box) => box.height > 0 && box.top >= 0 && box.bottom <= box.window;

export async function phoneBookAndShop(demo) {
  const {
    context,
    page: phone,
    cdp,
  } = await demo.openAda('phone', '/members/book', {
    viewport: {width: 390, height: 844},
    hasTouch: true,
    isMobile: true,
  });
  demo.shown = phone;
  const {tap} = touchScreen(cdp);
  // The list's last free chip Ada's plan lets her book (Flex monthly leaves out the parking
  // space, listed last): the panel is thousands of pixels below it.
  const chip = await until(
    'the phone’s list of slots',
    async () => {
      const handle = await phone.evaluateHandle(() => {
        const calendar = document
          .querySelector('portico-portal')
          .shadowRoot.querySelector('portico-portal-book')
          ?.shadowRoot.querySelector('portico-booking-calendar');
        const bookable = '.list__resource:not([aria-label^="Parking"]) .list__slot';
        return [...(calendar?.shadowRoot?.querySelectorAll(bookable) ?? [])].at(-1) ?? null;
      });
      const el = handle.asElement();
      if (!el) await handle.dispose();
      return el ?? false;
    },
    20_000,
  );
  const chips = await phone.evaluate(() => {
    const calendar = document
      .querySelector('portico-portal')
      .shadowRoot.querySelector('portico-portal-book')
      ?.shadowRoot.querySelector('portico-booking-calendar');
    return calendar.shadowRoot.querySelectorAll('.list__slot').length;
  });
  const label = await chip.getAttribute('aria-label');
  await tap(chip);
  await until('the chip chosen', async () => (await chip.getAttribute('aria-pressed')) === 'true');
  await until('the quote in the summary bar', async () => {
    const button = await element(phone, CALENDAR, '[part~="summary-bar"] [part~="confirm-button"]');
    const ready = button && (await button.getAttribute('aria-disabled')) === 'false';
    await button?.dispose();
    return ready;
  });
  const scrolled = await phone.evaluate(() => window.scrollY);
  const confirmBox = await boxOf(phone, CALENDAR, '[part~="summary-bar"] [part~="confirm-button"]');
  const panelBox = await boxOf(phone, CALENDAR, '[part~="panel"]');
  const barText = (await textIn(phone, CALENDAR)).match(/Confirm booking$/) ? 'ok' : '';
  await demo.screenshot(phone, 'phone-book');
  await demo.check(
    'on a phone, a tapped list slot shows as chosen and Confirm with the price is on screen without scrolling',
    onScreen(confirmBox) &&
      !onScreen(panelBox) &&
      (await chip.getAttribute('aria-pressed')) === 'true',
    `${label}; ${chips} chips; Confirm ${JSON.stringify(confirmBox)}, panel ${JSON.stringify(panelBox)}, scrollY ${scrolled} ${barText}`,
  );
  await chip.dispose();
  const confirmButton = await element(
    phone,
    CALENDAR,
    '[part~="summary-bar"] [part~="confirm-button"]',
  );
  await tap(confirmButton);
  await confirmButton.dispose();
  const outcome = await until(
    'the phone’s booking',
    async () => (await textIn(phone, CALENDAR)).match(/Booked: [^.]+\./)?.[0],
  ).catch(() => '');
  const outcomeBox = await boxOf(phone, CALENDAR, '[part~="outcome"]');
  const outcomeFocused = await phone.evaluate(() => {
    const calendar = document
      .querySelector('portico-portal')
      .shadowRoot.querySelector('portico-portal-book')
      ?.shadowRoot.querySelector('portico-booking-calendar');
    return calendar.shadowRoot.activeElement?.getAttribute('part') === 'outcome';
  });
  await demo.check(
    'on a phone, tapping Confirm in the bar books, and the outcome shows (focused) on screen',
    /^Booked: /.test(outcome) && onScreen(outcomeBox) && outcomeFocused,
    `${outcome} ${JSON.stringify(outcomeBox)}, focused ${outcomeFocused}`,
  );
  // The shop: the cart is a summary bar at the bottom that opens.
  await phone.goto(`${demo.origin}/members/shop`, {waitUntil: 'load'});
  const add = await waitFor(
    phone,
    SHOP,
    '[data-product-id="pack-10"] [part~="add-button"]',
    20_000,
  );
  await tap(add);
  await add.dispose();
  const summary = await until('the cart bar’s summary', async () => {
    const text = (await textIn(phone, SHOP)).match(/1 item · €40\.00/)?.[0];
    return text ?? false;
  });
  await phone.evaluate(() => window.scrollTo(0, 0));
  const barBox = await boxOf(phone, SHOP, '[part~="cart-bar"]');
  const toggle = await element(phone, SHOP, '[part~="cart-toggle"]');
  await tap(toggle);
  await until('the cart open', async () => (await toggle.getAttribute('aria-expanded')) === 'true');
  await toggle.dispose();
  await sleep(300);
  const checkoutBox = await boxOf(phone, SHOP, '[part~="checkout-button"]');
  await demo.screenshot(phone, 'phone-shop');
  await demo.check(
    'on a phone, the shop’s cart is a summary bar on screen ("1 item · €40.00") that opens the cart',
    onScreen(barBox) && onScreen(checkoutBox),
    `${summary}; bar ${JSON.stringify(barBox)}, checkout ${JSON.stringify(checkoutBox)}`,
  );
  demo.shown = demo.page;
  await context.close();
}
