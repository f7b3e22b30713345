// Ada's desktop turned into a 375 px phone on the demo portal: the navigation behind a menu
// button, the credit history, the menu opening and closing; the screenshots of
// docs/portal/ in light and dark.
import {clickOn, element, navTo, onPage, textIn, untilCredits} from '../lib/portal.mjs';
import {BALANCE, PORTAL} from '../lib/seed.mjs';
import {emulatePhone} from '../lib/touch.mjs';
import {sleep, until} from '../lib/until.mjs';

/** Screenshots: dark desktop, then the 375 px mobile layout with its menu. */
export async function mobileMenu(demo) {
  const {page} = demo;
  await page.selectOption('#theme', 'dark');
  await navTo(page, 'Dashboard');
  await onPage(page, 'dashboard');
  await untilCredits(page, 'the dashboard widgets');
  await sleep(500);
  await demo.screenshot(page, 'desktop-dark-dashboard');
  const cdp = await demo.ada.context.newCDPSession(page);
  await emulatePhone(page, cdp, true);
  await page.selectOption('#theme', 'light');
  await sleep(500);
  const menu = await element(page, PORTAL, '[part~="menu-button"]');
  const menuState = () =>
    page.evaluate(() => {
      const root = document.querySelector('portico-portal').shadowRoot;
      return {
        expanded: root.querySelector('[part~="menu-button"]').getAttribute('aria-expanded'),
        navShown: getComputedStyle(root.querySelector('[part~="nav"]')).display !== 'none',
        buttonShown:
          getComputedStyle(root.querySelector('[part~="menu-button"]')).display !== 'none',
      };
    });
  let menuNow = await menuState();
  await demo.check(
    'at 375 px the navigation hides behind a menu button',
    menuNow.buttonShown && !menuNow.navShown && menuNow.expanded === 'false',
    JSON.stringify(menuNow),
  );
  await demo.screenshot(page, 'mobile-light-dashboard');
  // The credit history on a phone: rooms and local times, never an internal id, and the
  // picture docs/portal/phone-credit-history.png shows.
  await clickOn(page, BALANCE, '[part~="history-button"]');
  const history = await until('the credit history', async () => {
    const text = await textIn(page, BALANCE);
    return /L'Atelier|Le Loft|La Verrière|Grand Salon/.test(text) ? text : null;
  });
  await demo.check(
    'on a phone (375 px) the credit history names rooms and times, never an internal id',
    !/\b(bk|ord|led|cb|ms)_\w+/.test(history),
    history.slice(0, 200),
  );
  const historyBox = await element(page, BALANCE, '[part~="history"]');
  await historyBox?.scrollIntoViewIfNeeded();
  await demo.screenshot(page, 'phone-credit-history');
  await historyBox?.dispose();
  await clickOn(page, BALANCE, '[part~="history-button"]');
  await page.evaluate(() => window.scrollTo(0, 0));
  await menu.click();
  menuNow = await menuState();
  await demo.check(
    'the menu button opens the navigation (aria-expanded="true")',
    menuNow.navShown && menuNow.expanded === 'true',
    JSON.stringify(menuNow),
  );
  await demo.screenshot(page, 'mobile-light-menu');
  await navTo(page, 'Shop');
  const state = await onPage(page, 'shop', /^Shop$/);
  menuNow = await menuState();
  await demo.check(
    'choosing a page closes the menu and focuses the page heading',
    !menuNow.navShown && menuNow.expanded === 'false' && state.headingFocused,
    JSON.stringify({menuNow, state}),
  );
  await page.selectOption('#theme', 'dark');
  await menu.click();
  await sleep(300);
  await demo.screenshot(page, 'mobile-dark-menu');
  await menu.click();
  await navTo(page, 'Dashboard').catch(() => undefined);
  await menu.dispose();
  await emulatePhone(page, cdp, false);
  await cdp.detach();
  await page.selectOption('#theme', 'light');
}
