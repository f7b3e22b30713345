// Room names on the plan stay inside their rooms: the longest name the contract allows (no
// space to break at), right-to-left text and invisible characters, at a phone's and a laptop's
// width. What does not fit wraps, then ends with an ellipsis; the full name stays the place's
// accessible name (and the card's title once chosen).
import {expect} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import {http, HttpResponse} from 'msw';
import {setupFloorPlan} from '../../test/helpers/floor-plan.js';
import {ROOM_NAMES as NAMES} from '../../test/helpers/room-names.js';
import {resetMockApi, SPACE, worker} from '../../test/helpers/mock-api.js';

const RESOURCES = `*/v1/spaces/${SPACE}/resources`;

/** Serves the demo's resources with the hardest room names ({@link NAMES}). */
async function renameRooms(): Promise<void> {
  const response = await fetch(`${location.origin}/v1/spaces/${SPACE}/resources`);
  const body = (await response.json()) as {items: {id: string; name: string}[]};
  const items = body.items.map((r) => ({...r, name: NAMES[r.id] ?? r.name}));
  worker.use(http.get(RESOURCES, () => HttpResponse.json({items})));
}

/** `inner` lies within `outer`, to half a pixel. */
function expectWithin(inner: DOMRect, outer: DOMRect, what: string): void {
  const slack = 0.5;
  expect(inner.left, `${what}: left`).to.be.at.least(outer.left - slack);
  expect(inner.right, `${what}: right`).to.be.at.most(outer.right + slack);
  expect(inner.top, `${what}: top`).to.be.at.least(outer.top - slack);
  expect(inner.bottom, `${what}: bottom`).to.be.at.most(outer.bottom + slack);
}

describe('<portico-floor-plan> room names', () => {
  beforeEach(resetMockApi);

  for (const width of [390, 1280]) {
    it(`should keep every room's name inside its room at ${width} px`, async () => {
      await setViewport({width, height: 900});
      await renameRooms();
      const {harness} = await setupFloorPlan({floor: 'canopee-first', width: '100%'});
      await harness.until((h) => h.root.querySelector('.place__name') !== null);
      for (const [id, name] of Object.entries(NAMES)) {
        const place = harness.root.querySelector<SVGGElement>(`.place[data-id="${id}"]`)!;
        // The accessible name says it in full.
        expect(place.getAttribute('aria-label')?.startsWith(`${name},`), id).to.equal(true);
        const label = harness.root.querySelector<SVGTextElement>(`.place__name[data-for="${id}"]`);
        expect(label, `${id} shows its name`).to.not.equal(null);
        // The drawn text, every glyph of it, lies inside the room.
        const room = place.querySelector('polygon')!.getBoundingClientRect();
        expectWithin(label!.getBoundingClientRect(), room, id);
      }
      const shown = (id: string) =>
        [...harness.root.querySelectorAll(`.place__name[data-for="${id}"] tspan`)].map(
          (line) => line.textContent ?? '',
        );
      // The longest name wraps onto the lines the room holds, the last one cut with an ellipsis.
      const atelier = shown('room-atelier');
      expect(atelier.length).to.be.within(1, 2);
      expect(atelier.at(-1)!.endsWith('…')).to.equal(true);
      expect(NAMES['room-atelier']!.startsWith(atelier.join('').slice(0, -1))).to.equal(true);
      // Every line is the name's next part, invisible characters included (they take no room).
      for (const id of ['room-verriere', 'room-grand-salon']) {
        const drawn = shown(id).join('').replace(/…$/, '').replace(/\s/g, '');
        expect(NAMES[id]!.replace(/\s/g, '').startsWith(drawn), id).to.equal(true);
      }
      // A short name stays whole, on one line.
      expect(shown('event-loft')).to.deep.equal(['Le Loft']);
      // Right-to-left text is drawn right to left; the plan stays left to right.
      const rtl = harness.root.querySelector('.place__name[data-for="room-verriere"]')!;
      expect(rtl.getAttribute('direction')).to.equal('rtl');
      expect(getComputedStyle(harness.element).direction).to.equal('ltr');
      expect(document.documentElement.scrollWidth).to.be.at.most(width);
      // Cut names still pass axe (what shows is the start of each place's name).
      await expect(harness.element).to.be.accessible();
    });
  }
});
