// The calendar's cold start, as a member's fresh page meets it (bench/run.mjs runs it in a new
// Chromium page each time): this module is inserted in the timed region, so parsing and
// compiling the page's JS count, as does everything a first render runs for the first time.
// The data is already in the store (a page that had it from a provider or a previous
// element); the time ends after the 8,400-cell compact week has been laid out.
import {createPorticoClient} from '@portico/sdk';
import {availabilityQuery, resourcesQuery} from '@portico/sdk/resources';
import {spaceQuery} from '@portico/sdk/space';
import '../src/booking-calendar/booking-calendar.js';
import {availabilityWith, DAY, from, resources, space, to} from './fixtures.js';

const page = window as unknown as {
  coldStart: number;
  coldResult: Promise<number>;
  coldEvaluated: number;
};
// Here every module of the bundle has been parsed and run (this one comes last).
page.coldEvaluated = performance.now() - page.coldStart;

async function mount(): Promise<number> {
  const client = createPorticoClient({
    baseUrl: 'https://bench.invalid/v1',
    space: 'bench',
    session: 'memory',
    realtime: false,
    fetch: () => Promise.reject(new TypeError('the bench has no network')),
  });
  client.store.setData(spaceQuery(client).key, space);
  client.store.setData(resourcesQuery(client).key, {items: resources, nextCursor: null});
  client.store.setData(availabilityQuery(client, {from, to}).key, availabilityWith([]));
  const el = document.createElement('portico-booking-calendar');
  el.client = client;
  el.view = 'week';
  el.compact = true;
  el.readonly = true;
  el.date = DAY;
  el.now = '2030-01-01T00:00:00Z';
  document.body.append(el);
  await el.updateComplete;
  if (el.shadowRoot?.querySelectorAll('[role="gridcell"]').length !== 8_400) {
    throw new Error('The week did not render from the store');
  }
  void el.offsetHeight; // style and layout
  return performance.now() - page.coldStart;
}

page.coldResult = mount();
