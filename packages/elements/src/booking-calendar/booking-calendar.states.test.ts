/// <reference types="mocha" />
// The calendar's states: read-only, loading, errors with Retry, offline quotes, and French.
import {expect, html} from '@open-wc/testing';
import type {PorticoClient} from '@portico/sdk';
import {http, HttpResponse} from 'msw';
import {spyOnEvent} from '../../test/helpers/spy-on-event.js';
import {failOnce} from '../../test/helpers/data-states.js';
import {mount} from '../../test/helpers/mount.js';
import {
  AVAILABILITY,
  BOOKINGS,
  describeCalendar,
  freeCells,
  openDay,
  problem,
  setupTest,
} from '../../test/helpers/booking-calendar.js';
import {createTestClient, logIn, worker} from '../../test/helpers/mock-api.js';
import './booking-calendar.js';
import type {PorticoBookingCalendar} from './booking-calendar.component.js';
import {PorticoBookingCalendarHarness} from './booking-calendar.harness.js';

/** A bare day view on an open day (no wrapper, no waiting for the grid), and its harness. */
async function mountDayView(client: PorticoClient) {
  const day = await openDay(client);
  const el = await mount<PorticoBookingCalendar>(
    html`<portico-booking-calendar
      .client=${client}
      date=${day}
      view="day"
    ></portico-booking-calendar>`,
  );
  return {el, harness: new PorticoBookingCalendarHarness(el)};
}

describeCalendar(() => {
  describe('states', () => {
    it('should show availability read-only without sign-in', async () => {
      const {harness, el} = await setupTest({
        member: null,
        readonly: true,
        resourceIds: 'room-atelier',
      });
      const spy = spyOnEvent(el, 'portico-slot-selected');
      const [cell] = freeCells(harness, "L'Atelier");
      await harness.drag(cell as string);
      expect(spy.callCount).to.equal(0);
      expect(harness.part('panel')).to.equal(null);
      expect(harness.grid?.getAttribute('aria-readonly')).to.equal('true');
    });

    it('should show a loading skeleton while availability loads', async () => {
      worker.use(http.get(AVAILABILITY, () => new Promise(() => undefined)));
      const client = createTestClient({timeout: 60_000});
      const {el, harness} = await mountDayView(client);
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
      failOnce(AVAILABILITY);
      const client = createTestClient();
      await logIn(client);
      const {el, harness} = await mountDayView(client);
      const errors = spyOnEvent(el, 'portico-error');
      await harness.until((h) => h.text.includes('Availability could not be loaded.'));
      expect(errors).to.have.been.called;
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
