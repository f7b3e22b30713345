/// <reference types="mocha" />
// What the member is told: time zones, which credits pay, live announcements, and
// accessibility with the booking panel open.
import {expect} from '@open-wc/testing';
import {addDays, calendarDayOf, daysBetween} from '@portico/sdk/domain';
import {http} from 'msw';
import sinon from 'sinon';
import {
  BOOKINGS,
  collapseText,
  describeCalendar,
  freeCells,
  openDay,
  problem,
  selectAndQuote,
  setupTest,
  TZ,
} from '../../test/helpers/booking-calendar.js';
import {createTestClient, logIn, worker} from '../../test/helpers/mock-api.js';
import {expectAccessibleInEveryTheme} from '../../test/helpers/themes.js';
import './booking-calendar.js';

describeCalendar(() => {
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
      const {harness, spy} = await setupTest({
        client,
        day,
        resourceIds: 'room-atelier',
        listen: 'portico-booking-created',
      });
      await selectAndQuote(harness, "L'Atelier, 7:00 PM");
      await harness.repeat('weekly', 2);
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
});
