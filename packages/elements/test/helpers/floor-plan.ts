/// <reference types="mocha" />
// Shared by the floor plan's test files: a plan bound to a test client on an open weekday,
// 09:00–13:00, with the mock server seeded.
import {html} from '@open-wc/testing';
import type {PorticoClient} from '@portico/sdk';
import {addDays} from '@portico/sdk/domain';
import {nothing} from 'lit';
import sinon from 'sinon';
import {mount} from './mount.js';
import {openDay} from './booking-calendar.js';
import {createTestClient, logIn, worker} from './mock-api.js';
import {cssomStyle} from '../../src/internal/cssom-style.js';
import '../../src/floor-plan/floor-plan.js';
import type {PorticoFloorPlan} from '../../src/floor-plan/floor-plan.component.js';
import {PorticoFloorPlanHarness} from '../../src/floor-plan/floor-plan.harness.js';
import '../../src/booking-calendar/booking-calendar.js';
import type {PorticoBookingCalendar} from '../../src/booking-calendar/booking-calendar.component.js';
import {PorticoBookingCalendarHarness} from '../../src/booking-calendar/booking-calendar.harness.js';

export interface FloorSetupOptions {
  client?: PorticoClient;
  /** Who signs in (ada by default); null for nobody. */
  member?: string | null;
  floor?: string;
  view?: 'map' | 'list';
  width?: string;
  lang?: string;
  /** An event of the plan that the returned `spy` records from the start. */
  listen?: `portico-${string}`;
  /** Wait until the places show (default); false for a plan that fails to load. */
  waitForPlaces?: boolean;
  /**
   * A `<portico-booking-calendar>` on the same page, sharing the client: its view, and how
   * many days after the plan's it shows at first.
   */
  calendar?: {view: 'day' | 'list'; daysLater: number};
}

export async function setupFloorPlan(options: FloorSetupOptions = {}) {
  const client = options.client ?? createTestClient();
  if (options.member !== null && !options.client) await logIn(client, options.member);
  const day = await openDay(client);
  const wrapper = await mount<HTMLDivElement>(
    html`<div lang=${options.lang ?? 'en'} ${cssomStyle({width: options.width ?? '960px'})}>
      <portico-floor-plan
        .client=${client}
        date=${day}
        time-start="09:00"
        time-end="13:00"
        floor=${options.floor ?? 'canopee-ground'}
        view=${options.view ?? 'map'}
      ></portico-floor-plan>
      ${
        options.calendar
          ? html`<portico-booking-calendar
              .client=${client}
              view=${options.calendar.view}
              date=${addDays(day, options.calendar.daysLater)}
            ></portico-booking-calendar>`
          : nothing
      }
    </div>`,
  );
  const el = wrapper.querySelector('portico-floor-plan') as PorticoFloorPlan;
  const spy = sinon.spy();
  if (options.listen) el.addEventListener(options.listen, spy);
  const harness = new PorticoFloorPlanHarness(el);
  await harness.settled();
  if (options.waitForPlaces !== false) await harness.until((h) => h.places.length > 0);
  const calendarEl = wrapper.querySelector<PorticoBookingCalendar>('portico-booking-calendar');
  const calendar = calendarEl ? new PorticoBookingCalendarHarness(calendarEl) : undefined;
  await calendar?.until((h) => !!h.grid || !!h.part('list'));
  return {el, harness, client, day, spy, wrapper, calendar};
}

/**
 * Resolves once the mock API has answered the realtime stream's request (the page then hears
 * of every later change). Call it before the element mounts: a member's stream opens then.
 */
export function streamOpened(): Promise<void> {
  return new Promise((resolve) => {
    const listener = ({request}: {request: Request}) => {
      if (!new URL(request.url).pathname.endsWith('/stream')) return;
      worker.events.removeListener('response:mocked', listener);
      resolve();
    };
    worker.events.on('response:mocked', listener);
  });
}
