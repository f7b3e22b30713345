// Ada books a desk on the floor plan: the Book page's "Floor plan" tab, a day and a morning,
// a free place on the plan clicked with the mouse, its card and the same booking panel as the
// calendar; the place turns hers. Screenshots of the tab at 1280 and 390 px for docs/portal/.
import {clickButton, element, navTo, onPage, textIn, waitFor} from '../lib/portal.mjs';
import {TEST_NOW} from '../../lib/test-clock.mjs';
import {sleep, until} from '../lib/until.mjs';

const PLAN = 'portico-floor-plan';

/** Two days after the demo's clock (a Friday, open all day): `YYYY-MM-DD`. */
const DAY = new Date(Date.parse(TEST_NOW) + 2 * 86_400_000).toISOString().slice(0, 10);

export async function floorPlanBooking(demo) {
  const {page} = demo;
  await page.setViewportSize({width: 1280, height: 900});
  await navTo(page, 'Book');
  await onPage(page, 'book', /^Book$/);
  await clickButton(page, 'portico-portal-book', 'Floor plan');
  await waitFor(page, PLAN, '.place');
  await demo.check('the Book page has a Floor plan tab that shows the plan', true);
  const date = await waitFor(page, PLAN, '[part~="date"]');
  await date.fill(DAY);
  await date.dispose();
  const [from, until_] = await Promise.all(
    [0, 1].map(async (i) => await page.locator(`${PLAN} select`).nth(i).elementHandle()),
  );
  await until_.selectOption('13:00');
  await from.selectOption('09:00');
  await Promise.all([from.dispose(), until_.dispose()]);
  const place = await until('a free place on the plan', async () =>
    element(page, PLAN, '.place[data-state="free"], .place[data-state="partial"]'),
  );
  const name = (await place.getAttribute('aria-label')).split(',')[0];
  await place.click();
  await place.dispose();
  await until('the quote', async () => /Paid with|credit/.test(await textIn(page, PLAN)));
  await sleep(300);
  await demo.screenshot(page, 'desktop-light-floor-plan');
  const confirm = await waitFor(page, PLAN, '[part~="confirm-button"]');
  await confirm.click();
  await confirm.dispose();
  await until('the booking outcome', async () => /Booked/.test(await textIn(page, PLAN)));
  const mine = await until('the place turns yours', async () =>
    element(page, PLAN, `.place[data-state="mine"][aria-label^="${name},"]`),
  );
  await mine.dispose();
  await demo.check(`booking ${name} on the floor plan succeeds and the place turns yours`, true);
  await page.setViewportSize({width: 390, height: 844});
  await sleep(500);
  await demo.screenshot(page, 'phone-floor-plan');
  await page.setViewportSize({width: 1280, height: 900});
}
