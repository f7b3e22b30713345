/// <reference types="mocha" />
// The Book page's tabs: the calendar, and the floor plan when the space has floor plans; the
// plan follows the time chosen in the calendar (both share the page).
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {http, HttpResponse} from 'msw';
import {SPACE, worker} from '../../test/helpers/mock-api.js';
import {describePortal, setupTest, showing} from '../../test/helpers/portal.js';
import {PorticoBookingCalendarHarness} from '../booking-calendar/booking-calendar.harness.js';
import {PorticoFloorPlanHarness} from '../floor-plan/floor-plan.harness.js';
import './portal.js';

describePortal(() => {
  describe('on the Book page', () => {
    it('should offer the calendar and a Floor plan tab, by mouse and by arrow keys', async () => {
      const {harness} = await setupTest();
      await harness.until(showing('dashboard'));
      await harness.clickLink('Book');
      await harness.until((h) => h.bookTabs.length === 2);
      expect(harness.bookTabs).to.deep.equal([
        {name: 'Calendar', selected: true},
        {name: 'Floor plan', selected: false},
      ]);
      await harness.chooseBookTab('Floor plan');
      expect(harness.bookTabs.map((t) => t.selected)).to.deep.equal([false, true]);
      const plan = new PorticoFloorPlanHarness(harness.find('portico-floor-plan')!);
      await plan.until((p) => p.places.length > 0);
      expect(plan.element.checkVisibility()).to.equal(true);
      expect(harness.find('portico-booking-calendar')!.checkVisibility()).to.equal(false);
      // The tabs pattern: arrow keys move between tabs and choose.
      const book = harness.part('main')!.querySelector('portico-portal-book')!;
      book.shadowRoot!.querySelector<HTMLElement>('[aria-selected="true"]')!.focus();
      await sendKeys({press: 'ArrowLeft'});
      await harness.until((h) => h.bookTabs[0]!.selected);
      expect(harness.find('portico-booking-calendar')!.checkVisibility()).to.equal(true);
    });

    it('should show the time chosen in the calendar on the floor plan', async () => {
      const {harness} = await setupTest();
      await harness.until(showing('dashboard'));
      await harness.clickLink('Book');
      await harness.until((h) => h.bookTabs.length === 2);
      const calendar = new PorticoBookingCalendarHarness(harness.find('portico-booking-calendar')!);
      calendar.element.view = 'list';
      const chip = () =>
        calendar.part('list')?.querySelector<HTMLButtonElement>('.list__slot') ?? null;
      await calendar.until(() => chip() !== null, 8_000);
      const label = chip()!.getAttribute('aria-label')!;
      chip()!.click();
      await harness.chooseBookTab('Floor plan');
      const plan = new PorticoFloorPlanHarness(harness.find('portico-floor-plan')!);
      await plan.until((p) => p.root.querySelector('.place--followed') !== null);
      // The plan shows the chosen resource's floor with it ringed.
      const followed = plan.root.querySelector('.place--followed')!.getAttribute('aria-label')!;
      expect(label).to.contain(followed.split(',')[0]);
    });

    it('should show no tabs when the space has floor plans off', async () => {
      const space = await (await fetch(`${location.origin}/v1/spaces/${SPACE}`)).json();
      worker.use(
        http.get(`*/v1/spaces/${SPACE}`, () =>
          HttpResponse.json({...space, features: {...space.features, floorPlans: false}}),
        ),
      );
      const {harness} = await setupTest();
      await harness.until(showing('dashboard'));
      await harness.clickLink('Book');
      await harness.until(showing('book', 'Book'));
      await harness.until((h) => h.find('portico-booking-calendar') !== null);
      expect(harness.bookTabs).to.deep.equal([]);
      expect(harness.find('portico-floor-plan')).to.equal(null);
    });
  });
});
