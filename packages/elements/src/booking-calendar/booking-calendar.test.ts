/// <reference types="mocha" />
// The calendar's views: the day grid (times in the space's zone, filters, moving between
// days) and the week and list views. Selection, booking, my bookings and states have their own files.
import {expect, html} from '@open-wc/testing';
import {addDays, calendarDayOf, weekdayOf} from '@portico/sdk/domain';
import {mount} from '../../test/helpers/mount.js';
import {
  at,
  collapseText,
  describeCalendar,
  hh,
  holdBackgroundTasks,
  hourLabel,
  nextFrame,
  openDay,
  setupTest,
  TZ,
} from '../../test/helpers/booking-calendar.js';
import {createTestClient, logIn} from '../../test/helpers/mock-api.js';
import {expectAccessibleInEveryTheme} from '../../test/helpers/themes.js';
import {cssomStyle} from '../internal/cssom-style.js';
import './booking-calendar.js';
import type {PorticoBookingCalendar} from './booking-calendar.component.js';
import {PorticoBookingCalendarHarness} from './booking-calendar.harness.js';

describeCalendar(() => {
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

    // A compact week of every resource is wider than the screen: scrolled to its far right
    // end, the times still stand at the grid's left edge and the header's background still
    // runs behind the last column's name.
    for (const width of ['390px', '560px']) {
      it(`should keep the times and the header row in place when scrolled sideways at ${width}`, async () => {
        const {harness} = await setupTest({view: 'week', compact: true, width});
        await harness.until((h) => h.columnHeaders.length > 40);
        const scroller = harness.grid!.closest('.calendar__scroll') as HTMLElement;
        expect(scroller.scrollWidth).to.be.greaterThan(2 * scroller.clientWidth);
        scroller.scrollTo(scroller.scrollWidth, scroller.scrollHeight);
        await new Promise(requestAnimationFrame);
        const edge = scroller.getBoundingClientRect().left + scroller.clientLeft;
        for (const time of harness.root.querySelectorAll('[role="rowheader"]')) {
          expect(time.getBoundingClientRect().left).to.be.closeTo(edge, 1);
        }
        const head = harness.root.querySelector('[role="row"]')!.getBoundingClientRect();
        const last = [...harness.root.querySelectorAll('[role="columnheader"]')].at(-1)!;
        expect(head.right).to.be.at.least(last.getBoundingClientRect().right - 1);
        expect(head.top).to.be.closeTo(
          scroller.getBoundingClientRect().top + scroller.clientTop,
          1,
        );
      });
    }

    // The days off screen get their cells in a background task after the first frame
    // (grid-spans.ts). On a busy page that task may wait: a member who scrolls first still
    // finds every day drawn.
    it('should make the days scrolled to at once, before the background task that makes them', async () => {
      // Held, never run: only the scroll can make the days off screen.
      const tasks = holdBackgroundTasks();
      try {
        const {harness} = await setupTest({view: 'week', compact: true, width: '560px'});
        await harness.until((h) => h.cells.length > 0);
        const grid = harness.grid!;
        const total =
          (Number(grid.getAttribute('aria-rowcount')) - 1) *
          (Number(grid.getAttribute('aria-colcount')) - 1);
        await nextFrame();
        expect(tasks.held, 'the background task was queued').to.have.length.greaterThan(0);
        expect(harness.cells.length, 'the days off screen are not made yet').to.be.lessThan(total);
        const scroller = grid.closest('.calendar__scroll') as HTMLElement;
        scroller.scrollTo(scroller.scrollWidth, 0);
        await new Promise(requestAnimationFrame);
        expect(harness.cells).to.have.length(total);
        await nextFrame();
        const firstRow = harness.root.querySelector('[role="row"][aria-rowindex="2"]')!;
        const last = [...firstRow.querySelectorAll<HTMLElement>('[role="gridcell"]')].at(-1)!;
        expect(last.checkVisibility(), 'the last day is drawn').to.equal(true);
        expect(last.getAttribute('aria-label')).to.match(/^Sun, .*: /);
      } finally {
        tasks.restore();
      }
    });

    // The first frame makes the columns on screen only, and a stand-in as wide as the rest of
    // their day (grid-spans.ts): what it draws is what the whole grid draws there.
    for (const dir of ['ltr', 'rtl'] as const) {
      it(`should draw the columns on screen first, in place (${dir})`, async () => {
        const tasks = holdBackgroundTasks();
        try {
          const {harness} = await setupTest({view: 'day', width: '480px', dir});
          await harness.until((h) => h.cells.length > 0);
          await nextFrame();
          const grid = harness.grid!;
          const scroller = grid.closest('.calendar__scroll') as HTMLElement;
          // Across the scroller's first row of cells, from the times to its far edge.
          const view = scroller.getBoundingClientRect();
          const row = harness.root.querySelector('[role="row"][aria-rowindex="2"]')!;
          const time = row.querySelector('[role="rowheader"]')!.getBoundingClientRect();
          const y = row.getBoundingClientRect().top + 4;
          const [from, to] =
            dir === 'ltr'
              ? [time.right, view.left + scroller.clientLeft + scroller.clientWidth]
              : [view.right - scroller.clientLeft - scroller.clientWidth, time.left];
          const points = Array.from({length: 12}, (_, i) => from + 2 + ((to - from - 4) * i) / 11);
          const shown = points.map((x) => harness.root.elementFromPoint(x, y));
          const boxes = shown.map((cell) => cell?.getBoundingClientRect().toJSON());
          const width = scroller.scrollWidth;
          expect(tasks.held, 'the background task was queued').to.have.length.greaterThan(0);
          const columns = Number(grid.getAttribute('aria-colcount')) - 1;
          expect(
            row.querySelectorAll('[role="gridcell"]').length,
            'the columns off screen are not made yet',
          ).to.be.lessThan(columns);
          expect(
            shown.map((cell) => cell?.getAttribute('role')),
            'the columns on screen',
          ).to.deep.equal(points.map(() => 'gridcell'));

          tasks.run();
          await nextFrame();
          expect(harness.cells).to.have.length(
            (Number(grid.getAttribute('aria-rowcount')) - 1) * columns,
          );
          expect(scroller.scrollWidth, 'the stand-ins were as wide as the columns').to.equal(width);
          expect(
            shown.map((cell) => cell?.getBoundingClientRect().toJSON()),
            'the cells drawn first, in place',
          ).to.deep.equal(boxes);
        } finally {
          tasks.restore();
        }
      });
    }

    // The rows are placed under the header row as the first frame draws it: it must not grow
    // when the other headers are made (a longer date) nor when the other columns are (a day
    // view narrower than its columns).
    for (const view of ['day', 'compact week'] as const) {
      it(`should keep the header row's height once the rest is made (${view})`, async () => {
        const tasks = holdBackgroundTasks();
        try {
          const client = createTestClient();
          await logIn(client);
          // A week from Monday the 2nd–6th of a month: its later days' dates have two digits.
          let day = await openDay(client);
          const date = (d: string) => Number(d.slice(8));
          while (weekdayOf(day) !== 'mon' || date(day) < 2 || date(day) > 6) day = addDays(day, 1);
          const {harness} = await setupTest(
            view === 'day'
              ? {client, day, view: 'day', width: '300px'}
              : {
                  client,
                  day,
                  view: 'week',
                  compact: true,
                  width: '240px',
                  resourceIds: 'event-loft',
                },
          );
          await harness.until((h) => h.cells.length > 0);
          await nextFrame();
          const head = harness.root.querySelector('.grid__row--head')!;
          const first = head.getBoundingClientRect().height;
          const headers = harness.columnHeaders.length;
          expect(tasks.held, 'the background task was queued').to.have.length.greaterThan(0);
          tasks.run();
          await nextFrame();
          expect(harness.columnHeaders.length, 'every header made').to.be.at.least(headers);
          expect(head.getBoundingClientRect().height).to.equal(first);
        } finally {
          tasks.restore();
        }
      });
    }

    it('should list free slots, and default to the list on a 320px screen', async () => {
      const {harness, el} = await setupTest({width: '320px', resourceIds: 'room-atelier'});
      await harness.until((h) => !!h.part('list'));
      expect(el.effectiveView).to.equal('list');
      const slot = [...harness.part('list')!.querySelectorAll('button')][0] as HTMLButtonElement;
      slot.click();
      await harness.until((h) => h.partText('panel').includes('Selected: L'));
    });
  });
});
