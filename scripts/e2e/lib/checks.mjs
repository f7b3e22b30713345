// Pass/fail counting for every end-to-end script: one printed line per check, and the
// {passed, failed, failures} summary scripts/test.mjs reads.
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';

/**
 * Counts checks; each prints one line. The names of the failed ones travel in the summary
 * file, so `npm test` can repeat them under its totals (a CI log's tail then says what failed).
 */
export class Checks {
  passed = 0;
  failed = 0;
  /** @type {string[]} */
  failures = [];
  check(name, ok, detail = '') {
    const line = `${name}${detail ? ` — ${detail}` : ''}`;
    this[ok ? 'passed' : 'failed']++;
    if (!ok) this.failures.push(line);
    console.log(`${ok ? '✔' : '✖ FAILED'} ${line}`);
    return ok;
  }
}

/**
 * Prints `<label>: N passed, N failed` (plus `suffix`), writes the summary to
 * PORTICO_SUMMARY_FILE when it is set, and returns the exit code the script should end with.
 */
export function report(checks, label, suffix = '') {
  console.log(`${label}: ${checks.passed} passed, ${checks.failed} failed${suffix}`);
  const file = process.env.PORTICO_SUMMARY_FILE;
  if (file) {
    mkdirSync(path.dirname(file), {recursive: true});
    writeFileSync(file, JSON.stringify(checks));
  }
  return checks.failed > 0 ? 1 : 0;
}
