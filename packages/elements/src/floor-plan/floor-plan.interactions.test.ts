import {expect} from '@open-wc/testing';
import {setupFloorPlan} from '../../test/helpers/floor-plan.js';
import {resetMockApi} from '../../test/helpers/mock-api.js';

/** The scale in a `translate(…) scale(n)` transform. */
const scaleOf = (transform: string) => Number(/scale\(([\d.]+)\)/.exec(transform)?.[1] ?? 'NaN');

describe('<portico-floor-plan> controls', () => {
  beforeEach(resetMockApi);

  it('should zoom in and out with the buttons and the wheel, and fit the whole floor', async () => {
    const {harness} = await setupFloorPlan();
    expect(scaleOf(harness.transform)).to.equal(1);
    await harness.click('Zoom in');
    expect(scaleOf(harness.transform)).to.equal(1.5);
    await harness.click('Zoom in');
    expect(scaleOf(harness.transform)).to.equal(2.25);
    await harness.click('Zoom out');
    expect(scaleOf(harness.transform)).to.equal(1.5);
    const viewport = harness.root.querySelector('.map__viewport')!;
    const box = viewport.getBoundingClientRect();
    viewport.dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: -200,
        clientX: box.left + 10,
        clientY: box.top + 10,
        bubbles: true,
        cancelable: true,
      }),
    );
    expect(scaleOf(harness.transform)).to.be.greaterThan(1.5);
    await harness.click('Fit');
    expect(harness.transform).to.equal('translate(0px, 0px) scale(1)');
    // Never smaller than the whole floor.
    await harness.click('Zoom out');
    expect(scaleOf(harness.transform)).to.equal(1);
  });

  it('should choose a desk with a tap, and pan without choosing when the finger moves', async () => {
    const {harness} = await setupFloorPlan();
    await harness.click('Zoom in');
    const before = harness.transform;
    await harness.tapPlace('Hot desk', 40);
    expect(harness.cardTitle).to.equal('');
    expect(harness.transform).not.to.equal(before);
    await harness.tapPlace('Hot desk');
    await harness.until((h) => h.cardTitle === 'Hot desk, window row');
    await harness.until((h) => h.partText('quote').length > 0 || h.partText('issue').length > 0);
  });

  it('should book a desk chosen with a tap, and one chosen with the keyboard', async () => {
    const {harness} = await setupFloorPlan();
    await harness.tapPlace('Hot desk');
    await harness.until((h) => h.partText('quote').length > 0);
    await harness.click('Confirm booking');
    await harness.until((h) => h.partText('outcome').startsWith('Booked'));
    await harness.until((h) => h.stateOf('Hot desk') === 'mine');
    // The phone booth, by keys from the place that takes Tab: Home, one step right, Enter.
    harness.root.querySelector<SVGGElement>('.place[tabindex="0"]')!.focus();
    await harness.key('Home');
    await harness.key('ArrowRight');
    await harness.key('Enter');
    await harness.until((h) => h.cardTitle === 'Phone booth "La Cabine"');
    await harness.until((h) => h.partText('quote').length > 0);
    await harness.click('Confirm booking');
    await harness.until((h) => h.stateOf('Phone booth "La Cabine"') === 'mine');
  });

  it('should show the list view with the same names, and choose from it', async () => {
    const {harness} = await setupFloorPlan();
    const labels = harness.labels;
    await harness.click('List');
    await harness.until((h) => h.part('list') !== null);
    const buttons = [...harness.part('list')!.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent?.trim())).to.deep.equal(labels);
    buttons.find((b) => b.textContent?.trim().startsWith('Hot desk'))!.click();
    await harness.until((h) => h.cardTitle === 'Hot desk, window row');
    await harness.click('Map');
    await harness.until((h) => h.places.length === 4);
  });

  it('should close the card, and change the day and the time span', async () => {
    const {harness, el, day} = await setupFloorPlan();
    await harness.clickPlace('Hot desk');
    await harness.until((h) => h.cardTitle !== '');
    await harness.click('Close');
    expect(harness.cardTitle).to.equal('');
    const [from, until] = [...harness.root.querySelectorAll<HTMLSelectElement>('select')];
    until!.value = '20:00';
    until!.dispatchEvent(new Event('change'));
    from!.value = '18:00';
    from!.dispatchEvent(new Event('change'));
    await harness.settled();
    expect([el.timeStart, el.timeEnd]).to.deep.equal(['18:00', '20:00']);
    // An end before the start moves to an hour after it.
    until!.value = '17:00';
    until!.dispatchEvent(new Event('change'));
    await harness.settled();
    expect([el.timeStart, el.timeEnd]).to.deep.equal(['18:00', '19:00']);
    const date = harness.part<HTMLInputElement>('date')!;
    const next = new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    date.value = next;
    date.dispatchEvent(new Event('change'));
    await harness.settled();
    expect(el.date).to.equal(next);
    await harness.until((h) => h.places.length === 4);
  });

  it('should speak French', async () => {
    const {harness} = await setupFloorPlan({lang: 'fr'});
    await harness.until((h) => h.text.includes('Libre'));
    expect(harness.text).to.contain('Libre');
    expect(harness.text).to.contain('Ajuster');
    for (const label of harness.labels) {
      expect(label).to.match(
        /, (libre |en partie libre : |réservé$|votre réservation |fermé$|hors de votre formule$)/,
      );
    }
  });
});
