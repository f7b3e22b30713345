/// <reference types="mocha" />
// Booking a selection: confirmed, pending approval, repeats, and every way the server says no.
import {expect} from '@open-wc/testing';
import {addDays} from '@portico/sdk/domain';
import {http} from 'msw';
import sinon from 'sinon';
import {
  addMinutes,
  at,
  BOOKINGS,
  describeCalendar,
  freeCells,
  problem,
  selectAndQuote,
  setupTest,
} from '../../test/helpers/booking-calendar.js';
import {API, createTestClient, logIn, SPACE, worker} from '../../test/helpers/mock-api.js';
import '../credit-balance/credit-balance.js';
import type {PorticoCreditBalance} from '../credit-balance/credit-balance.component.js';
import {PorticoCreditBalanceHarness} from '../credit-balance/credit-balance.harness.js';
import './booking-calendar.js';
import {spyOnEvent} from '../../test/helpers/spy-on-event.js';

describeCalendar(() => {
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
      const spy = spyOnEvent(el, 'portico-booking-created');
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
      const {harness, spy} = await setupTest({
        resourceIds: 'event-loft',
        listen: 'portico-needs-credits',
      });
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
      const spy = spyOnEvent(harness.element, 'portico-booking-created');
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
      const {harness, spy} = await setupTest({
        resourceIds: 'room-atelier',
        listen: 'portico-booking-created',
      });
      await selectAndQuote(harness, "L'Atelier, 7:00 PM");
      await harness.repeat('daily', 3);
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
      await harness.repeat('daily', 2);
      await harness.until((h) => h.partText('panel').includes('already booked'));
      expect(harness.part('quote')).to.equal(null);
    });

    it('should ask a signed-out visitor to sign in', async () => {
      const {harness, spy} = await setupTest({
        member: null,
        resourceIds: 'room-atelier',
        listen: 'portico-needs-sign-in',
      });
      const [cell] = freeCells(harness, "L'Atelier");
      await harness.drag(cell as string);
      expect(harness.partText('panel')).to.include('Sign in to book this time.');
      await harness.click('Sign in');
      expect(spy).to.have.been.calledOnce;
    });
  });
});
