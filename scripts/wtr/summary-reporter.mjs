// A @web/test-runner reporter that writes {passed, failed, skipped, files} as JSON, for
// scripts/test.mjs to sum with the other suites. It prints nothing: the default reporter
// stays in charge of the output.
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';

/** @param {import('@web/test-runner-core').TestSuiteResult | undefined} suite */
function countTests(suite, totals) {
  if (!suite) return totals;
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites) countTests(child, totals);
  return totals;
}

/** @param {{file: string}} options @returns {import('@web/test-runner').Reporter} */
export function summaryReporter({file}) {
  return {
    stop({sessions}) {
      const summary = {passed: 0, failed: 0, skipped: 0, files: []};
      for (const session of sessions) {
        const counts = countTests(session.testResults, {passed: 0, failed: 0, skipped: 0});
        // A file that failed outside any test (import error, uncaught error, timeout) is one
        // failure of its own, so a file that cannot even load never counts as green.
        const fileError =
          session.errors.length > 0 || (session.passed === false && counts.failed === 0);
        if (fileError) counts.failed++;
        summary.passed += counts.passed;
        summary.failed += counts.failed;
        summary.skipped += counts.skipped;
        summary.files.push({file: path.relative(process.cwd(), session.testFile), ...counts});
      }
      mkdirSync(path.dirname(file), {recursive: true});
      writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
    },
  };
}
