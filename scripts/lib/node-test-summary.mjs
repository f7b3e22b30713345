// A node:test reporter (used beside `spec`) that writes running totals {passed, failed, skipped}
// as one JSON line per finished test, for scripts/test.mjs to read the last line of: totals
// survive even if the run is stopped. Suites (describe) are not counted, tests are; a file that
// fails to load shows up as a failing test of its own.
export default async function* summary(source) {
  const totals = {passed: 0, failed: 0, skipped: 0};
  yield `${JSON.stringify(totals)}\n`;
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip || event.data.todo) totals.skipped++;
    else if (event.type === 'test:pass') totals.passed++;
    else totals.failed++;
    yield `${JSON.stringify(totals)}\n`;
  }
}
