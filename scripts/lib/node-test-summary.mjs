// A node:test reporter (used beside `spec`) that writes running totals {passed, failed,
// skipped, failures} as one JSON line per finished test, for scripts/test.mjs to read the last
// line of: totals survive even if the run is stopped. Suites (describe) are not counted, tests
// are; a file that fails to load shows up as a failing test of its own. `failures` names each
// failed test with its file and first error line, so `npm test` can repeat them at the end.
import path from 'node:path';

/** "file › test — first line of the error" */
function describeFailure(data) {
  const file = data.file ? path.relative(process.cwd(), data.file) : '';
  const error = data.details?.error;
  const message = String(error?.cause?.message ?? error?.message ?? '').split('\n')[0];
  return `${file ? `${file} › ` : ''}${data.name}${message ? ` — ${message}` : ''}`;
}

export default async function* summary(source) {
  const totals = {passed: 0, failed: 0, skipped: 0, failures: []};
  yield `${JSON.stringify(totals)}\n`;
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip || event.data.todo) totals.skipped++;
    else if (event.type === 'test:pass') totals.passed++;
    else {
      totals.failed++;
      totals.failures.push(describeFailure(event.data));
    }
    yield `${JSON.stringify(totals)}\n`;
  }
}
