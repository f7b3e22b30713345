/// <reference types="mocha" />
// Shared by the calendar's test files: a calendar bound to a test client on an open day, the
// free cells to pick, and the steps a member takes to get a quote.
import {html} from '@open-wc/testing';
import type {PorticoClient, Space} from '@portico/sdk';
import {
  addDays,
  calendarDayOf,
  formatInstant,
  weekdayOf,
  zonedDateTimeToInstant,
} from '@portico/sdk/domain';
import {ifDefined} from 'lit/directives/if-defined.js';
import sinon from 'sinon';
import {mount} from './mount.js';
import {describeElement} from './hooks.js';
import {createTestClient, logIn, SPACE} from './mock-api.js';
import {cssomStyle} from '../../src/internal/cssom-style.js';
import '../../src/credit-balance/credit-balance.js';
import '../../src/booking-calendar/booking-calendar.js';
import type {PorticoBookingCalendar} from '../../src/booking-calendar/booking-calendar.component.js';
import {PorticoBookingCalendarHarness} from '../../src/booking-calendar/booking-calendar.harness.js';
export {problem} from './problem.js';

export const TZ = 'Europe/Paris';
export const BOOKINGS = `*/v1/spaces/${SPACE}/bookings`;
export const collapseText = (text: string | null | undefined) =>
  (text ?? '').replace(/\s+/g, ' ').trim();
export const AVAILABILITY = `*/v1/spaces/${SPACE}/availability`;

/**
 * A Monday or Tuesday at least `ahead` days from today, it and the next three days open: a
 * daily repeat of four (the form's default) stays on full weekdays, never a half-day Saturday.
 */
export async function openDay(client: PorticoClient, ahead = 3): Promise<string> {
  const space: Space = await client.space.get();
  const closed = new Set(space.closures.map((c) => c.day));
  let day = addDays(calendarDayOf(Date.now(), space.timeZone), ahead);
  const ok = (d: string) =>
    ['mon', 'tue'].includes(weekdayOf(d)) && [0, 1, 2, 3].every((n) => !closed.has(addDays(d, n)));
  while (!ok(day)) day = addDays(day, 1);
  return day;
}

export interface SetupOptions {
  client?: PorticoClient;
  /** Who signs in (ada by default); null for nobody. */
  member?: string | null;
  view?: string;
  resourceIds?: string;
  readonly?: boolean;
  compact?: boolean;
  resourceType?: string;
  width?: string;
  lang?: string;
  /** The wrapper's writing direction (`rtl` for a right-to-left page). */
  dir?: 'ltr' | 'rtl';
  withBalance?: boolean;
  /** The day shown; by default `openDay()`. */
  day?: string;
  /** The element's `now` (an instant); by default the page's clock. */
  now?: string;
  /** An event of the calendar that the returned `spy` records from the start. */
  listen?: `portico-${string}`;
}

export async function setupTest(options: SetupOptions = {}) {
  const client = options.client ?? createTestClient();
  if (options.member !== null && !options.client) await logIn(client, options.member);
  const day = options.day ?? (await openDay(client));
  const wrapper = await mount<HTMLDivElement>(
    html`<div
      lang=${options.lang ?? 'en'}
      dir=${options.dir ?? 'ltr'}
      ${cssomStyle({width: options.width ?? '960px'})}
    >
      ${
        options.withBalance
          ? html`<portico-credit-balance .client=${client}></portico-credit-balance>`
          : ''
      }
      <portico-booking-calendar
        .client=${client}
        .now=${options.now}
        date=${day}
        view=${ifDefined(options.view ?? (options.width ? undefined : 'day'))}
        resource-ids=${options.resourceIds ?? ''}
        resource-type=${ifDefined(options.resourceType)}
        ?readonly=${options.readonly ?? false}
        ?compact=${options.compact ?? false}
      ></portico-booking-calendar>
    </div>`,
  );
  const el = wrapper.querySelector('portico-booking-calendar') as PorticoBookingCalendar;
  const spy = sinon.spy();
  if (options.listen) el.addEventListener(options.listen, spy);
  const harness = new PorticoBookingCalendarHarness(el);
  await harness.until((h) => !!h.grid || !!h.part('list') || h.text.includes('No resource'));
  return {el, harness, client, day, wrapper, spy};
}

export const labelOf = (cell: HTMLElement) =>
  (cell.getAttribute('aria-label') ?? '').split(': ')[0] as string;

/** The first run of `count` free cells of `resource` from the afternoon on. */
export function freeCells(h: PorticoBookingCalendarHarness, resource: string, count = 1): string[] {
  const cells = h.cells.filter((c) => c.getAttribute('aria-label')?.startsWith(`${resource}, `));
  const half = Math.floor(cells.length / 2);
  const starts = [...cells.keys()].map((i) => (i + half) % cells.length);
  for (const i of starts) {
    const run = cells.slice(i, i + count);
    if (run.length === count && run.every((c) => c.getAttribute('aria-label')?.endsWith(': free')))
      return run.map(labelOf);
  }
  throw new Error(
    `No ${count} free cells: ${cells.map((c) => c.getAttribute('aria-label')).join('; ')}`,
  );
}

/** `HH:MM` on `day` in the space, as the API writes instants. */
export const at = (day: string, time: string) =>
  formatInstant(zonedDateTimeToInstant(day, time, TZ), TZ);

export async function selectAndQuote(h: PorticoBookingCalendarHarness, from: string, to = from) {
  await h.drag(from, to);
  await h
    .until((x) => x.partText('quote') !== '')
    .catch(() => {
      throw new Error(`No quote for ${from}–${to}: ${h.partText('panel') || h.text.slice(-300)}`);
    });
}

/** `HH:00` for an hour of the day. */
export const hh = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

/** How the calendar labels a whole hour in English (`3:00 PM`). */
export const hourLabel = (hour: number) => `${hour % 12 || 12}:00 ${hour < 12 ? 'AM' : 'PM'}`;

export function addMinutes(time: string, minutes: number): string {
  const total = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** `describe('<portico-booking-calendar>')` with {@link describeElement}'s hooks. */
export function describeCalendar(tests: () => void): void {
  describeElement('portico-booking-calendar', tests);
}

/** The next frame rendered, and a task after it. */
export const nextFrame = () =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/**
 * Holds the background tasks the calendar makes its other columns in (`scheduler.postTask`,
 * grid-spans.ts), as a busy page may: `run()` runs them, `restore()` puts `postTask` back.
 */
export function holdBackgroundTasks() {
  const {scheduler} = globalThis as unknown as {
    scheduler: {postTask?: (task: () => void) => Promise<void>};
  };
  const held: (() => void)[] = [];
  scheduler.postTask = (task) => (held.push(task), Promise.resolve());
  return {
    held,
    run: () => {
      for (const task of held.splice(0)) task();
    },
    restore: () => delete scheduler.postTask,
  };
}
