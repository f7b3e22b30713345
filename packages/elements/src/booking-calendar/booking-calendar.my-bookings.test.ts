/// <reference types="mocha" />
// My bookings (cancel with the refund shown, .ics, past ones) and other members' bookings
// arriving in real time.
import {expect} from '@open-wc/testing';
import sinon from 'sinon';
import {
  at,
  describeCalendar,
  selectAndQuote,
  setupTest,
} from '../../test/helpers/booking-calendar.js';
import {createTestClient, logIn} from '../../test/helpers/mock-api.js';
import './booking-calendar.js';
import type {PorticoBookingCalendarHarness} from './booking-calendar.harness.js';
import {spyOnEvent} from '../../test/helpers/spy-on-event.js';

describeCalendar(() => {
  describe('my bookings', () => {
    it('should cancel with the refund shown first, and emit portico-booking-cancelled', async () => {
      const {harness, el} = await setupTest({resourceIds: 'room-atelier'});
      await selectAndQuote(harness, "L'Atelier, 7:00 PM");
      await harness.click('Confirm booking');
      await harness.until((h) => h.partText('outcome').startsWith('Booked'));
      const spy = spyOnEvent(el, 'portico-booking-cancelled');
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
        // The writer loads with the first download.
        await harness.until(() => blobs.length > 0);
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
});
