// Ada in examples/html's shop: cancels the order left waiting for payment, puts a day pass in
// the cart and out again, opens the credit packs from "Buy credits", and buys 10 credits with a
// discount code.
import {click, find, waitForText, waitForTotal} from '../lib/elements.mjs';
import {BALANCE, SHOP} from '../lib/seed.mjs';

export async function shop(session) {
  const {journey} = session;
  const {page} = session.tabs.ada;
  await journey.step('Ada cancels the order she left waiting for payment', async () => {
    await click(page, SHOP, 'button[part~="cancel-order-button"]');
    await waitForText(page, SHOP, '[part~="base"]', /Order cancelled\./);
    await page.waitForFunction(
      (host) => !document.querySelector(host).shadowRoot.querySelector('[part~="pending"]'),
      SHOP,
      {timeout: 4_000},
    );
    return '“Order cancelled.”; nothing waits for payment';
  });
  await journey.step('a day pass goes into the cart and out again (Remove)', async () => {
    await click(page, SHOP, '[part~="product"][data-product-id="day-pass"] [part~="add-button"]');
    await find(page, SHOP, '[part~="cart"] [data-product-id="day-pass"]');
    await click(page, SHOP, '[part~="cart"] [data-product-id="day-pass"] [part~="remove-button"]');
    await waitForText(page, SHOP, '[part~="cart"]', /Your cart is empty/);
  });
  await journey.step('"Buy credits" opens the shop on its credit packs', async () => {
    await click(page, BALANCE, 'button[part~="buy-button"]');
    await find(page, SHOP, 'button[part~="category"][aria-pressed="true"]', {
      text: 'Credit packs',
    });
    await page.waitForFunction(
      (host) =>
        document
          .querySelector(host)
          .shadowRoot.activeElement?.getAttribute('part')
          ?.includes('heading'),
      SHOP,
      {timeout: 4_000},
    );
  });
  await journey.step(
    'Ada buys 10 credits with the code WELCOME10 and pays; her credits rise by 10',
    async () => {
      await click(page, SHOP, '[part~="product"][data-product-id="pack-10"] [part~="add-button"]');
      await waitForText(page, SHOP, '[part~="totals"]', /€40\.00/);
      const code = await find(page, SHOP, 'input[part~="discount-input"]');
      await code.type('WELCOME10');
      await click(page, SHOP, '[part~="discount-form"] button[type="submit"]');
      await waitForText(page, SHOP, '[part~="discount-applied"]', /WELCOME10/);
      await waitForText(page, SHOP, '[part~="totals"]', /€36\.00/);
      await click(page, SHOP, 'button[part~="checkout-button"]');
      // The card step offers the mock server's test cards; the first one pays.
      await click(page, SHOP, 'button[part~="pay-now-button"]');
      const notice = await waitForText(
        page,
        SHOP,
        '[part~="checkout-notice"]',
        /Order paid: €36\.00/,
      );
      await waitForTotal(page, session.total + 10);
      session.total += 10;
      await waitForText(page, SHOP, '[part~="purchases"]', /1 × 10 credits/);
      return `"${notice}"; ${session.total} credits`;
    },
  );
}
