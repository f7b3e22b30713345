import {expect} from '@open-wc/testing';
import {http, HttpResponse} from 'msw';
import {setupFloorPlan, streamOpened} from '../../test/helpers/floor-plan.js';
import {hostileFloors} from '../../test/helpers/hostile-svg.js';
import {createTestClient, logIn, resetMockApi, SPACE, worker} from '../../test/helpers/mock-api.js';
import {expectAccessibleInEveryTheme} from '../../test/helpers/themes.js';
import {unavailable} from '../../test/helpers/problem.js';

const FLOORS = `*/v1/spaces/${SPACE}/floors`;

/** The free (or partly free) time a place's name announces, e.g. `9:00 AM – 1:00 PM`. */
const freeTimeOf = (label: string | null) =>
  /(?:free|partly free:) (.+)$/.exec(label ?? '')?.[1] ?? null;

describe('<portico-floor-plan> live and hostile', () => {
  beforeEach(resetMockApi);

  it('should turn a desk busy when someone else books it (realtime)', async () => {
    const opened = streamOpened();
    const {harness, client, day} = await setupFloorPlan();
    await opened;
    const before = harness.place('Hot desk').getAttribute('aria-label');
    expect(freeTimeOf(before), before ?? '').to.be.a('string');
    // Ben books the desk's whole morning from another device.
    const other = createTestClient({realtime: false});
    await logIn(other, 'ben@example.com');
    const availability = await client.resources.getAvailability({
      from: `${day}T09:00:00+01:00`,
      to: `${day}T13:00:00+01:00`,
      resourceIds: ['desk-hot'],
    });
    const free = availability.resources[0]!.free[0]!;
    await other.bookings.create({resourceId: 'desk-hot', start: free.start, end: free.end});
    await harness.until((h) => h.place('Hot desk').getAttribute('aria-label') !== before, 5000);
    expect(['busy', 'partial']).to.include(harness.stateOf('Hot desk'));
    expect(freeTimeOf(harness.place('Hot desk').getAttribute('aria-label'))).not.to.equal(
      freeTimeOf(before),
    );
  });

  it('should show a hostile drawing as an inert image: nothing runs, nothing loads', async () => {
    const floors = await hostileFloors();
    worker.use(http.get(FLOORS, () => HttpResponse.json(floors)));
    const loaded: string[] = [];
    const observer = new PerformanceObserver((list) =>
      loaded.push(...list.getEntries().map((e) => e.name)),
    );
    observer.observe({type: 'resource', buffered: false});
    const {harness} = await setupFloorPlan();
    const img = harness.part<HTMLImageElement>('drawing');
    expect(img?.tagName).to.equal('IMG');
    expect(img!.src.startsWith('data:image/svg+xml')).to.equal(true);
    await img!.decode().catch(() => undefined);
    // The drawing is not markup in the page: no script, no foreignObject, no link in the plan.
    expect(harness.root.querySelector('script, foreignObject, a, image, use[href^="/"]')).to.equal(
      null,
    );
    harness.root.querySelector<HTMLElement>('[part~="drawing"]')?.click();
    await new Promise((resolve) => setTimeout(resolve, 300));
    observer.disconnect();
    expect((window as {__hostile?: string}).__hostile).to.equal(undefined);
    expect(loaded.filter((url) => url.includes('/hostile/'))).to.deep.equal([]);
    // The places still work over it.
    expect(harness.places.length).to.equal(4);
  });

  it('should say the plan could not be loaded, and load it on Retry', async () => {
    worker.use(http.get(FLOORS, unavailable, {once: true}));
    const {harness} = await setupFloorPlan({waitForPlaces: false});
    await harness.until((h) => h.retryButton !== null);
    expect(harness.error).to.contain('The floor plan could not be loaded.');
    harness.retryButton!.click();
    await harness.until((h) => h.places.length === 4);
  });

  it('should be accessible in every theme, on the plan and in the list', async () => {
    const {harness, el} = await setupFloorPlan();
    await expectAccessibleInEveryTheme(el, el.parentElement!);
    await harness.click('List');
    await harness.until((h) => h.part('list') !== null);
    await expectAccessibleInEveryTheme(el, el.parentElement!);
  });
});
