// Opt-in, not part of `npm test`: the element and story tests in Debian's Firefox ESR instead
// of Chromium, through @web/test-runner-chrome's launcher given puppeteer-core, which drives
// Firefox over WebDriver BiDi (no Playwright build, no geckodriver, nothing downloaded).
//
//   npx web-test-runner --config web-test-runner.firefox.config.mjs [--files …]
//
// Everything else (test page, pinned clock, CSP, msw, plugins, reporters) is
// web-test-runner.config.mjs's. Pages run in TEST_TIME_ZONE through the browser's TZ, one at a
// time. Measured on the 2-core machine (Firefox ESR 153): 484 passed, 49 failed in 6 min 18 s.
// Not yet fixed: the calendar's tests' synthetic pointers (Firefox's setPointerCapture throws
// "Invalid pointer id", 23), the login's code step never settling in its harness (22), WTR's
// send-keys "Space" unknown over BiDi (2), French hours written "08:00" (1), a `once` msw
// override consumed early in credit-balance (1).
import {chromeLauncher, puppeteerCore} from '@web/test-runner-chrome';
import {TEST_TIME_ZONE} from './scripts/lib/test-clock.mjs';
import config from './web-test-runner.config.mjs';

export default {
  ...config,
  concurrency: 1,
  browsers: [
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        protocol: 'webDriverBiDi',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
        env: {...process.env, TZ: TEST_TIME_ZONE},
      },
    }),
  ],
};
