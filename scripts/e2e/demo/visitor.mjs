// A visitor on the demo portal (`npm start`'s /members/): the scripts the first visit loads,
// the sign-in page, plans, rooms and products to browse, the layout shift; then the demo
// page's own controls (language and theme), and a French visitor's return.
import {holdRequests, newContext, pageBytes} from '../lib/browser.mjs';
import {onPage, pickOption, textIn, visitorState} from '../lib/portal.mjs';
import {CALENDAR, MEMBERSHIP, PORTAL, SHOP} from '../lib/seed.mjs';
import {until} from '../lib/until.mjs';

/** Prints what Ada's page has downloaded so far (gzip, as a server would send it). */
export async function reportBytes(demo, when) {
  console.log(`  the portal downloads, ${when}: ${(await pageBytes(demo.ada)).summary}`);
}

export async function visitorBrowses(demo) {
  const {page} = demo;
  await demo.recordClicks();
  const scripts = demo.ada.requests
    .filter((r) => r.url.endsWith('.js'))
    .map((r) => new URL(r.url).pathname);
  await demo.check(
    'the page loads portal.js, then the router and the sign-in page on demand (not portico.js)',
    scripts.includes('/portico/portal.js') &&
      !scripts.includes('/portico/portico.js') &&
      scripts.some((p) => /\/chunks\/portal-router-/.test(p)) &&
      scripts.some((p) => /\/chunks\/sign-in\.page-/.test(p)),
    scripts.join(', '),
  );
  // The first view's chunks load side by side (issue #17): the sign-in page's code is asked
  // for beside the router's, and the page's elements with it (modulepreload). In a fresh tab
  // whose router chunk is held back: what the page asks for meanwhile does not wait for it.
  const context = await newContext(demo.browser, {viewport: {width: 1280, height: 900}});
  const fresh = await context.newPage();
  const asked = [];
  fresh.on('request', (request) => asked.push(new URL(request.url()).pathname));
  const release = await holdRequests(fresh, /\/chunks\/portal-router-[\w-]+\.js$/);
  await fresh.goto(`${demo.origin}/members/`, {waitUntil: 'commit'});
  const beside = () =>
    asked.some((p) => /\/chunks\/sign-in\.page-/.test(p)) &&
    asked.includes('/portico/booking-calendar.js');
  const sideBySide = await until('the sign-in page asked for', beside, 10_000).then(
    () => true,
    () => false,
  );
  await release();
  await context.close();
  await demo.check(
    'the sign-in page and its elements are asked for while the router is still on its way',
    sideBySide,
    asked.filter((p) => p.endsWith('.js')).join(', '),
  );
  await reportBytes(demo, 'a visitor’s first visit (sign-in page)');
  const state = await visitorState(page, 'signIn', /^Sign in$/);
  await demo.check(
    'a visitor sees the sign-in page with Book, Shop, Events, Members and Sign in',
    state.links.join('|') === 'Book|Shop|Events|Members|Sign in' &&
      state.title === 'Sign in · Demo Coworking',
    JSON.stringify(state),
  );
  let browsing = '';
  await until(
    `plans, rooms and products to browse`,
    async () => {
      const plans = /Choose a plan/.test(await textIn(page, MEMBERSHIP));
      // The day's free slots, or (late in the day) the calendar saying nothing is left.
      const rooms = /\d+ seats?|Nothing is free on this day/.test(await textIn(page, CALENDAR));
      const shop = /credits/i.test(await textIn(page, SHOP));
      browsing = `plans ${plans}, rooms ${rooms}, shop ${shop}`;
      return plans && rooms && shop;
    },
    20_000,
  ).catch((error) => {
    throw new Error(`${error.message}: ${browsing}`);
  });
  await demo.check(
    'the visitor browses plans, rooms (read-only) and the shop before signing in',
    true,
  );
  await demo.screenshot(page, 'desktop-light-sign-in');
  const visitorShift = await page.evaluate(() => window.__cls);
  await demo.check(
    'layout shift while the visitor’s page loads < 0.05',
    visitorShift < 0.05,
    `CLS ${visitorShift.toFixed(4)}`,
  );
}

export async function languageAndTheme(demo) {
  const {page} = demo;
  await pickOption(page, '#locale', 'Français');
  const state = await visitorState(page, 'signIn', /^Connexion$/);
  await demo.check(
    'the language switch turns the portal French',
    state.links.join('|') === 'Réserver|Boutique|Événements|Membres|Connexion',
    JSON.stringify(state.links),
  );
  await pickOption(page, '#locale', 'English');
  await onPage(page, 'signIn', /^Sign in$/);
  await pickOption(page, '#theme', 'Dark');
  const darkBackground = await page.evaluate(() => {
    const base = document
      .querySelector('portico-portal')
      .shadowRoot.querySelector('[part~="base"]');
    return getComputedStyle(base).backgroundColor;
  });
  await demo.check(
    'the theme switch turns the portal dark',
    darkBackground === 'rgb(21, 23, 30)',
    darkBackground,
  );
  await pickOption(page, '#theme', 'Light');
}

/**
 * A visitor back on the demo who chose French last time: the portal waits for its French text
 * (held here, a slow network) without showing a word of English, then shows the sign-in page
 * in French.
 */
export async function frenchVisitorReturns(demo) {
  const context = await newContext(demo.browser, {viewport: {width: 390, height: 844}});
  await context.addInitScript(() => localStorage.setItem('portico-demo:locale', 'fr'));
  const page = await context.newPage();
  page.on('pageerror', (error) => demo.problems.push(`page error: ${error.message}`));
  try {
    const release = await holdRequests(page, /\.messages\.fr[-.]/);
    const pageModule = page.waitForRequest(/\/chunks\/sign-in\.page-/);
    await page.goto(`${demo.origin}/members/`);
    await pageModule;
    // The portal has rendered (or would have) by now: its router and page have been asked for.
    await page.waitForTimeout(300);
    const waiting = await textIn(page, PORTAL);
    await release();
    const state = await visitorState(page, 'signIn', /^Connexion$/);
    await demo.check(
      'a visitor who chose French sees no English while the French text loads, then French',
      !/\b(Sign in|Menu|Book|Shop|Loading)\b/.test(waiting) &&
        state.links.join('|') === 'Réserver|Boutique|Événements|Membres|Connexion',
      `while loading: "${waiting}"; then ${JSON.stringify(state.links)}`,
    );
  } finally {
    await context.close();
  }
}
