import type {Scenario} from '@portico/sdk/contract';
import {addDays, calendarDayOf, formatInstant, weekdayOf} from '@portico/sdk/domain';
import type {Snapshot} from '../state/db.js';
import type {CountersMeta, SeedMeta} from '../state/rows.js';
import {TABLES} from '../state/rows.js';
import {SpaceSeed} from './builder.js';
import {SeedBuilder} from './seed-builder.js';
import {fillBusy} from './busy.js';
import {demoSpace, seedDemoCatalog} from './demo-catalog.js';
import {seedDemoBilling} from './demo-billing.js';
import {seedDemoEvents} from './demo-events.js';
import {seedDemoMembers} from './demo-members.js';
import {seedHarbour} from './harbour.js';

const DEMO_TIME_ZONE = 'Europe/Paris';

/**
 * Every table of a scenario, built relative to `now` (today in each space's time zone), so the
 * demo always has bookings this week and credits about to expire. The same `now` always
 * gives the same rows and ids.
 *
 * - `demo`: the documented space (see the README) plus the `harbour` space.
 * - `empty`: the same spaces, resources, plans, products and members, but no activity.
 * - `busy`: `demo` with most slots of the next eight days taken.
 * - `errors`: `demo` data; the dispatcher fails every third GET and adds latency.
 */
export function buildScenario(scenario: Scenario, now: number): Snapshot['tables'] {
  const b = new SeedBuilder(now);
  const today = calendarDayOf(now, DEMO_TIME_ZONE);
  let maintenance = addDays(today, 10);
  while (['sat', 'sun'].includes(weekdayOf(maintenance))) maintenance = addDays(maintenance, 1);
  const demo = new SpaceSeed(b, demoSpace(today, maintenance));
  const activity = scenario !== 'empty';
  seedDemoCatalog(demo);
  seedDemoMembers(demo, {activity});
  seedDemoBilling(demo, {activity});
  seedDemoEvents(demo, {activity});
  if (scenario === 'busy') fillBusy(demo);
  seedHarbour(b, {activity});
  b.add<SeedMeta>(TABLES.meta, {
    id: 'seed',
    scenario,
    seededAt: formatInstant(now, DEMO_TIME_ZONE),
  });
  b.add<CountersMeta>(TABLES.meta, {id: 'counters', next: {}});
  return b.finish();
}
