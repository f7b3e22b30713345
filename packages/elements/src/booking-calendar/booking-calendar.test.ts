/// <reference types="mocha" />
import {expect, html} from '@open-wc/testing';
import type {PorticoClient, Space} from '@portico/sdk';
import {
  addDays,
  calendarDayOf,
  daysBetween,
  formatInstant,
  weekdayOf,
  zonedDateTimeToInstant,
} from '@portico/sdk/domain';
import {sendKeys} from '@web/test-runner-commands';
import {http, HttpResponse} from 'msw';
import sinon from 'sinon';
import {ifDefined} from 'lit/directives/if-defined.js';
import {mount} from '../../test/helpers/mount.js';
import {
  API,
  createTestClient,
  logIn,
  resetMockApi,
  SPACE,
  worker,
} from '../../test/helpers/mock-api.js';
import {expectAccessibleInEveryTheme} from '../../test/helpers/themes.js';
import {cssomStyle} from '../internal/cssom-style.js';
import '../credit-balance/credit-balance.js';
import type {PorticoCreditBalance} from '../credit-balance/credit-balance.component.js';
import {PorticoCreditBalanceHarness} from '../credit-balance/credit-balance.harness.js';
import './booking-calendar.js';
import type {PorticoBookingCalendar} from './booking-calendar.component.js';
import {PorticoBookingCalendarHarness} from './booking-calendar.harness.js';

const problem = (status: number, code: string, title: string) =>
  HttpResponse.json(
    {type: 'about:blank', title, status, code},
    {status, headers: {'content-type': 'application/problem+json'}},
  );

const TZ = 'Europe/Paris';
const BOOKINGS = `*/v1/spaces/${SPACE}/bookings`;
const collapseText = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const AVAILABILITY = `*/v1/spaces/${SPACE}/availability`;

/**
 * A Monday or Tuesday at least `ahead` days from today, it and the next three days open: a
 * daily repeat of four (the form's default) stays on full weekdays, never a half-day Saturday.
 */
async function openDay(client: PorticoClient, ahead = 3): Promise<string> {
  const space: Space = await client.space.get();
  const closed = new Set(space.closures.map((c) => c.day));
  let day = addDays(calendarDayOf(Date.now(), space.timeZone), ahead);
  const ok = (d: string) =>
    ['mon', 'tue'].includes(weekdayOf(d)) && [0, 1, 2, 3].every((n) => !closed.has(addDays(d, n)));
  while (!ok(day)) day = addDays(day, 1);
  return day;
}

interface SetupOptions {
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
  withBalance?: boolean;
  /** The day shown; by default `openDay()`. */
  day?: string;
  /** The element's `now` (an instant); by default the page's clock. */
  now?: string;
}

async function setupTest(options: SetupOptions = {}) {
  const client = options.client ?? createTestClient();
  if (options.member !== null && !options.client) await logIn(client, options.member);
  const day = options.day ?? (await openDay(client));
  const wrapper = await mount<HTMLDivElement>(
    html`<div lang=${options.lang ?? 'en'} ${cssomStyle({width: options.width ?? '960px'})}>
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
  const harness = new PorticoBookingCalendarHarness(el);
  await harness.until((h) => !!h.grid || !!h.part('list') || h.text.includes('No resource'));
  return {el, harness, client, day, wrapper};
}

const labelOf = (cell: HTMLElement) =>
  (cell.getAttribute('aria-label') ?? '').split(': ')[0] as string;

/** The first run of `count` free cells of `resource` from the afternoon on. */
function freeCells(h: PorticoBookingCalendarHarness, resource: string, count = 1): string[] {
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
const at = (day: string, time: string) => formatInstant(zonedDateTimeToInstant(day, time, TZ), TZ);

async function selectAndQuote(h: PorticoBookingCalendarHarness, from: string, to = from) {
  await h.drag(from, to);
  await h
    .until((x) => x.partText('quote') !== '')
    .catch(() => {
      throw new Error(`No quote for ${from}–${to}: ${h.partText('panel') || h.text.slice(-300)}`);
    });
}

describe('<portico-booking-calendar>', () => {
  beforeEach(async () => {
    await resetMockApi();
  });

  describe('day view', () => {
    it('should show resources × times in the space time zone, accessibly in every theme', async function () {
      // axe over a day grid in three themes takes more than the default 5 s on a loaded machine.
      this.timeout(20_000);
      const {harness, wrapper, el} = await setupTest({resourceIds: 'room-atelier,event-loft'});
      expect(harness.columnHeaders).to.deep.equal(["L'Atelier", 'Le Loft']);
      expect(harness.rowHeaders[0]).to.equal('8:00 AM');
      expect(harness.rowHeaders.at(-1)).to.equal('7:30 PM');
      expect(harness.cells.filter((c) => c.tabIndex === 0)).to.have.length(1);
      expect(harness.grid?.getAttribute('role')).to.equal('grid');
      await expectAccessibleInEveryTheme(el, wrapper);
    });

    it('should say why a cell cannot be chosen', async () => {
      const {harness} = await setupTest({resourceIds: 'event-loft'});
      // The Loft keeps 60 minutes around bookings and needs two days' notice; on a seeded
      // day some of its cells are booked.
      const loft = new Set(harness.cells.map((c) => c.getAttribute('aria-label')?.split(': ')[1]));
      expect(loft.has('free')).to.equal(true);
      const past = await setupTest({resourceIds: 'room-atelier'});
      // A past weekday with seeded bookings (the clock is pinned to a Wednesday): past, not
      // booked, and the day says so instead of "Everything is booked".
      past.el.date = addDays(past.day, -7);
      // (An empty grid while it loads would pass `every`: wait for the day's own notice.)
      await past.harness.until((h) => h.text.includes('This day has passed'));
      const states = past.harness.cells.map((c) => c.getAttribute('aria-label')?.split(': ')[1]);
      expect(states.every((s) => s === 'past' || s === 'closed')).to.equal(true);
      expect(states).to.include('past');
      expect(past.harness.text).not.to.include('Everything is booked');
    });

    it('should filter by type and capacity, and say when nothing matches', async () => {
      const {harness} = await setupTest();
      await harness.set('[data-filter="type"]', 'event_space');
      expect(harness.columnHeaders).to.deep.equal(['Le Loft']);
      await harness.set('[data-filter="type"]', '');
      await harness.set('[data-filter="capacity"]', '10');
      expect(harness.columnHeaders).to.deep.equal(['Grand Salon', 'Le Loft']);
      await harness.set('[data-filter="capacity"]', '500');
      expect(harness.text).to.include('No resource matches these filters.');
    });

    it('should show only one type of resource with resource-type, and let the member widen it', async () => {
      const {harness} = await setupTest({resourceType: 'event_space'});
      expect(harness.columnHeaders).to.deep.equal(['Le Loft']);
      const select = harness.part('toolbar')?.querySelector('[data-filter="type"]');
      expect((select as HTMLSelectElement).value).to.equal('event_space');
      await harness.set('[data-filter="type"]', '');
      expect(harness.columnHeaders.length).to.be.greaterThan(1);
    });

    it('should open scrolled to the first free time of the day', async () => {
      const client = createTestClient();
      await logIn(client);
      const day = await openDay(client);
      // Three in the afternoon: the morning is past.
      const wrapper = await mount<HTMLDivElement>(
        html`<div ${cssomStyle({width: '960px'})}>
          <portico-booking-calendar
            .client=${client}
            .now=${at(day, '15:00')}
            date=${day}
            view="day"
            resource-ids="room-atelier"
          ></portico-booking-calendar>
        </div>`,
      );
      const el = wrapper.querySelector('portico-booking-calendar') as PorticoBookingCalendar;
      const harness = new PorticoBookingCalendarHarness(el);
      await harness.until((h) => !!h.grid);
      const scroller = harness.grid?.parentElement as HTMLElement;
      await harness.until(() => scroller.scrollTop > 0);
      const visible = (cell: HTMLElement) => {
        const box = scroller.getBoundingClientRect();
        const r = cell.getBoundingClientRect();
        return r.top >= box.top && r.bottom <= box.bottom;
      };
      const firstFree = harness.cells.find((c) => c.getAttribute('aria-label')?.endsWith(': free'));
      expect(harness.cell("L'Atelier, 8:00 AM").getAttribute('aria-label')).to.match(/: past$/);
      expect(visible(firstFree as HTMLElement)).to.equal(true);
      expect(visible(harness.cell("L'Atelier, 8:00 AM"))).to.equal(false);
    });

    it('should show a slot that has started as past, in the grid and the list', async () => {
      const client = createTestClient();
      await logIn(client);
      const day = await openDay(client);
      // An hour of the hot desk (hourly slots, no notice) the server says is free, and the
      // next one too.
      const {resources} = await client.resources.getAvailability({
        from: at(day, '00:00'),
        to: at(addDays(day, 1), '00:00'),
        resourceIds: ['desk-hot'],
      });
      const hour = [9, 10, 11, 12, 13, 14, 15, 16, 17].find((h) =>
        resources[0]?.free.some(
          (f) =>
            Date.parse(f.start) <= Date.parse(at(day, hh(h))) &&
            Date.parse(at(day, hh(h + 2))) <= Date.parse(f.end),
        ),
      );
      if (hour === undefined) throw new Error(`The hot desk has no two free hours on ${day}`);
      const [started, next] = [hourLabel(hour), hourLabel(hour + 1)];
      // Ten minutes into the hour: on its boundary, a slot that has started and one about to
      // start are the same.
      const {harness, el} = await setupTest({
        client,
        day,
        resourceIds: 'desk-hot',
        now: at(day, `${hh(hour).slice(0, 2)}:10`),
      });
      await harness.until((h) => h.cells.length > 0);
      expect(harness.stateOf(`Hot desk, window row, ${started}`)).to.equal('past');
      expect(harness.stateOf(`Hot desk, window row, ${next}`)).to.equal('free');
      el.view = 'list';
      await harness.until((h) => !!h.part('list'));
      const times = [...harness.part('list')!.querySelectorAll('button')].map((b) =>
        collapseText(b.textContent),
      );
      expect(times).not.to.include(started);
      expect(times[0]).to.equal(next);
    });

    it('should go to the next and previous day, today and a picked date', async () => {
      const {harness, el, day} = await setupTest({resourceIds: 'room-atelier'});
      await harness.click('Next');
      expect(el.date).to.equal(addDays(day, 1));
      await harness.click('Previous');
      expect(el.date).to.equal(day);
      await harness.set('[data-nav="date"]', addDays(day, 7));
      expect(el.date).to.equal(addDays(day, 7));
      await harness.click('Today');
      expect(el.date).to.equal(calendarDayOf(Date.now(), TZ));
    });
  });

  describe('week and list views', () => {
    it('should show one resource over Monday to Sunday in the week view', async () => {
      const {harness} = await setupTest({view: 'week', resourceIds: 'room-atelier,room-verriere'});
      await harness.until((h) => h.columnHeaders.length === 7);
      expect(harness.columnHeaders[0]).to.match(/^Mon/);
      expect(harness.columnHeaders[6]).to.match(/^Sun/);
      await harness.set('[data-filter="resource"]', 'room-verriere');
      await harness.until(
        (h) => h.cells[0]?.getAttribute('aria-label')?.startsWith('Mon') ?? false,
      );
    });

    it('should show every resource side by side over the week with compact', async () => {
      const {harness} = await setupTest({
        view: 'week',
        compact: true,
        resourceIds: 'room-atelier,room-verriere',
      });
      await harness.until((h) => h.columnHeaders.length === 14);
      expect(harness.columnHeaders[0]).to.match(/^Mon, .* · L'Atelier$/);
      expect(harness.columnHeaders[1]).to.match(/^Mon, .* · La Verrière$/);
      expect(harness.columnHeaders[13]).to.match(/^Sun, .* · La Verrière$/);
      expect(harness.part('base')?.querySelector('[data-filter="resource"]')).to.equal(null);
    });

    it('should list free slots, and default to the list on a 320px screen', async () => {
      const {harness, el} = await setupTest({width: '320px', resourceIds: 'room-atelier'});
      await harness.until((h) => !!h.part('list'));
      expect(el.effectiveView).to.equal('list');
      const slot = [...harness.part('list')!.querySelectorAll('button')][0] as HTMLButtonElement;
      slot.click();
      await harness.until((h) => h.partText('panel').includes('Selected: L'));
    });
  });

  describe('selection', () => {
    it('should not offer a free cancellation whose deadline has passed', async () => {
      // Today (the pinned Wednesday, 09:10): a slot this afternoon starts within the 24 h
      // of free cancellation, so only the late refund applies.
      const today = calendarDayOf(Date.now(), TZ);
      const {harness} = await setupTest({resourceIds: 'room-atelier', day: today});
      const cell = harness.cells
        .map((c) => c.getAttribute('aria-label') ?? '')
        .find((label) => /^L'Atelier, [1-5]:\d\d PM: free$/.test(label))
        ?.split(': ')[0];
      expect(cell, 'a free afternoon slot today').to.be.a('string');
      await selectAndQuote(harness, cell as string);
      await harness.until((h) => h.partText('quote').includes('credit'));
      expect(harness.partText('quote')).to.include(
        'It starts too soon to cancel for free: cancelling refunds 50%.',
      );
      expect(harness.partText('quote')).not.to.include('Free cancellation until');
    });

    it('should select a free cell by click, emit portico-slot-selected and show the quote', async () => {
      const {harness, el} = await setupTest({resourceIds: 'room-atelier'});
      const spy = sinon.spy();
      el.addEventListener('portico-slot-selected', spy);
      const [cell] = freeCells(harness, "L'Atelier");
      await harness.drag(cell as string);
      expect(spy).to.have.been.calledOnce;
      const {detail} = spy.firstCall.args[0];
      expect(detail.resourceId).to.equal('room-atelier');
      expect(Date.parse(detail.end) - Date.parse(detail.start)).to.equal(30 * 60_000);
      expect(detail.issue).to.equal(null);
      expect(harness.stateOf(cell as string)).to.equal('selected');
      await harness.until((h) => h.partText('quote').includes('1 credit'));
      expect(harness.partText('quote')).to.include('Free cancellation until');
      // Which credits it takes: Ada's granted credits expire first, so they go first.
      expect(harness.partText('credits-used')).to.match(
        /^Paid with 1 granted credit, usable until [A-Z][a-z]{2} \d{1,2}\.$/,
      );
    });

    it('should select a cell with a tap, and a range with a long press and a drag (touch)', async () => {
      const {harness, el} = await setupTest({resourceIds: 'room-atelier'});
      const spy = sinon.spy();
      el.addEventListener('portico-slot-selected', spy);
      const run = freeCells(harness, "L'Atelier", 3);
      await harness.touch(run[1] as string);
      expect(harness.selectedCells).to.deep.equal([run[1]]);
      await harness.until((h) => h.partText('quote').includes('1 credit'));
      await harness.touch(run[0] as string, {hold: true, to: run[2] as string});
      expect(harness.selectedCells).to.deep.equal(run);
      const {detail} = spy.lastCall.args[0];
      expect(Date.parse(detail.end) - Date.parse(detail.start)).to.equal(90 * 60_000);
      await harness.until((h) => h.partText('quote').includes('3 credits'));
    });

    it('should let a finger scroll the grid: a swipe selects nothing (touch)', async () => {
      const {harness, el} = await setupTest({resourceIds: 'room-atelier'});
      const spy = sinon.spy();
      el.addEventListener('portico-slot-selected', spy);
      const [cell] = freeCells(harness, "L'Atelier");
      // The browser may pan and zoom over the cells; only a long press makes a drag.
      expect(getComputedStyle(harness.cell(cell as string)).touchAction).to.equal('manipulation');
      await harness.touch(cell as string, {swipe: true});
      expect(harness.selectedCells).to.deep.equal([]);
      // A finger that moves without a long press does not drag either.
      await harness.touch(cell as string, {to: freeCells(harness, "L'Atelier", 2)[1] as string});
      expect(spy.callCount).to.equal(0);
      expect(harness.selectedCells).to.deep.equal([]);
    });

    it('should select a range by dragging', async () => {
      const {harness, el} = await setupTest({resourceIds: 'room-atelier'});
      const spy = sinon.spy();
      el.addEventListener('portico-slot-selected', spy);
      const run = freeCells(harness, "L'Atelier", 3);
      await harness.drag(run[0] as string, run[2] as string);
      expect(harness.selectedCells).to.deep.equal(run);
      const {detail} = spy.lastCall.args[0];
      expect(Date.parse(detail.end) - Date.parse(detail.start)).to.equal(90 * 60_000);
      await harness.until((h) => h.partText('quote').includes('3 credits'));
    });

    it('should move with the arrows, extend with Shift and select with Enter', async () => {
      const {harness, el} = await setupTest({resourceIds: 'room-atelier,room-verriere'});
      const spy = sinon.spy();
      el.addEventListener('portico-slot-selected', spy);
      const run = freeCells(harness, "L'Atelier", 3);
      harness.cell(run[0] as string).focus();
      await harness.settled();
      await sendKeys({press: 'ArrowRight'});
      await harness.settled();
      expect(labelOf(harness.focusCell as HTMLElement)).to.match(/^La Verrière, /);
      await sendKeys({press: 'ArrowLeft'});
      await sendKeys({down: 'Shift'});
      await sendKeys({press: 'ArrowDown'});
      await sendKeys({press: 'ArrowDown'});
      await sendKeys({up: 'Shift'});
      await harness.settled();
      expect(harness.selectedCells).to.deep.equal(run);
      expect(spy.callCount).to.equal(0);
      expect(harness.element.shadowRoot?.activeElement).to.equal(harness.cell(run[2] as string));
      await sendKeys({press: 'Enter'});
      await harness.settled();
      expect(spy).to.have.been.calledOnce;
      const {detail} = spy.firstCall.args[0];
      expect(Date.parse(detail.end) - Date.parse(detail.start)).to.equal(90 * 60_000);
      await sendKeys({press: 'Escape'});
      await harness.settled();
      expect(harness.selectedCells).to.deep.equal([]);
    });

    it('should stop at the edges of the grid with the arrow keys, never wrap', async () => {
      const {harness} = await setupTest({resourceIds: 'room-atelier,room-verriere'});
      const focusAfter = async (key: string) => {
        await sendKeys({press: key});
        await harness.settled();
        return labelOf(harness.focusCell as HTMLElement);
      };
      // The last row of the last column: down, right and a page down stay there.
      harness.cell('La Verrière, 7:30 PM').focus();
      await harness.settled();
      for (const key of ['ArrowDown', 'ArrowRight', 'PageDown', 'End']) {
        expect(await focusAfter(key), key).to.equal('La Verrière, 7:30 PM');
      }
      // The first row of the first column: up, left and a page up stay there.
      harness.cell("L'Atelier, 8:00 AM").focus();
      await harness.settled();
      for (const key of ['ArrowUp', 'ArrowLeft', 'PageUp', 'Home']) {
        expect(await focusAfter(key), key).to.equal("L'Atelier, 8:00 AM");
      }
      expect(harness.selectedCells).to.deep.equal([]);
    });

    it('should stretch to the minimum duration and say so', async () => {
      const {harness} = await setupTest({resourceIds: 'event-loft'});
      const [cell] = freeCells(harness, 'Le Loft', 2);
      await harness.drag(cell as string);
      expect(harness.selectedCells).to.have.length(2);
      expect(harness.partText('panel')).to.include('Lengthened to the minimum, 120 minutes.');
    });

    it('should say why a time cannot be booked', async () => {
      const {harness} = await setupTest({resourceIds: 'room-atelier'});
      const booked = harness.cells.find((c) =>
        /: (booked|too close to another booking)$/.test(c.getAttribute('aria-label') ?? ''),
      );
      await harness.drag(labelOf(booked as HTMLElement));
      expect(harness.partText('issue')).to.match(/already booked|minutes free around/);
      expect(harness.part('confirm-button')).to.equal(null);
    });
  });

  describe('booking outcomes', () => {
    it('should book, emit portico-booking-created and lower the credit balance on the page', async () => {
      const {harness, el, wrapper} = await setupTest({
        resourceIds: 'room-atelier',
        withBalance: true,
      });
      const balance = new PorticoCreditBalanceHarness(
        wrapper.querySelector('portico-credit-balance') as PorticoCreditBalance,
      );
      await balance.until((b) => b.total !== '');
      const before = Number(balance.total);
      const spy = sinon.spy();
      el.addEventListener('portico-booking-created', spy);
      const run = freeCells(harness, "L'Atelier", 2);
      await selectAndQuote(harness, run[0] as string, run[1] as string);
      await harness.set('[part="note"]', 'Retro <b>bold</b>');
      await harness.click('Confirm booking');
      await harness.until((h) => h.partText('outcome').startsWith("Booked: L'Atelier"));
      expect(spy).to.have.been.calledOnce;
      expect(spy.firstCall.args[0].detail.bookings[0].note).to.equal('Retro <b>bold</b>');
      await balance.until((b) => Number(b.total) === before - 2);
      await harness.until((h) => h.stateOf(run[0] as string) === 'booked');
      await harness.until((h) => h.partText('my-bookings').includes('Confirmed'));
    });

    it('should not let Confirm book while the price is still loading', async () => {
      const {harness} = await setupTest({resourceIds: 'room-atelier'});
      // The quote is held until the test lets it through (then the mock API answers it).
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      worker.use(http.post(`${BOOKINGS}/quote`, () => held.then(() => undefined)));
      const created = sinon.spy();
      worker.events.on('request:start', ({request}) => {
        if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/bookings'))
          created();
      });
      try {
        const [cell] = freeCells(harness, "L'Atelier");
        await harness.drag(cell as string);
        await harness.until((h) => h.partText('panel').includes('Getting the price…'));
        const confirm = harness.part('confirm-button') as HTMLButtonElement;
        expect(confirm.getAttribute('aria-disabled')).to.equal('true');
        confirm.click();
        await harness.settled();
        expect(created.callCount).to.equal(0);
        expect(harness.partText('outcome')).to.equal('');
        release();
        await harness.until((h) => h.partText('quote').includes('1 credit'));
        expect(harness.part('confirm-button')?.getAttribute('aria-disabled')).to.equal('false');
      } finally {
        release();
        worker.events.removeAllListeners();
      }
    });

    it('should say someone was faster on 409 and keep the selection', async () => {
      const client = createTestClient({realtime: false});
      await logIn(client);
      const {harness, day} = await setupTest({client, resourceIds: 'room-atelier'});
      const [cell] = freeCells(harness, "L'Atelier");
      await selectAndQuote(harness, cell as string);
      const other = createTestClient();
      await logIn(other, 'ben@example.com');
      const start = harness.cell(cell as string);
      const row = Number(start.dataset['row']);
      const time = `${String(8 + Math.floor(row / 2)).padStart(2, '0')}:${row % 2 ? '30' : '00'}`;
      await other.bookings.create({
        resourceId: 'room-atelier',
        start: at(day, time),
        end: at(day, time === '19:30' ? '20:00' : addMinutes(time, 30)),
      });
      await harness.click('Confirm booking');
      await harness.until((h) => h.partText('outcome').startsWith('Someone was faster'));
      await harness.until((h) => h.stateOf(cell as string) === 'selected');
      await harness.until((h) => h.partText('issue').includes('already booked'));
    });

    it('should replace Confirm with "Buy credits" when the quote falls short', async () => {
      const {harness, el} = await setupTest({resourceIds: 'event-loft'});
      const spy = sinon.spy();
      el.addEventListener('portico-needs-credits', spy);
      const run = freeCells(harness, 'Le Loft', 6);
      await selectAndQuote(harness, run[0] as string, run[5] as string);
      expect(harness.partText('quote')).to.include('120 credits');
      expect(harness.partText('quote')).to.include('You do not have enough credits');
      expect(harness.part('credits-used') === null).to.be.true;
      // No "Send request" that would answer 402: the way out instead.
      expect(harness.part('confirm-button')).to.equal(null);
      expect(spy.callCount).to.equal(0);
      await harness.click('Buy credits');
      expect(spy).to.have.been.calledOnce;
      expect(spy.firstCall.args[0].detail.required).to.equal(120);
      expect(spy.firstCall.args[0].detail.selection.resourceId).to.equal('event-loft');
    });

    it('should explain a rule the server refused (422)', async () => {
      const {harness} = await setupTest({resourceIds: 'room-atelier'});
      const [cell] = freeCells(harness, "L'Atelier");
      await selectAndQuote(harness, cell as string);
      await harness.set('[part="note"]', 'Board prep');
      worker.use(http.post(BOOKINGS, () => problem(422, 'too_late', 'Too late'), {once: true}));
      await harness.click('Confirm booking');
      await harness.until((h) => h.partText('outcome').includes('needs 30 minutes’ notice'));
      expect(harness.selectedCells).to.have.length(1);
      // Nothing typed is lost: the note is still there to try again.
      expect((harness.part('note') as HTMLTextAreaElement).value).to.equal('Board prep');
    });

    it('should show the terms step on 403, then book once they are accepted', async () => {
      const {harness} = await setupTest({
        member: 'chloe@example.com',
        resourceIds: 'studio-podcast',
      });
      const [cell] = freeCells(harness, 'Podcast studio');
      await selectAndQuote(harness, cell as string);
      expect(harness.partText('quote')).to.include('€25.00');
      await harness.click('Confirm booking');
      await harness.until((h) => h.partText('outcome').includes('Accept the space’s terms'));
      const link = harness.part('outcome')?.querySelector('a');
      expect(link?.getAttribute('href')).to.equal('https://example.com/canopee/terms-2024-09');
      await harness.click('Accept and book');
      await harness.until((h) => h.partText('outcome').startsWith('Booked: Podcast studio'));
    });

    it('should send a request for the Loft, pending until the team approves it', async () => {
      const {harness} = await setupTest({resourceIds: 'event-loft'});
      const run = freeCells(harness, 'Le Loft', 2);
      await selectAndQuote(harness, run[0] as string);
      expect(harness.partText('quote')).to.include('The team confirms bookings');
      const spy = sinon.spy();
      harness.element.addEventListener('portico-booking-created', spy);
      await harness.click('Send request');
      await harness.until((h) => h.partText('outcome').startsWith('Request sent: Le Loft'));
      const [booking] = spy.firstCall.args[0].detail.bookings;
      expect(booking.status).to.equal('pending_approval');
      await harness.until((h) => h.partText('my-bookings').includes('Pending approval'));
      await fetch(`${API}/spaces/${SPACE}/__dev/bookings/${booking.id}/approve`, {method: 'POST'});
      await harness.until((h) => {
        const item = h.part('my-bookings')?.querySelector(`[data-booking="${booking.id}"]`);
        return (item?.textContent ?? '').includes('Confirmed');
      });
    });

    // A repeat is three journeys, each its own test: one test doing all three (two
    // quotes, a booking, a second member's login and booking) ran past mocha's 5 s on a
    // loaded machine, and kept running after the next test had reset the mock API.
    it('should book every occurrence of a repeat, or none', async () => {
      const {harness, el} = await setupTest({resourceIds: 'room-atelier'});
      const spy = sinon.spy();
      el.addEventListener('portico-booking-created', spy);
      await selectAndQuote(harness, "L'Atelier, 7:00 PM");
      await harness.set('[part="repeat"]', 'daily');
      await harness.set('[part="repeat-count"]', '3');
      await harness.until((h) => h.partText('quote').includes('3 bookings, all or none'));
      expect(harness.part('occurrences')?.querySelectorAll('li')).to.have.length(3);
      expect(harness.partText('quote')).to.include('3 credits');
      await harness.click('Confirm booking');
      await harness.until(() => spy.calledOnce);
      expect(spy.firstCall.args[0].detail.bookings).to.have.length(3);
      // The next selection starts without a repeat, and is quoted as one booking.
      await selectAndQuote(harness, "L'Atelier, 7:30 PM");
      expect((harness.part('repeat') as HTMLSelectElement).value).to.equal('none');
      expect(harness.part('occurrences')).to.equal(null);
    });

    it('should repeat until a day', async () => {
      const {harness, day} = await setupTest({resourceIds: 'room-atelier'});
      await selectAndQuote(harness, "L'Atelier, 7:30 PM");
      await harness.set('[part="repeat"]', 'daily');
      await harness.set('[part="repeat-until"]', addDays(day, 2));
      await harness.until((h) => h.partText('quote').includes('3 bookings, all or none'));
      expect(harness.part('occurrences')?.querySelectorAll('li')).to.have.length(3);
    });

    it('should refuse a whole repeat that runs into a booking, before confirming', async () => {
      const {harness, day} = await setupTest({resourceIds: 'room-atelier'});
      // Another member has the second day's 7:30 PM.
      const other = createTestClient();
      await logIn(other, 'ben@example.com');
      await other.bookings.create({
        resourceId: 'room-atelier',
        start: at(addDays(day, 1), '19:30'),
        end: at(addDays(day, 1), '20:00'),
      });
      await selectAndQuote(harness, "L'Atelier, 7:30 PM");
      await harness.set('[part="repeat"]', 'daily');
      await harness.set('[part="repeat-count"]', '2');
      await harness.until((h) => h.partText('panel').includes('already booked'));
      expect(harness.part('quote')).to.equal(null);
    });

    it('should ask a signed-out visitor to sign in', async () => {
      const {harness, el} = await setupTest({member: null, resourceIds: 'room-atelier'});
      const spy = sinon.spy();
      el.addEventListener('portico-needs-sign-in', spy);
      const [cell] = freeCells(harness, "L'Atelier");
      await harness.drag(cell as string);
      expect(harness.partText('panel')).to.include('Sign in to book this time.');
      await harness.click('Sign in');
      expect(spy).to.have.been.calledOnce;
    });
  });

  describe('my bookings', () => {
    it('should cancel with the refund shown first, and emit portico-booking-cancelled', async () => {
      const {harness, el} = await setupTest({resourceIds: 'room-atelier'});
      await selectAndQuote(harness, "L'Atelier, 7:00 PM");
      await harness.click('Confirm booking');
      await harness.until((h) => h.partText('outcome').startsWith('Booked'));
      const spy = sinon.spy();
      el.addEventListener('portico-booking-cancelled', spy);
      const mine = (h: PorticoBookingCalendarHarness) =>
        [...(h.part('my-bookings')?.querySelectorAll('li') ?? [])].find((li) =>
          /L'Atelier[\s\S]*7:00/.test(li.textContent ?? ''),
        );
      await harness
        .until((h) => !!mine(h))
        .catch(() => {
          throw new Error(`Not in my bookings: ${harness.partText('my-bookings')}`);
        });
      const item = [...harness.part('my-bookings')!.querySelectorAll('li')].find((li) =>
        /L'Atelier[\s\S]*7:00/.test(li.textContent ?? ''),
      ) as HTMLElement;
      (item.querySelector('[part~="cancel-button"]') as HTMLButtonElement).click();
      await harness.settled();
      expect(harness.partText('cancel-confirm')).to.include(
        'Cancelling now refunds 100%: 1 credit.',
      );
      await harness.click('Cancel booking');
      await harness.until((h) => h.text.includes("Cancelled: L'Atelier. 100% refunded."));
      expect(spy.firstCall.args[0].detail.refund).to.deep.equal({
        percent: 100,
        credits: 1,
        money: null,
      });
      await harness.until((h) => h.stateOf("L'Atelier, 7:00 PM") === 'free');
    });

    it('should download an .ics in the space time zone', async () => {
      const {harness} = await setupTest({resourceIds: 'room-atelier'});
      await harness.until((h) => !!h.part('ics-button'));
      const blobs: Blob[] = [];
      const create = sinon.stub(URL, 'createObjectURL').callsFake((blob) => {
        blobs.push(blob as Blob);
        return 'blob:test';
      });
      const click = sinon.stub(HTMLAnchorElement.prototype, 'click');
      try {
        harness.part('ics-button')!.click();
        const text = await (blobs[0] as Blob).text();
        expect(text).to.match(/^BEGIN:VCALENDAR\r\n/);
        expect(text).to.match(/DTSTART;TZID=Europe\/Paris:\d{8}T\d{6}\r\n/);
        expect(text).to.include('BEGIN:VTIMEZONE');
        expect(click).to.have.been.calledOnce;
      } finally {
        create.restore();
        click.restore();
      }
    });

    it('should list past bookings apart', async () => {
      const {harness} = await setupTest({resourceIds: 'room-atelier'});
      await harness.until((h) => h.partText('my-bookings').includes('Upcoming'));
      await harness.click('Past');
      expect(harness.button('Past').getAttribute('aria-pressed')).to.equal('true');
      expect(harness.part('my-bookings')?.querySelector('[part~="cancel-button"]')).to.equal(null);
    });
  });

  describe('what the member is told', () => {
    it('should label the times with the space’s zone only when the browser’s differs', async () => {
      const original = Intl.DateTimeFormat.prototype.resolvedOptions;
      const zone = sinon.stub(Intl.DateTimeFormat.prototype, 'resolvedOptions');
      const browserIn = (timeZone: string) =>
        zone.callsFake(function (this: Intl.DateTimeFormat) {
          return {...original.call(this), timeZone};
        });
      try {
        browserIn('America/New_York');
        const {harness, el} = await setupTest({resourceIds: 'room-atelier'});
        expect(harness.text).to.include('Times are in the space’s time zone (Europe/Paris).');
        browserIn(TZ);
        el.requestUpdate();
        await harness.settled();
        expect(harness.text).not.to.include('time zone');
      } finally {
        zone.restore();
      }
    });

    it('should list every bucket a booking spends, soonest to expire first', async () => {
      const {harness} = await setupTest({resourceIds: 'room-atelier'});
      // Three hours of L'Atelier (6 credits): Ada's 5 granted credits, then her membership's.
      const run = freeCells(harness, "L'Atelier", 6);
      await selectAndQuote(harness, run[0] as string, run[5] as string);
      expect(harness.partText('quote')).to.include('6 credits');
      const items = [...harness.part('credits-used')!.querySelectorAll('li')].map((li) =>
        collapseText(li.textContent),
      );
      expect(items).to.have.length(2);
      expect(items[0]).to.match(/^5 granted credits, usable until /);
      expect(items[1]).to.match(/^1 credit from your membership, usable until /);
      await expect(harness.part('credits-used')).to.be.accessible();
    });

    it('should keep what the member is typing in a field through re-renders', async () => {
      const {harness, el} = await setupTest({resourceIds: 'room-atelier'});
      await selectAndQuote(harness, "L'Atelier, 7:00 PM");
      await harness.set('[part="repeat"]', 'daily');
      const fields = {
        capacity: harness
          .part('toolbar')!
          .querySelector<HTMLInputElement>('[data-filter="capacity"]')!,
        count: harness.part('repeat-count') as HTMLInputElement,
      };
      fields.capacity.value = '3';
      fields.count.value = '7';
      // Realtime, the minute tick or a quote re-render the calendar while they type.
      el.requestUpdate();
      await harness.settled();
      expect([fields.capacity.value, fields.count.value]).to.deep.equal(['3', '7']);
      // Junk is normalized when it is committed.
      fields.count.value = '';
      fields.count.dispatchEvent(new Event('change', {bubbles: true, composed: true}));
      await harness.settled();
      expect((harness.part('repeat-count') as HTMLInputElement).value).to.equal('1');
    });

    it('should filter by amenity', async () => {
      const {harness} = await setupTest();
      const amenities = [
        ...harness
          .part('toolbar')!
          .querySelectorAll<HTMLOptionElement>('[data-filter="amenity"] option'),
      ].map((option) => option.value);
      expect(amenities).to.include.members(['soundproof', 'video conferencing', 'projector']);
      await harness.set('[data-filter="amenity"]', 'video conferencing');
      expect(harness.columnHeaders).to.deep.equal(['La Verrière', 'Grand Salon']);
      await harness.set('[data-filter="amenity"]', 'soundproof');
      expect(harness.columnHeaders).to.deep.equal(['Phone booth "La Cabine"', 'Podcast studio']);
      await harness.set('[data-filter="amenity"]', '');
      expect(harness.columnHeaders.length).to.be.greaterThan(2);
    });

    it('should repeat weekly, a week apart in the space’s time', async () => {
      // A Monday to Wednesday that is open, and open again a week later (the seeded
      // maintenance day is ten days out, often exactly a week after openDay()).
      const client = createTestClient();
      await logIn(client);
      const space = await client.space.get();
      const closed = new Set(space.closures.map((c) => c.day));
      const today = calendarDayOf(Date.now(), TZ);
      let day = await openDay(client);
      while (closed.has(addDays(day, 7))) day = await openDay(client, daysBetween(today, day) + 1);
      const {harness, el} = await setupTest({client, day, resourceIds: 'room-atelier'});
      const spy = sinon.spy();
      el.addEventListener('portico-booking-created', spy);
      await selectAndQuote(harness, "L'Atelier, 7:00 PM");
      await harness.set('[part="repeat"]', 'weekly');
      await harness.set('[part="repeat-count"]', '2');
      await harness.until((h) => h.partText('quote').includes('2 bookings, all or none'));
      const items = [...harness.part('occurrences')!.querySelectorAll('li')].map((li) =>
        collapseText(li.textContent),
      );
      expect(items).to.have.length(2);
      await harness.click('Confirm booking');
      await harness.until(() => spy.calledOnce);
      const [first, second] = spy.firstCall.args[0].detail.bookings as {start: string}[];
      expect(calendarDayOf(Date.parse(second!.start), TZ)).to.equal(
        addDays(calendarDayOf(Date.parse(first!.start), TZ), 7),
      );
      // Same wall time a week later (7:00 PM in Paris), whatever the offset that day.
      expect(second!.start.slice(11, 16)).to.equal('19:00');
      expect(first!.start.slice(11, 16)).to.equal('19:00');
    });

    it('should announce outcomes in its live region', async () => {
      const {harness} = await setupTest({resourceIds: 'room-atelier'});
      await selectAndQuote(harness, "L'Atelier, 7:00 PM");
      await harness.click('Confirm booking');
      await harness.until((h) => h.announcement.startsWith("Booked: L'Atelier"));
      worker.use(
        http.post(BOOKINGS, () => problem(409, 'slot_unavailable', 'Taken'), {once: true}),
      );
      await selectAndQuote(harness, "L'Atelier, 7:30 PM");
      await harness.click('Confirm booking');
      await harness.until((h) => h.announcement.startsWith('Someone was faster'));
    });

    it('should mark a cancelled booking Cancelled in My bookings', async () => {
      const {harness} = await setupTest({resourceIds: 'room-atelier'});
      await selectAndQuote(harness, "L'Atelier, 7:00 PM");
      await harness.click('Confirm booking');
      await harness.until((h) => h.partText('outcome').startsWith('Booked'));
      const item = () =>
        [...(harness.part('my-bookings')?.querySelectorAll('li') ?? [])].find((li) =>
          /L'Atelier[\s\S]*7:00/.test(li.textContent ?? ''),
        );
      await harness.until(() => !!item());
      expect(collapseText(item()!.textContent)).to.include('Confirmed');
      (item()!.querySelector('[part~="cancel-button"]') as HTMLButtonElement).click();
      await harness.settled();
      await harness.click('Cancel booking');
      await harness.until((h) => h.text.includes("Cancelled: L'Atelier. 100% refunded."));
      await harness.until(() => /Cancelled/.test(item()?.textContent ?? ''));
      expect(item()!.querySelector('[part~="cancel-button"]') === null).to.be.true;
    });

    it('should be accessible in the week and list views and with the booking panel open', async function () {
      this.timeout(30_000);
      const week = await setupTest({view: 'week', resourceIds: 'room-atelier'});
      await week.harness.until((h) => h.columnHeaders.length === 7);
      await expectAccessibleInEveryTheme(week.el, week.wrapper);
      const list = await setupTest({view: 'list', resourceIds: 'room-atelier'});
      await list.harness.until((h) => !!h.part('list'));
      await expectAccessibleInEveryTheme(list.el, list.wrapper);
      const day = await setupTest({resourceIds: 'room-atelier'});
      await selectAndQuote(day.harness, "L'Atelier, 7:00 PM");
      await day.harness.set('[part="repeat"]', 'daily');
      await day.harness.until((h) => h.partText('quote').includes('all or none'));
      await expectAccessibleInEveryTheme(day.el, day.wrapper);
    });
  });

  describe('realtime', () => {
    it('should show another member’s booking as busy and keep the selection unless taken', async () => {
      const {harness, day} = await setupTest({resourceIds: 'room-atelier'});
      await selectAndQuote(harness, "L'Atelier, 7:30 PM");
      const other = createTestClient();
      await logIn(other, 'ben@example.com');
      await other.bookings.create({
        resourceId: 'room-atelier',
        start: at(day, '19:00'),
        end: at(day, '19:30'),
      });
      await harness.until((h) => h.stateOf("L'Atelier, 7:00 PM") === 'booked', 4_000);
      expect(harness.selectedCells).to.deep.equal(["L'Atelier, 7:30 PM"]);
      await other.bookings.create({
        resourceId: 'room-atelier',
        start: at(day, '19:30'),
        end: at(day, '20:00'),
      });
      await harness.until(
        (h) => h.partText('taken').includes('just booked by someone else'),
        4_000,
      );
      expect(harness.selectedCells).to.deep.equal([]);
    });
  });

  describe('states', () => {
    it('should show availability read-only without sign-in', async () => {
      const {harness, el} = await setupTest({
        member: null,
        readonly: true,
        resourceIds: 'room-atelier',
      });
      const spy = sinon.spy();
      el.addEventListener('portico-slot-selected', spy);
      const [cell] = freeCells(harness, "L'Atelier");
      await harness.drag(cell as string);
      expect(spy.callCount).to.equal(0);
      expect(harness.part('panel')).to.equal(null);
      expect(harness.grid?.getAttribute('aria-readonly')).to.equal('true');
    });

    it('should show a loading skeleton while availability loads', async () => {
      worker.use(http.get(AVAILABILITY, () => new Promise(() => undefined)));
      const client = createTestClient({timeout: 60_000});
      const day = await openDay(client);
      const el = await mount<PorticoBookingCalendar>(
        html`<portico-booking-calendar
          .client=${client}
          date=${day}
          view="day"
        ></portico-booking-calendar>`,
      );
      const harness = new PorticoBookingCalendarHarness(el);
      await harness.until((h) => !!h.part('toolbar'));
      const skeleton = el.shadowRoot?.querySelector('.calendar__skeleton');
      expect(skeleton?.getAttribute('aria-busy')).to.equal('true');
      expect(harness.text).to.include('Loading availability…');
      client.store.clear();
    });

    it('should show the hours asked for with hour-start and hour-end', async () => {
      const {harness, el} = await setupTest({resourceIds: 'room-atelier'});
      el.setAttribute('hour-start', '9');
      el.setAttribute('hour-end', '12');
      await harness.until((h) => h.rowHeaders.length === 6);
      expect(harness.rowHeaders[0]).to.equal('9:00 AM');
      expect(harness.rowHeaders.at(-1)).to.equal('11:30 AM');
    });

    it('should show the error of an action and keep the widget usable', async () => {
      const {harness} = await setupTest({resourceIds: 'room-atelier'});
      await harness.until((h) => !!h.part('cancel-button'));
      worker.use(
        http.delete(`${BOOKINGS}/:id`, () => problem(404, 'not_found', 'Not found'), {once: true}),
      );
      harness.part('cancel-button')!.click();
      await harness.settled();
      await harness.click('Cancel booking');
      await harness.until((h) =>
        h.text.includes('The booking could not be cancelled. It no longer exists.'),
      );
      expect(harness.part('confirm-button')).to.equal(null);
      expect(harness.grid).to.exist;
    });

    it('should say the price could not be loaded when offline, and quote again on Retry', async () => {
      // The SDK's default: a quote is retried twice after a dropped connection.
      const client = createTestClient({retry: {limit: 2, backoffLimit: 10}});
      await logIn(client);
      const {harness} = await setupTest({client, resourceIds: 'room-atelier'});
      // All three attempts fail.
      let attempts = 0;
      worker.use(
        http.post(`${BOOKINGS}/quote`, () => {
          attempts++;
          return HttpResponse.error();
        }),
      );
      const [cell] = freeCells(harness, "L'Atelier");
      await harness.drag(cell as string);
      await harness.until((h) => h.partText('issue').startsWith('The price could not be loaded.'));
      expect(attempts).to.equal(3);
      expect(harness.partText('panel')).not.to.include('booking failed');
      worker.resetHandlers();
      harness.part('retry-quote')!.click();
      await harness.until((h) => h.partText('quote').includes('1 credit'));
      expect(harness.part('retry-quote') === null).to.be.true;
    });

    it('should show an error with a Retry that works', async () => {
      worker.use(
        http.get(AVAILABILITY, () => problem(503, 'service_unavailable', 'Unavailable'), {
          once: true,
        }),
      );
      const client = createTestClient();
      await logIn(client);
      const day = await openDay(client);
      const el = await mount<PorticoBookingCalendar>(
        html`<portico-booking-calendar
          .client=${client}
          date=${day}
          view="day"
        ></portico-booking-calendar>`,
      );
      const errors = sinon.spy();
      el.addEventListener('portico-error', errors);
      const harness = new PorticoBookingCalendarHarness(el);
      await harness.until((h) => h.text.includes('Availability could not be loaded.'));
      await harness.click('Retry');
      await harness.until((h) => !!h.grid);
    });

    it('should render in French, accessibly', async () => {
      const {harness, el, wrapper} = await setupTest({lang: 'fr', resourceIds: 'room-atelier'});
      expect(harness.text).to.include('Heure');
      expect(harness.rowHeaders[0]).to.equal('8:00');
      await expect(el).to.be.accessible();
      void wrapper;
    });
  });
});

/** `HH:00` for an hour of the day. */
const hh = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

/** How the calendar labels a whole hour in English (`3:00 PM`). */
const hourLabel = (hour: number) => `${hour % 12 || 12}:00 ${hour < 12 ? 'AM' : 'PM'}`;

function addMinutes(time: string, minutes: number): string {
  const total = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
