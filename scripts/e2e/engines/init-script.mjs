// The script every engine runs in every page before the page's own scripts: the pinned clock
// (TEST_NOW, running on), CSP violations reported as console errors, and, where the engine's
// driver cannot hear the console (classic WebDriver), the page's errors kept in the page.
import {pinnedClockScript} from '../../lib/test-clock.mjs';

/** The global the page keeps its own problems in (with `keepProblems`). */
export const PROBLEMS = '__porticoProblems';

/**
 * Source of a classic script. With `keepProblems`, console errors, uncaught errors and
 * unhandled rejections are also pushed, as text, to `globalThis[PROBLEMS]`.
 */
export function initScript({keepProblems = false} = {}) {
  const keep = keepProblems
    ? `
  const problems = (globalThis.${PROBLEMS} = []);
  const error = console.error.bind(console);
  console.error = (...args) => {
    problems.push('console.error: ' + args.map(String).join(' '));
    error(...args);
  };
  addEventListener('error', (event) => problems.push('page error: ' + event.message));
  addEventListener('unhandledrejection', (event) =>
    problems.push('unhandled rejection: ' + String(event.reason?.stack ?? event.reason)),
  );`
    : '';
  return `${pinnedClockScript()}
(() => {${keep}
  document.addEventListener('securitypolicyviolation', (event) =>
    console.error('CSP violation: ' + event.violatedDirective + ' ' + event.blockedURI),
  );
})();`;
}
