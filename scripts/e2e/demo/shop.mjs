// Ada buys 10 credits in the demo portal's shop with the code WELCOME10: a declined test card
// first (the order waits for payment), then one that pays; her balance rises by 10.
import {expectProblem} from '../lib/browser.mjs';
import {
  clickOn,
  creditsShown,
  element,
  navTo,
  onPage,
  textIn,
  typeInto,
  waitFor,
} from '../lib/portal.mjs';
import {SHOP} from '../lib/seed.mjs';
import {until} from '../lib/until.mjs';

/** The shop: 10 credits with the code WELCOME10, paid; the balance rises by 10. */
export async function shop(demo) {
  const {page} = demo;
  const afterDemo = demo.credits;
  await navTo(page, 'Shop');
  await onPage(page, 'shop', /^Shop$/);
  await clickOn(page, SHOP, '[data-product-id="pack-10"] [part~="add-button"]').catch(async () => {
    await waitFor(page, SHOP, '[data-product-id="pack-10"] [part~="add-button"]');
    await clickOn(page, SHOP, '[data-product-id="pack-10"] [part~="add-button"]');
  });
  await until('the cart quoted at €40.00', async () =>
    /Total €40\.00/.test(await textIn(page, SHOP)),
  );
  await typeInto(page, SHOP, 'input[part~="discount-input"]', 'WELCOME10');
  await clickOn(page, SHOP, '[part~="discount-form"] button[type="submit"]');
  await until('WELCOME10 applied (€36.00)', async () =>
    /Total €36\.00/.test(await textIn(page, SHOP)),
  );
  // The card step: the mock server is in test mode, so the shop offers its test cards. The
  // declined one first: the order stays waiting for payment, and another card pays it.
  await clickOn(page, SHOP, 'button[part~="checkout-button"]');
  await waitFor(page, SHOP, '[part~="test-cards-hint"]');
  await clickOn(page, SHOP, '[part~="card-option"][value="pm_card_declined"]');
  await clickOn(page, SHOP, 'button[part~="pay-now-button"]');
  const declined = await until(
    'the declined card',
    async () => (await textIn(page, SHOP)).match(/Your card was declined\.[^.]*;[^.]*\./)?.[0],
  );
  // The order waits among those to pay, with its own Pay button.
  const pending = await until('the order waiting for payment', async () => {
    const list = await element(page, SHOP, '[part~="pending"]');
    const text = (await list?.evaluate((el) => el.textContent.replace(/\s+/g, ' '))) ?? '';
    await list?.dispose();
    return /Pay €36\.00/.test(text) && text;
  }).catch(() => '');
  // Chromium logs the 402 response itself: that one console error is expected.
  const logged402 = expectProblem(demo.problems, /status of 402 \(Payment Required\)/);
  await demo.check(
    'the Shop: a declined test card says why and leaves the order payable',
    /Nothing was charged; the order is waiting for payment\./.test(declined) &&
      pending !== '' &&
      logged402,
    `"${declined}"; pending: ${pending ? 'Pay €36.00' : 'not listed'}`,
  );
  await clickOn(page, SHOP, '[part~="card-option"][value="pm_card_visa"]');
  await clickOn(page, SHOP, 'button[part~="pay-now-button"]');
  const paid = await until(
    'the paid order',
    async () => (await textIn(page, SHOP)).match(/Order paid: €36\.00\./)?.[0],
  );
  await navTo(page, 'Dashboard');
  await onPage(page, 'dashboard');
  const afterPurchase = await until('the balance after the purchase', async () => {
    const credits = await creditsShown(page);
    return credits === afterDemo + 10 ? credits : false;
  }).catch(async () => creditsShown(page));
  demo.credits = afterPurchase;
  await demo.check(
    'the Shop sells 10 credits with WELCOME10, paid; the balance rises by 10',
    afterPurchase === afterDemo + 10,
    `"${paid}"; ${afterDemo} → ${afterPurchase}`,
  );
}
