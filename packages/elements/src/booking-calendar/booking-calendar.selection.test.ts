/// <reference types="mocha" />
// Choosing a time: click, touch, drag and keyboard selection, and what a selection is quoted.
import {expect} from '@open-wc/testing';
import {calendarDayOf} from '@portico/sdk/domain';
import {sendKeys} from '@web/test-runner-commands';
import type sinon from 'sinon';
import {
  describeCalendar,
  freeCells,
  labelOf,
  selectAndQuote,
  setupTest,
  TZ,
} from '../../test/helpers/booking-calendar.js';
import './booking-calendar.js';
import type {PorticoBookingCalendarHarness} from './booking-calendar.harness.js';

/** `run` (three cells) is selected: the event says 90 minutes, and the quote 3 credits. */
async function expectSelected(
  harness: PorticoBookingCalendarHarness,
  spy: sinon.SinonSpy,
  run: string[],
): Promise<void> {
  expect(harness.selectedCells).to.deep.equal(run);
  const {detail} = spy.lastCall.args[0];
  expect(Date.parse(detail.end) - Date.parse(detail.start)).to.equal(90 * 60_000);
  await harness.until((h) => h.partText('quote').includes('3 credits'));
}

describeCalendar(() => {
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
      const {harness, spy} = await setupTest({
        resourceIds: 'room-atelier',
        listen: 'portico-slot-selected',
      });
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
      const {harness, spy} = await setupTest({
        resourceIds: 'room-atelier',
        listen: 'portico-slot-selected',
      });
      const run = freeCells(harness, "L'Atelier", 3);
      await harness.touch(run[1] as string);
      expect(harness.selectedCells).to.deep.equal([run[1]]);
      await harness.until((h) => h.partText('quote').includes('1 credit'));
      await harness.touch(run[0] as string, {hold: true, to: run[2] as string});
      await expectSelected(harness, spy, run);
    });

    it('should let a finger scroll the grid: a swipe selects nothing (touch)', async () => {
      const {harness, spy} = await setupTest({
        resourceIds: 'room-atelier',
        listen: 'portico-slot-selected',
      });
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
      const {harness, spy} = await setupTest({
        resourceIds: 'room-atelier',
        listen: 'portico-slot-selected',
      });
      const run = freeCells(harness, "L'Atelier", 3);
      await harness.drag(run[0] as string, run[2] as string);
      await expectSelected(harness, spy, run);
    });

    it('should move with the arrows, extend with Shift and select with Enter', async () => {
      const {harness, spy} = await setupTest({
        resourceIds: 'room-atelier,room-verriere',
        listen: 'portico-slot-selected',
      });
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
});
