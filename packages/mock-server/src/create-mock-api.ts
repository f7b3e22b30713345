import type {Scenario} from '@portico/sdk/contract';
import {parseInstant} from '@portico/sdk/domain';
import {createDispatcher} from './dispatcher/dispatcher.js';
import {RealtimeHub} from './areas/realtime/realtime-hub.js';
import {availabilityMemo} from './areas/resources/availability-memo.js';
import {catchUpMember, handlers} from './areas/index.js';
import {buildScenario} from './seeds/index.js';
import type {Clock} from './state/clock.js';
import {createClock} from './state/clock.js';
import {Db} from './state/db.js';
import type {ClockMeta, SeedMeta} from './state/rows.js';
import {TABLES} from './state/rows.js';

export interface MockApiOptions {
  /**
   * The seeded data. Ignored when `db` already holds a seeded state (a restored journal).
   * @default 'demo'
   */
  scenario?: Scenario;
  /**
   * The clock's starting point: an ISO instant (time runs on from there), or a function
   * returning epoch ms that replaces real time (e.g. a frozen clock for tests).
   * @default real time
   * @example createMockApi({now: '2026-03-02T09:00:00+01:00'})
   */
  now?: string | (() => number);
  /**
   * Serve `/__dev/mailbox`, `/__dev/clock` and `/__dev/reset`.
   * @default true
   */
  devRoutes?: boolean;
  /**
   * Milliseconds to wait before each handler runs: a number, or `[min, max]` for a random delay.
   * @default 0 (the `errors` scenario: [100, 400])
   */
  latency?: number | readonly [number, number];
  /** The state, e.g. a durable Db from `--data`. @default a fresh in-memory Db */
  db?: Db;
  /**
   * Check every success response against the contract's response schema; a mismatch answers
   * `500 internal_error` and is logged. Costs time, so it is meant for tests.
   * @default true under `node --test` or NODE_ENV=test, else false
   */
  validateResponses?: boolean;
}

export interface MockApi {
  /** Answers one request: the whole API behind a fetch-style function. */
  dispatch(request: Request): Promise<Response>;
  readonly db: Db;
  readonly clock: Clock;
  /** Replaces the state with a scenario (the current one by default); the clock stays where it is. */
  reset(scenario?: Scenario): void;
  /** Realtime events derived from every commit; `GET /stream` streams them. */
  readonly realtime: RealtimeHub;
  /** Ends open event streams and stops listening to the Db. */
  close(): void;
}

const ERRORS_LATENCY: readonly [number, number] = [100, 400];

function isTestRun(): boolean {
  const env = (globalThis as {process?: {env?: Record<string, string | undefined>}}).process?.env;
  return (
    env !== undefined && (env['NODE_TEST_CONTEXT'] !== undefined || env['NODE_ENV'] === 'test')
  );
}

/**
 * The mock API: a seeded Db, a clock, realtime events and the dispatcher over them. Each call
 * has its own state.
 * @example
 * const api = createMockApi({scenario: 'demo'});
 * const response = await api.dispatch(new Request('http://mock/v1/spaces/demo/resources'));
 * @see createHandlers for msw, and `createMockServer` for a standalone HTTP server.
 */
export function createMockApi(options: MockApiOptions = {}): MockApi {
  const db = options.db ?? new Db();
  const base = typeof options.now === 'function' ? options.now : Date.now;
  const clock = createClock(db, base);

  const currentScenario = (): Scenario => db.get<SeedMeta>(TABLES.meta, 'seed')?.scenario ?? 'demo';
  const load = (scenario: Scenario, offsetMs: number, seq: number) => {
    const tables = buildScenario(scenario, base() + offsetMs);
    (tables[TABLES.meta] ??= []).push({id: 'clock', offsetMs} satisfies ClockMeta);
    db.load({seq, tables});
    // A load commits nothing, so `seq` may not move: forget answers computed from the old state.
    availabilityMemo.clear(db);
  };
  if (!db.get<SeedMeta>(TABLES.meta, 'seed')) {
    const offsetMs = typeof options.now === 'string' ? parseInstant(options.now) - base() : 0;
    load(options.scenario ?? 'demo', offsetMs, db.seq);
  }
  const reset = (scenario?: Scenario): Scenario => {
    const next = scenario ?? currentScenario();
    // `seq` moves on, so the events the reset announces get ids above every earlier one.
    load(next, db.get<ClockMeta>(TABLES.meta, 'clock')?.offsetMs ?? 0, db.seq + 1);
    realtime.announceReset();
    return next;
  };

  const configured = options.latency;
  let override: number | null = null;
  const pick = ([min, max]: readonly [number, number]) => min + Math.random() * (max - min);
  const latency = () => {
    if (override !== null) return override;
    if (configured === undefined) return currentScenario() === 'errors' ? pick(ERRORS_LATENCY) : 0;
    return typeof configured === 'number' ? configured : pick(configured);
  };

  const realtime = new RealtimeHub(db, clock);
  const dispatch = createDispatcher({
    db,
    clock,
    realtime,
    handlers,
    catchUp: catchUpMember,
    devRoutes: options.devRoutes ?? true,
    latency,
    validateResponses: options.validateResponses ?? isTestRun(),
    reset,
    setLatency: (ms) => void (override = ms),
  });
  return {
    dispatch,
    db,
    clock,
    reset: (scenario) => void reset(scenario),
    realtime,
    close: () => realtime.close(),
  };
}
