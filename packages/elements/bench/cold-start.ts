// The calendar's cold start, as a member's fresh page meets it (bench/run.mjs builds this file
// with the CDN folder's production build and runs it in a new Chromium page each time): this
// module is inserted in the timed region, so parsing and compiling the page's JS count, as does
// everything a first render runs for the first time. The data is already in the store (a page
// that had it from a provider or a previous element; run.mjs computed it outside the page);
// the time ends once the frame showing the 8,400-cell compact week has been painted (the days
// on screen: the others get their cells after that frame, timed apart as `coldComplete`).
import {PorticoCore} from '@portico/sdk';
import {availabilityQuery, resourcesQuery} from '@portico/sdk/resources';
import {spaceQuery} from '@portico/sdk/space';
// What a page loading the CDN's booking-calendar.js runs: the element and the provider.
import '../src/provider/provider.js';
import {calendarFor, type BenchData} from './calendar-mount.js';
import {afterPaint} from './measure.js';

const page = window as unknown as {
  coldStart: number;
  coldData: BenchData;
  coldResult: Promise<number>;
  /** When all 8,400 cells are in the DOM (after the first paint). */
  coldComplete: Promise<number>;
  coldEvaluated: number;
};
// Here every module of the bundle has been parsed and run (this one comes last).
page.coldEvaluated = performance.now() - page.coldStart;

async function mount(): Promise<number> {
  const {day, space, resources, availability, from, to} = page.coldData;
  // The lean client the elements make for themselves; a request would never be answered.
  const client = new PorticoCore({
    baseUrl: 'https://bench.invalid/v1',
    space: 'bench',
    session: 'memory',
    realtime: false,
    fetch: () => new Promise<Response>(() => undefined),
  });
  client.store.setData(spaceQuery(client).key, space);
  client.store.setData(resourcesQuery(client).key, {items: resources, nextCursor: null});
  client.store.setData(availabilityQuery(client, {from, to}).key, availability);
  const el = calendarFor(client, day);
  document.body.append(el);
  await el.updateComplete;
  const root = el.shadowRoot as ShadowRoot;
  const grid = root.querySelector('[role="grid"]');
  const cells = () => root.querySelectorAll('[role="gridcell"]').length;
  if (grid?.getAttribute('aria-colcount') !== '351' || cells() === 0) {
    throw new Error('The week did not render from the store');
  }
  await afterPaint();
  performance.mark('cold-end');
  const painted = performance.now() - page.coldStart;
  // The frame showed the cells on screen (the others are made after it): the scroller's last
  // visible corner is a cell. (Hit testing before that frame would not see them: a span's
  // `content-visibility: auto` finds it is on screen in the frame.)
  const scroller = root.querySelector('.calendar__scroll') as HTMLElement;
  const {left, top} = scroller.getBoundingClientRect();
  const corner = root.elementFromPoint(
    left + scroller.clientLeft + scroller.clientWidth - 2,
    top + scroller.clientTop + scroller.clientHeight - 2,
  );
  if (corner?.getAttribute('role') !== 'gridcell') throw new Error('The week was not drawn');
  // Watched, not polled: a polling timer would hold the main thread the fill waits for.
  page.coldComplete = new Promise((resolve) => {
    const done = () => cells() === 8_400 && (resolve(performance.now() - page.coldStart), true);
    if (done()) return;
    const watch = new MutationObserver(() => done() && watch.disconnect());
    watch.observe(root, {childList: true, subtree: true});
  });
  return painted;
}

page.coldResult = mount();
