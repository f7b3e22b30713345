// Runs in headless Chromium (bench/run.mjs bundles it): renders <portico-booking-calendar> with
// 50 resources × 7 days at 30-minute slots (compact week view), then one availability change,
// and a baseline that builds the same cells with direct DOM calls. Each measure ends after a
// forced layout, so both pay for style and layout, not just for creating nodes.
import type {Availability} from '@portico/sdk';
import {addDays} from '@portico/sdk/domain';
import {PorticoBookingCalendar} from '../src/booking-calendar/booking-calendar.js';
import {weekOf} from '../src/booking-calendar/calendar-view.js';
import {revealAll} from '../src/booking-calendar/grid-spans.js';
import {calendarFor} from './calendar-mount.js';
import {fakeApiClient} from './fake-api.js';
import {firstAndUpdate, layout, nextFrame, timeShown} from './measure.js';
import {DAY, RESOURCES, availabilityWith, from, resources, space, to} from './fixtures.js';

/** What the fake API answers for availability (a background refetch must not undo a change). */
let currentAvailability: Availability = availabilityWith([]);

const client = fakeApiClient(space, {
  resources: () => ({items: resources, nextCursor: null}),
  availability: () => currentAvailability,
});

async function mountCalendar(): Promise<{el: PorticoBookingCalendar; ms: number}> {
  const el = calendarFor(client, DAY);
  const ms = await timeShown(el, async () => {
    document.body.append(el);
    await el.updateComplete;
    // Every day drawn, like the baseline's cells: a member's first paint draws only the days
    // on screen (grid-spans.ts, measured by the cold start); this compares the same work.
    revealAll(el.shadowRoot!);
  });
  return {el, ms};
}

// ---- the baseline: the same cells, spans, attributes and stylesheet with direct DOM calls --

function baselineHost(): {host: HTMLElement; root: ShadowRoot} {
  const host = document.createElement('div');
  const root = host.attachShadow({mode: 'open'});
  root.adoptedStyleSheets = PorticoBookingCalendar.styles
    .flat()
    .map((s) => (s as {styleSheet: CSSStyleSheet}).styleSheet);
  return {host, root};
}

function baselineRender(root: ShadowRoot, states: string[][]): HTMLElement[][] {
  const scroll = document.createElement('div');
  scroll.className = 'calendar__scroll calendar__scroll--compact';
  const grid = document.createElement('div');
  grid.className = 'grid';
  grid.setAttribute('role', 'grid');
  grid.setAttribute('aria-label', 'Availability');
  // Each day's columns in a span, as the calendar draws them once every day is drawn.
  grid.style.setProperty('--portico-span-cells', String(resources.length));
  const spanOf = (row: HTMLElement, c: number): HTMLElement => {
    if (c % resources.length === 0) row.append(document.createElement('div'));
    const span = row.lastElementChild as HTMLElement;
    span.className = 'grid__span';
    return span;
  };
  const head = document.createElement('div');
  head.className = 'grid__row grid__row--head';
  head.setAttribute('role', 'row');
  const corner = document.createElement('div');
  corner.setAttribute('role', 'columnheader');
  corner.textContent = 'Time';
  head.append(corner);
  const labels = weekOf(DAY).flatMap((day) => resources.map((r) => `${day} · ${r.name}`));
  for (const [c, label] of labels.entries()) {
    const h = document.createElement('div');
    h.className = 'grid__head';
    h.setAttribute('role', 'columnheader');
    const span = document.createElement('span');
    span.textContent = label;
    h.append(span);
    spanOf(head, c).append(h);
  }
  grid.append(head);
  const cells: HTMLElement[][] = [];
  states.forEach((row, r) => {
    const rowEl = document.createElement('div');
    rowEl.className = 'grid__row';
    rowEl.setAttribute('role', 'row');
    const time = document.createElement('div');
    time.className = 'grid__time';
    time.setAttribute('role', 'rowheader');
    time.textContent = `${8 + Math.floor(r / 2)}:${r % 2 ? '30' : '00'}`;
    rowEl.append(time);
    cells.push(
      row.map((state, c) => {
        const cell = document.createElement('div');
        cell.setAttribute('role', 'gridcell');
        cell.className = `cell cell--${state}`;
        cell.dataset['row'] = String(r);
        cell.dataset['col'] = String(c);
        cell.tabIndex = r === 0 && c === 0 ? 0 : -1;
        cell.setAttribute('aria-selected', 'false');
        cell.setAttribute('aria-disabled', state === 'free' ? 'false' : 'true');
        cell.setAttribute('aria-label', `${labels[c]}, ${time.textContent}: ${state}`);
        spanOf(rowEl, c).append(cell);
        return cell;
      }),
    );
    grid.append(rowEl);
  });
  scroll.append(grid);
  root.append(scroll);
  return cells;
}

async function run() {
  // Warm up: the store gets its data, and both paths get compiled.
  const warm = await mountCalendar();
  while (!warm.el.shadowRoot?.querySelector('[role="grid"]')) {
    await nextFrame();
    await warm.el.updateComplete;
  }
  // The data came after the mount: every day's cells now.
  revealAll(warm.el.shadowRoot!);
  const statesOf = (el: PorticoBookingCalendar) =>
    [...(el.shadowRoot?.querySelectorAll('.grid__row:not(.grid__row--head)') ?? [])].map((row) =>
      [...row.querySelectorAll('[role="gridcell"]')].map(
        (c) => c.className.split('cell--')[1]?.split(' ')[0] ?? '',
      ),
    );
  const states = statesOf(warm.el);
  const cellCount = states.flat().length;
  warm.el.remove();

  const timings = await firstAndUpdate(15, {
    element: async () => {
      const {el, ms} = await mountCalendar();
      await nextFrame();
      // One availability change: resource 7 gets a booking on the third day, 18:00–19:00.
      const updated = availabilityWith([
        {resource: 7, day: addDays(weekOf(DAY)[0] as string, 2), start: '18:00', end: '19:00'},
      ]);
      currentAvailability = updated;
      const update = await timeShown(el, () => {
        client.store.setData(['availability', {from, to}], updated);
        return el.updateComplete;
      });
      // The change must be on screen: two more booked cells than before.
      const busy = el.shadowRoot?.querySelectorAll('.cell--busy').length ?? 0;
      if (busy !== states.flat().filter((x) => x === 'busy').length + 2) {
        throw new Error(`The update did not show: ${busy} booked cells`);
      }
      el.remove();
      currentAvailability = availabilityWith([]);
      client.store.setData(['availability', {from, to}], currentAvailability);
      return {first: ms, update};
    },
    baseline: async () => {
      const start = performance.now();
      const {host, root} = baselineHost();
      document.body.append(host);
      const cells = baselineRender(root, states);
      layout(host);
      const first = performance.now() - start;
      await nextFrame();
      const update = await timeShown(host, () => {
        const column = 2 * RESOURCES + 7;
        for (const r of [20, 21]) {
          const cell = cells[r]?.[column] as HTMLElement;
          cell.className = 'cell cell--busy';
          cell.setAttribute('aria-disabled', 'true');
          cell.setAttribute(
            'aria-label',
            cell.getAttribute('aria-label')!.replace(/free$/, 'booked'),
          );
        }
      });
      host.remove();
      return {first, update};
    },
  });
  return {cells: cellCount, ...timings};
}

(window as unknown as {benchResult: Promise<unknown>}).benchResult = run();
