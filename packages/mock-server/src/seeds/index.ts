import type {Scenario} from '@portico/sdk/contract';
import {addDays, calendarDayOf, formatInstant, weekdayOf} from '@portico/sdk/domain';
import type {Snapshot} from '../state/db.js';
import type {CountersMeta, SeedMeta} from '../state/rows.js';
import {TABLES} from '../state/rows.js';
import {SpaceSeed} from './builder.js';
import {SeedBuilder} from './seed-builder.js';
import {fillBusy} from './busy.js';
import {seedCampus} from './campus.js';
import {demoSpace, seedDemoCatalog} from './demo-catalog.js';
import {seedDemoBilling} from './demo-billing.js';
import {seedDemoCommunity} from './demo-community.js';
import {seedDemoFrontDesk} from './demo-front-desk.js';
import {seedDemoHelpDesk} from './demo-help-desk.js';
import {seedDemoFloors} from './demo-floors.js';
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
 * - `campus`: `demo` plus four floors of 125 desks each (floor plans at scale).
 */
export function buildScenario(scenario: Scenario, now: number): Snapshot['tables'] {
  const b = new SeedBuilder(now);
  const today = calendarDayOf(now, DEMO_TIME_ZONE);
  let maintenance = addDays(today, 10);
  while (['sat', 'sun'].includes(weekdayOf(maintenance))) maintenance = addDays(maintenance, 1);
  const demo = new SpaceSeed(b, demoSpace(today, maintenance));
  const activity = scenario !== 'empty';
  seedDemoFloors(demo);
  seedDemoCatalog(demo);
  if (scenario === 'campus') seedCampus(demo);
  seedDemoMembers(demo, {activity});
  seedDemoBilling(demo, {activity});
  seedDemoCommunity(demo, {activity});
  seedDemoFrontDesk(demo, {activity});
  seedDemoHelpDesk(demo, {activity});
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
