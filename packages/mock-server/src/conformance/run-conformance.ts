import {authCases} from './cases/auth.js';
import {billingCases} from './cases/billing.js';
import {badInputCases} from './cases/bad-input.js';
import {communityCases} from './cases/community.js';
import {bookingCases} from './cases/bookings.js';
import {concurrencyCases} from './cases/concurrency.js';
import {creditCases} from './cases/credits.js';
import {entryCases} from './cases/entries.js';
import {floorCases} from './cases/floors.js';
import {frontDeskCases} from './cases/front-desk.js';
import {helpDeskCases} from './cases/help-desk.js';
import {eventCases} from './cases/events.js';
import {isolationCases} from './cases/isolation.js';
import {membershipCases} from './cases/membership.js';
import {profileCases} from './cases/profile.js';
import {publicCases} from './cases/public.js';
import {publicEventCases} from './cases/public-events.js';
import {realtimeCases} from './cases/realtime.js';
import {shopCases} from './cases/shop.js';
import {CaseContext} from './context.js';
import type {ConformanceCase} from './define-cases.js';
import {expectStatus} from './expect.js';
import {ApiClient} from './http.js';

/** Every case, in the order they run. */
export const conformanceCases: readonly ConformanceCase[] = [
  ...publicCases,
  ...floorCases,
  ...authCases,
  ...bookingCases,
  ...concurrencyCases,
  ...isolationCases,
  ...profileCases,
  ...shopCases,
  ...billingCases,
  ...communityCases,
  ...creditCases,
  ...membershipCases,
  ...entryCases,
  ...frontDeskCases,
  ...helpDeskCases,
  ...eventCases,
  ...publicEventCases,
  ...badInputCases,
  ...realtimeCases,
];

export interface ConformanceOptions {
  /** The API root, e.g. `http://127.0.0.1:4010/v1`. */
  apiUrl: string;
  /**
   * The seeded space's slug.
   * @default 'demo'
   */
  space?: string;
  /** Receives one line per case and a summary; silent by default. */
  log?: (line: string) => void;
  /**
   * The slug of a second seeded space: a token of `space` must not work there.
   * @default 'harbour'
   */
  otherSpace?: string;
  /**
   * Runs only the cases whose `group › name` matches.
   * @example {grep: /idempotency/i}
   */
  grep?: RegExp | string;
  /**
   * Milliseconds before a case is failed as hanging.
   * @default 15000
   */
  timeout?: number;
}

export interface ConformanceResult {
  readonly group: string;
  readonly name: string;
  readonly ok: boolean;
  /** Why it failed. */
  readonly error?: string;
  readonly durationMs: number;
}

export interface ConformanceReport {
  readonly passed: number;
  readonly failed: number;
  readonly results: readonly ConformanceResult[];
}

/**
 * Runs the black-box suite against any server implementing the contract. Before each case
 * the state is reset to the `demo` scenario with `POST /__dev/reset`, so the server must
 * expose the dev routes (mailbox, clock, latency, reset), the seeded members, and a second
 * seeded space (`otherSpace`).
 *
 * @example
 * const {failed} = await runConformance({apiUrl: 'http://127.0.0.1:4010/v1', space: 'demo', log: console.log});
 */
export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const api = new ApiClient(options.apiUrl, options.space ?? 'demo');
  const log = options.log ?? (() => {});
  const grep = typeof options.grep === 'string' ? new RegExp(options.grep, 'i') : options.grep;
  await assertReachable(api);
  const results: ConformanceResult[] = [];
  for (const testCase of conformanceCases) {
    const title = `${testCase.group} › ${testCase.name}`;
    if (grep && !grep.test(title)) continue;
    const started = performance.now();
    let error: string | undefined;
    try {
      await withTimeout(
        runCase(api, testCase, options.otherSpace),
        options.timeout ?? 15_000,
        title,
      );
    } catch (caught) {
      error =
        caught instanceof Error
          ? caught.name === 'ConformanceError'
            ? caught.message
            : `${caught.name}: ${caught.message}`
          : String(caught);
    }
    const result: ConformanceResult = {
      group: testCase.group,
      name: testCase.name,
      ok: error === undefined,
      durationMs: Math.round(performance.now() - started),
      ...(error ? {error} : {}),
    };
    results.push(result);
    log(result.ok ? `✔ ${title}` : `✘ ${title}\n    ${error}`);
  }
  const passed = results.filter((result) => result.ok).length;
  const failed = results.length - passed;
  log(`${passed} passed, ${failed} failed`);
  return {passed, failed, results};
}

/** Fails once, clearly, instead of failing every case with "fetch failed". */
async function assertReachable(api: ApiClient): Promise<void> {
  try {
    await (await fetch(api.url('getSpace'))).body?.cancel();
  } catch (error) {
    const cause =
      (error as {cause?: {message?: string}}).cause?.message ?? (error as Error).message;
    throw new Error(
      `[Portico] Failed to run the conformance suite: ${api.url('getSpace')} is unreachable (${cause}).`,
      {cause: error},
    );
  }
}

async function runCase(
  api: ApiClient,
  testCase: ConformanceCase,
  otherSpace: string | undefined,
): Promise<void> {
  const reset = await api.call('devReset', {body: {scenario: 'demo'}});
  expectStatus(reset, 200, 'POST /__dev/reset (the suite needs the dev routes)');
  const started = performance.now();
  const context = new CaseContext(api, Date.parse(reset.body.now), otherSpace);
  try {
    await testCase.run(context);
  } finally {
    if (context.latencySet) await api.call('devSetLatency', {body: {ms: 0}});
    // A reset keeps the clock where it is, so put it back: the server must not stay in the future.
    if (context.clockMoved) {
      await api.call('devSetClock', {
        body: {
          now: new Date(Date.parse(reset.body.now) + performance.now() - started).toISOString(),
        },
      });
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, title: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${title} did not finish within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
