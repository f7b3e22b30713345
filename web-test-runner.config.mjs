// @web/test-runner: element tests (packages/elements/src/**/*.test.ts) and the story smoke test
// (packages/elements/test/stories.test.ts) in headless Chromium, TypeScript through esbuild,
// workspace packages from src/ through the `source` export condition, and msw's worker served
// so tests can mock the API in the page with `setupWorker` from 'msw/browser'.
import {createServer} from 'node:net';
import {fileURLToPath} from 'node:url';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter} from '@web/test-runner';
import {chromeLauncher} from '@web/test-runner-chrome';
import {CHROME_FLAGS, CHROME_PATH} from './scripts/lib/chrome.mjs';
import {TEST_TIME_ZONE, pinnedClockScript} from './scripts/lib/test-clock.mjs';
import {failedElementAssertionsScript} from './scripts/wtr/failed-element-assertions.mjs';
import {mswWorkerMiddleware} from './scripts/wtr/msw-worker.mjs';
import {storiesPlugin} from './scripts/wtr/stories-plugin.mjs';
import {summaryReporter} from './scripts/wtr/summary-reporter.mjs';

const rootDir = fileURLToPath(new URL('.', import.meta.url));

/** @type {import('@web/test-runner').TestRunnerConfig} */
/**
 * A port nothing listens on now. WTR's own choice (8000, else the next free one) let two runs
 * started together on one machine both take 8001, and one stopped with EADDRINUSE.
 */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

export default {
  port: await freePort(),
  rootDir,
  files: ['packages/elements/src/**/*.test.ts', 'packages/elements/test/**/*.test.ts'],
  // `development`: the SDK checks every answer against the contract (its `#dev-mode`).
  nodeResolve: {exportConditions: ['source', 'development', 'browser', 'import', 'default']},
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROME_PATH,
        headless: true,
        args: CHROME_FLAGS,
      },
      // Headless Chromium gives only the front tab of a window full-rate animation frames:
      // pages sharing one window got one frame a second once the other page went idle, and
      // the suite took 6 minutes instead of 2 (measured: every story waited ~2 s in settle()).
      // A browser context of its own gives each of the (two, reused) pages its own window.
      // Emulating focus keeps `:focus` and focus events working on both at once.
      async createPage({browser}) {
        const page = await (await browser.createBrowserContext()).newPage();
        const session = await page.createCDPSession();
        await session.send('Emulation.setFocusEmulationEnabled', {enabled: true});
        // Never the machine's zone: a test reads the same in CI at any place.
        await session.send('Emulation.setTimezoneOverride', {timezoneId: TEST_TIME_ZONE});
        return page;
      },
    }),
  ],
  // Two cores: two pages at a time.
  concurrency: 2,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  // Per test file; the shop and calendar files run many full member journeys (the longest
  // takes ~20 s on a busy two-core machine). A test's own timeout leaves room for axe in
  // every theme.
  testsFinishTimeout: 120_000,
  testFramework: {config: {timeout: 15_000}},
  middleware: [mswWorkerMiddleware()],
  // msw's setupWorker().start() reloads a page that a registered worker does not control yet,
  // which aborts the test file. With two pages starting at once that race is real, so every
  // test page first waits until msw's worker (which claims its clients) controls it.
  //
  // The page forbids inline style attributes (`style-src-attr 'none'`), as the strict CSP of a
  // space's site would: an element that writes `style="…"` (Lit's styleMap does on first
  // render) fails its tests with a console error instead of rendering wrong in production.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <head>
    <meta http-equiv="Content-Security-Policy" content="style-src-attr 'none'" />
  </head>
  <body>
    <!-- The page's clock starts at TEST_NOW (scripts/lib/test-clock.mjs) and runs on: every
         test, and the mock API msw runs in this page, sees the same weekday morning. -->
    <script>${pinnedClockScript()}</script>
    <script>${failedElementAssertionsScript()}</script>
    <script type="module">
      if ('serviceWorker' in navigator) {
        try {
          await navigator.serviceWorker.register('/mockServiceWorker.js');
          if (!navigator.serviceWorker.controller) {
            await new Promise((resolve) => {
              navigator.serviceWorker.addEventListener('controllerchange', resolve, {once: true});
              setTimeout(resolve, 20000);
            });
          }
          // Still not controlled (the worker activated while this page was loading, on a busy
          // machine): reload now, once, before the test framework starts. Later, msw's own
          // reload inside worker.start() would abort the whole test file.
          if (!navigator.serviceWorker.controller && !sessionStorage.getItem('portico-sw-reload')) {
            sessionStorage.setItem('portico-sw-reload', '1');
            location.reload();
            await new Promise(() => {});
          }
        } catch (error) {
          console.warn('[portico] could not register the msw worker', error);
        }
      }
      // A blocked inline style inside an element's shadow root is the element's bug: a failure,
      // not a silent mis-render. (Story wrappers in the light DOM may use style attributes;
      // Storybook runs without this policy.)
      document.addEventListener('securitypolicyviolation', (event) => {
        const target = event.composedPath()[0];
        if (!(target?.getRootNode?.() instanceof ShadowRoot)) return;
        const where = target.getRootNode().host.localName + ' ' + target.localName;
        setTimeout(() => {
          throw new Error('CSP violation: ' + event.violatedDirective + ' on <' + where + '>');
        });
      });
      await import('${testFramework}');
    </script>
  </body>
</html>`,
  plugins: [
    storiesPlugin({rootDir}),
    // Lit decorators are TypeScript's legacy `experimentalDecorators` (tsconfig.base.json).
    // `json`: element catalogues (`*.messages.en.json`) load as modules. esbuild drops the
    // `with {type: 'json'}` of an es2022 target, so the server answers the import with JS.
    esbuildPlugin({
      ts: true,
      json: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('tsconfig.base.json', import.meta.url)),
    }),
  ],
  reporters: [
    defaultReporter(),
    summaryReporter({file: process.env.PORTICO_WTR_REPORT ?? 'test-results/wtr.json'}),
  ],
};
