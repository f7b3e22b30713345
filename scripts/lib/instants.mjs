// The instants at which a clock-dependent test breaks, each in another machine time zone.
// `PORTICO_TEST_AT=<id> npm test` runs the clock-reading suites at one of them under Debian's
// `faketime`; scripts/test-any-hour.mjs runs them at each.
import {spawnSync} from 'node:child_process';

export const INSTANTS = [
  // The demo space is closed all day.
  {
    id: 'sunday',
    name: 'a Sunday, 00:30 in Paris',
    at: '2026-12-06 00:30:00 +0100',
    tz: 'Europe/Paris',
  },
  // Ten minutes before closing: nothing left to book today.
  {
    id: 'evening',
    name: 'a Thursday, 19:50 in Paris',
    at: '2026-12-10 19:50:00 +0100',
    tz: 'America/Los_Angeles',
  },
  // 02:30 Paris happens twice.
  {
    id: 'fall-back',
    name: 'the fall-back night, 02:30 CEST in Paris',
    at: '2026-10-25 02:30:00 +0200',
    tz: 'Pacific/Auckland',
  },
];

/** The suites that read a clock (the others: types, sizes, lint, and the other engines). */
export const CLOCK_SUITES = ['sdk', 'mock-server', 'browser', 'cdn', 'demo', 'e2e'];

/** The instant named `id`; throws, listing the known ids, for any other. */
export function instant(id) {
  const found = INSTANTS.find((candidate) => candidate.id === id);
  if (!found) {
    throw new Error(`unknown instant "${id}"; known: ${INSTANTS.map((i) => i.id).join(', ')}`);
  }
  return found;
}

/** Whether Debian's `faketime` (libfaketime) can run here. */
export function hasFaketime() {
  return !spawnSync('faketime', ['-f', '+0', 'true']).error;
}

export const FAKETIME_MISSING =
  'faketime is missing: apt-get install faketime (Debian), or brew install libfaketime';
