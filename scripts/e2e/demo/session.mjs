// What the demo journeys share: `npm start`'s origin, Ada's watched tab (her desktop browser,
// where most journeys happen), the other members' tabs, her credits as they must show, the
// demo page's own buttons clicked so far, and checks that screenshot the page on a failure.
import {mkdirSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {newContext, openTab} from '../lib/browser.mjs';
import {signInOnPortal, stateOf} from '../lib/portal.mjs';
import {ADA} from '../lib/seed.mjs';
import {until} from '../lib/until.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
/**
 * docs/portal/ holds the committed screenshots: refreshed with PORTICO_SCREENSHOTS=1, so a
 * plain `npm test` leaves the work tree clean.
 */
export const SCREENS = process.env.PORTICO_SCREENSHOTS
  ? path.join(root, 'docs/portal')
  : path.join(root, 'test-results/demo-e2e/screens');
/** Where a failed check leaves the page as it was. */
const FAILURES = path.join(root, 'test-results/demo-e2e');

export class DemoSession {
  /** Ada's credits as the page must show them, kept up to date by each journey. */
  credits = Number.NaN;
  /** The other members' tabs (openMember): their errors count too. */
  members = [];
  /** Ids of the demo page's own buttons, and those clicked so far. */
  demoButtons = [];
  clicked = new Set();

  constructor({browser, origin, checks, ada}) {
    this.browser = browser;
    this.origin = origin;
    this.checks = checks;
    this.ada = ada;
    this.page = ada.page;
    /** The page a failed check screenshots. */
    this.shown = ada.page;
    ada.page.on('console', (message) => {
      const match = message.text().match(/^demo-button:(.*)$/);
      if (match) this.clicked.add(match[1]);
    });
  }

  /** Ada's page's problems; the tablet's and the phone's page errors go here too. */
  get problems() {
    return this.ada.problems;
  }

  /** One check; a failed one leaves a screenshot of the page shown. */
  async check(name, ok, detail = '') {
    this.checks.check(name, ok, detail);
    if (!ok && this.shown) {
      mkdirSync(FAILURES, {recursive: true});
      const file = path.join(FAILURES, `${this.checks.failed}-${name.replace(/[^\w]+/g, '-')}.png`);
      await this.shown.screenshot({path: file, fullPage: true}).catch(() => undefined);
      console.log(`  screenshot: ${path.relative(root, file)}`);
    }
    return ok;
  }

  /** Writes a screenshot of the portal (`name`.png) to SCREENS. */
  screenshot(page, name) {
    return page.screenshot({path: path.join(SCREENS, `${name}.png`)});
  }

  /**
   * Makes the demo page's own buttons (not the portal's) log their clicks, after each load of
   * the page: every one must be clicked by the end.
   */
  async recordClicks() {
    const ids = await this.page.evaluate(() => {
      for (const button of document.querySelectorAll('button')) {
        button.addEventListener('click', () => console.log(`demo-button:${button.id}`));
      }
      return [...document.querySelectorAll('button')].map((button) => button.id);
    });
    if (this.demoButtons.length === 0) this.demoButtons = ids;
  }

  /**
   * Ada signed in on another `device` (a browser context with `options`: viewport, touch),
   * then on the portal's `path`, with a CDP session on the page; its page errors count.
   */
  async openAda(device, path, options) {
    const context = await newContext(this.browser, options);
    const page = await context.newPage();
    page.on('pageerror', (error) => this.problems.push(`page error: ${error.message}`));
    await page.goto(`${this.origin}/members/`, {waitUntil: 'networkidle', timeout: 60_000});
    await signInOnPortal(page, ADA);
    await until(
      `Ada signed in on the ${device}`,
      async () => (await stateOf(page)).page === 'dashboard',
    );
    // 'load': a signed-in page keeps its realtime event stream open.
    await page.goto(`${this.origin}${path}`, {waitUntil: 'load'});
    return {context, page, cdp: await context.newCDPSession(page)};
  }

  /** Another member's browser (its own storage and session) on the portal's home. */
  async openMember() {
    const tab = await openTab(this.browser, `${this.origin}/members/`, {timeout: 60_000});
    this.members.push(tab);
    return tab;
  }
}

/** Ada's desktop browser on the portal's home, light, watched from its first request. */
export async function openDemo(browser, origin, checks) {
  mkdirSync(SCREENS, {recursive: true});
  const ada = await openTab(browser, `${origin}/members/`, {colorScheme: 'light', timeout: 60_000});
  return new DemoSession({browser, origin, checks, ada});
}
