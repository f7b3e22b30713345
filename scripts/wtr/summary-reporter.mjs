// A @web/test-runner reporter that writes {passed, failed, skipped, failures, files} as JSON,
// for scripts/test.mjs to sum with the other suites and to repeat the failures under its
// totals. It prints nothing: the default reporter stays in charge of the output.
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';

const firstLine = (text) => String(text ?? '').split('\n')[0];

/**
 * @param {import('@web/test-runner-core').TestSuiteResult | undefined} suite
 * @param {string[]} names the enclosing describe() names
 */
function countTests(suite, totals, names = []) {
  if (!suite) return totals;
  const inside = suite.name ? [...names, suite.name] : names;
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else {
      totals.failed++;
      const message = firstLine(test.error?.message);
      totals.failures.push(
        `${[...inside, test.name].join(' › ')}${message ? ` — ${message}` : ''}`,
      );
    }
  }
  for (const child of suite.suites) countTests(child, totals, inside);
  return totals;
}

/** @param {{file: string}} options @returns {import('@web/test-runner').Reporter} */
export function summaryReporter({file}) {
  return {
    stop({sessions}) {
      const summary = {passed: 0, failed: 0, skipped: 0, failures: [], files: []};
      for (const session of sessions) {
        const file = path.relative(process.cwd(), session.testFile);
        const counts = countTests(session.testResults, {
          passed: 0,
          failed: 0,
          skipped: 0,
          failures: [],
        });
        // A file that failed outside any test (import error, uncaught error, timeout) is one
        // failure of its own, so a file that cannot even load never counts as green.
        const fileError =
          session.errors.length > 0 || (session.passed === false && counts.failed === 0);
        if (fileError) {
          counts.failed++;
          const why = firstLine(session.errors[0]?.message) || 'the file did not finish';
          counts.failures.push(`(the file itself) — ${why}`);
        }
        summary.passed += counts.passed;
        summary.failed += counts.failed;
        summary.skipped += counts.skipped;
        summary.failures.push(...counts.failures.map((failure) => `${file} › ${failure}`));
        summary.files.push({file, passed: counts.passed, failed: counts.failed});
      }
      mkdirSync(path.dirname(file), {recursive: true});
      writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
    },
  };
}
