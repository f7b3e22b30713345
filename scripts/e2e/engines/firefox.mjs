// Firefox: Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi (no geckodriver,
// nothing downloaded). The init script is a BiDi preload script; the console and uncaught
// errors come as BiDi log events.
import {existsSync} from 'node:fs';
import puppeteer from 'puppeteer-core';
import {TEST_TIME_ZONE} from '../../lib/test-clock.mjs';
import {initScript} from './init-script.mjs';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export async function launchFirefox() {
  if (!existsSync(FIREFOX_PATH))
    throw new Error(`${FIREFOX_PATH} is missing (apt-get install firefox-esr)`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX_PATH,
    headless: true,
    env: {...process.env, TZ: TEST_TIME_ZONE},
    extraPrefsFirefox: {'intl.accept_languages': 'en-US', 'intl.locale.requested': 'en-US'},
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({width: 1280, height: 900});
    const problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message ?? error}`));
    await page.evaluateOnNewDocument(initScript());
    return new FirefoxTab(browser, page, problems, await browser.version());
  } catch (error) {
    await browser.close();
    throw error;
  }
}

class FirefoxTab {
  #browser;
  #page;
  #problems;
  constructor(browser, page, problems, version) {
    this.#browser = browser;
    this.#page = page;
    this.#problems = problems;
    this.name = `Firefox ${version.replace(/^firefox\//i, '')}`;
  }

  async open(url) {
    await this.#page.goto(url, {waitUntil: 'load', timeout: 60_000});
  }

  /** Runs `fn(...args)` (awaited) in the page; returns its JSON result. */
  evaluate(fn, ...args) {
    return this.#page.evaluate(fn, ...args);
  }

  async #element(locate, args) {
    const handle = await this.#page.evaluateHandle(locate, ...args);
    const element = handle.asElement();
    if (!element) {
      await handle.dispose();
      throw new Error(
        `nothing matches ${locate.name || 'locator'}(${args.map((a) => JSON.stringify(a)).join(', ')})`,
      );
    }
    return element;
  }

  /** Whether `locate` finds an element now. */
  async exists(locate, ...args) {
    const handle = await this.#page.evaluateHandle(locate, ...args);
    const found = handle.asElement() !== null;
    await handle.dispose();
    return found;
  }

  /** Clicks with the mouse (scrolled into view first) what `locate` finds. */
  async click(locate, ...args) {
    const element = await this.#element(locate, args);
    try {
      await element.click();
    } finally {
      await element.dispose();
    }
  }

  /** Empties the field `locate` finds, then types `text` into it, key by key. */
  async type(text, locate, ...args) {
    const element = await this.#element(locate, args);
    try {
      await element.evaluate((input) => {
        input.value = '';
      });
      await element.type(text);
    } finally {
      await element.dispose();
    }
  }

  /** Console errors, uncaught errors and CSP violations so far. */
  async problems() {
    return [...this.#problems];
  }

  async screenshot() {
    return Buffer.from(await this.#page.screenshot());
  }

  close() {
    return this.#browser.close();
  }
}
