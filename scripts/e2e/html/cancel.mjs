// Ada's last steps on examples/html: she cancels her booking for a refund the API agrees with,
// then signs out and every widget returns to its visitor state.
import {apiCredits} from '../lib/dev-api.mjs';
import {click, find, waitForText, waitForTotal} from '../lib/elements.mjs';
import {ADA, BALANCE, CALENDAR, LOGIN} from '../lib/seed.mjs';

export async function adaCancels(session) {
  const {journey, site, bookingId} = session;
  const {page} = session.tabs.ada;
  await journey.step(
    'Ada cancels her booking ("Keep it" first) and sees the refund in her credits',
    async () => {
      const item = `[part~="my-bookings"] [data-booking="${bookingId}"]`;
      await click(page, CALENDAR, `${item} [part~="cancel-button"]`);
      await click(page, CALENDAR, `${item} [part~="cancel-confirm"] button`, {text: 'Keep it'});
      await click(page, CALENDAR, `${item} [part~="cancel-button"]`);
      const offer = await waitForText(
        page,
        CALENDAR,
        `${item} [part~="cancel-confirm"]`,
        /refunds \d+%: \d+ credits?/,
      );
      const refund = Number(offer.match(/: (\d+) credits?/)[1]);
      await click(page, CALENDAR, `${item} [part~="cancel-confirm-button"]`);
      const said = await waitForText(
        page,
        CALENDAR,
        '[part~="mine-message"]',
        /Cancelled: L'Atelier\. \d+% refunded/,
      );
      if (refund <= 0) throw new Error(`the refund offered is ${refund}`);
      await waitForTotal(page, session.total + refund);
      session.total += refund;
      const apiTotal = await apiCredits(site.url, ADA);
      if (apiTotal !== session.total)
        throw new Error(`the API says ${apiTotal} credits, the page ${session.total}`);
      return `"${offer}" → "${said}"; ${session.total} credits (the API agrees)`;
    },
  );
}

export async function adaSignsOut({journey, tabs}) {
  const {page} = tabs.ada;
  await journey.step('Ada signs out: every widget returns to its visitor state', async () => {
    await click(page, LOGIN, 'button[part~="logout-button"]');
    await find(page, LOGIN, 'input[part~="input"][type="email"]');
    await waitForText(page, BALANCE, '[part~="base"]', /Sign in to see your credits/);
    await page.waitForFunction(
      (host) => !document.querySelector(host).shadowRoot.querySelector('[part~="my-bookings"]'),
      CALENDAR,
      {timeout: 4_000},
    );
  });
}
