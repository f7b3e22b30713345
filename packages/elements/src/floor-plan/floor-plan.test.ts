import {expect} from '@open-wc/testing';
import {sendKeys, sendMouse} from '@web/test-runner-commands';
import {setupFloorPlan} from '../../test/helpers/floor-plan.js';
import {resetMockApi} from '../../test/helpers/mock-api.js';

describe('<portico-floor-plan>', () => {
  beforeEach(resetMockApi);

  it('should show the floors, lowest first, and every place of the floor with its state', async () => {
    const {harness} = await setupFloorPlan();
    expect(harness.floors).to.deep.equal({
      names: ['Ground floor', 'First floor'],
      current: 'Ground floor',
    });
    // Reading order: top row left to right, then lower rows.
    expect(harness.labels.map((l) => l.split(',')[0])).to.deep.equal([
      'Podcast studio',
      'Phone booth "La Cabine"',
      'Parking space P1',
      'Hot desk',
    ]);
    // Each name says the state and, when there is one, the free time within 9:00–13:00.
    for (const label of harness.labels) {
      expect(label).to.match(
        /, (free \d|partly free: \d|booked$|your booking \d|closed$|not for your plan$)/,
      );
    }
    await harness.click('First floor');
    expect(harness.floors.current).to.equal('First floor');
    expect(harness.labels.map((l) => l.split(',')[0])).to.deep.equal([
      "L'Atelier",
      'La Verrière',
      'Grand Salon',
      'Le Loft',
    ]);
  });

  it('should choose a desk with the mouse and book it with the calendar panel', async () => {
    const {harness, spy} = await setupFloorPlan({listen: 'portico-booking-created'});
    const desk = harness.place('Hot desk');
    const free = /(?:free|partly free:) (.+)$/.exec(desk.getAttribute('aria-label') ?? '')?.[1];
    expect(free, 'the desk has free time in the morning').to.be.a('string');
    desk.scrollIntoView({block: 'center'});
    const r = desk.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)],
    });
    await harness.until((h) => h.cardTitle === 'Hot desk, window row');
    await harness.until((h) => h.partText('quote').length > 0);
    await harness.click('Confirm booking');
    await harness.until((h) => h.partText('outcome').startsWith('Booked'));
    expect(spy.callCount).to.equal(1);
    await harness.until((h) => h.stateOf('Hot desk') === 'mine');
    expect(harness.place('Hot desk').getAttribute('aria-label')).to.equal(
      `Hot desk, window row, your booking ${free}`,
    );
  });

  it('should move between places with the arrow keys and choose one with Enter', async () => {
    const {harness} = await setupFloorPlan();
    harness.places[0]?.focus();
    await sendKeys({press: 'ArrowRight'});
    await sendKeys({press: 'ArrowRight'});
    await harness.settled();
    expect(harness.focused?.getAttribute('aria-label')?.split(',')[0]).to.equal('Parking space P1');
    await sendKeys({press: 'ArrowRight'});
    await sendKeys({press: 'Enter'});
    await harness.until((h) => h.cardTitle === 'Hot desk, window row');
    await harness.until((h) => h.partText('quote').length > 0);
  });

  it("should show the places the member's plan leaves out, and why, without a way to book them", async () => {
    // Ada is on Flex monthly, which includes every kind of place but parking.
    const {harness} = await setupFloorPlan();
    expect(harness.stateOf('Parking space P1')).to.equal('unavailable');
    expect(harness.place('Parking space P1').getAttribute('aria-label')).to.equal(
      'Parking space P1, not for your plan',
    );
    expect(harness.partText('legend')).to.include('Not for your plan');
    await harness.clickPlace('Parking space P1');
    await harness.until((h) => h.cardTitle === 'Parking space P1');
    expect(harness.partText('card')).to.include('Not for your plan · Flex monthly');
    await harness.until((h) => h.partText('issue') !== '');
    expect(harness.partText('issue')).to.equal('Your plan does not include this kind of place.');
    expect(harness.part('confirm-button')).to.equal(null);
  });

  it('should show a visitor no plan-specific state', async () => {
    const {harness} = await setupFloorPlan({member: null});
    expect(harness.labels.some((l) => l.includes('not for your plan'))).to.equal(false);
    expect(harness.stateOf('Parking space P1')).not.to.equal('unavailable');
    expect(harness.partText('legend')).not.to.include('Not for your plan');
  });
});
