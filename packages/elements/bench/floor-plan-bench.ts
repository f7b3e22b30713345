// Runs in headless Chromium (bench/run.mjs bundles it): renders <portico-floor-plan> with a
// floor of 500 desks once its data is in the store (first paint after data), then one
// availability change; and a baseline that builds the same SVG shapes with direct DOM calls
// in a shadow root with the same styles. Each measure ends after a forced layout.
import type {Availability, Floor} from '@portico/sdk';
import {formatInstant, zonedDateTimeToInstant} from '@portico/sdk/domain';
import {PorticoFloorPlan} from '../src/floor-plan/floor-plan.js';
import {firstAndUpdate, layout, nextFrame, timeShown} from './measure.js';
import {fakeApiClient} from './fake-api.js';
import {DAY, TZ, benchResources, space} from './fixtures.js';

const DESKS = 500;
const PER_ROW = 25;
const SVG_NS = 'http://www.w3.org/2000/svg';

const floor: Floor = {
  id: 'bench-floor',
  name: 'Bench floor',
  order: 0,
  width: 1600,
  height: 900,
  svg: null,
  shapes: [
    {
      kind: 'wall',
      points: [
        [2, 3],
        [98, 3],
        [98, 97],
        [2, 97],
        [2, 3],
      ],
    },
  ],
};

// Rows of 25 desks across the floor.
const desks = benchResources(
  DESKS,
  {prefix: 'd', name: 'Desk', type: 'desk', capacity: 1, creditsPerHour: 1},
  [60, 720],
  (i) => ({
    floor: floor.id,
    x: 4 + (i % PER_ROW) * 3.8,
    y: 6 + Math.floor(i / PER_ROW) * 4.5,
    outline: null,
  }),
);

const at = (time: string) => formatInstant(zonedDateTimeToInstant(DAY, time, TZ), TZ);
const from = at('00:00');
const to = at('24:00');

/** Each desk busy for an hour (a different hour per desk), free the rest of 08:00–20:00. */
function availabilityWith(extraBusyDesk?: number): Availability {
  return {
    from,
    to,
    resources: desks.map((d, i) => {
      const h = 8 + (i % 11);
      const busy = [
        {
          start: at(`${String(h).padStart(2, '0')}:00`),
          end: at(`${String(h + 1).padStart(2, '0')}:00`),
        },
      ];
      if (i === extraBusyDesk) busy.push({start: at('09:00'), end: at('13:00')});
      const free =
        i === extraBusyDesk
          ? []
          : [
              {start: at('08:00'), end: busy[0]!.start},
              {start: busy[0]!.end, end: at('20:00')},
            ].filter((f) => f.start !== f.end);
      return {resourceId: d.id, free, busy};
    }),
  };
}

let current = availabilityWith();
const client = fakeApiClient(
  {...space, features: {floorPlans: true}},
  {
    floors: () => ({items: [floor]}),
    resources: () => ({items: desks, nextCursor: null}),
    availability: () => current,
  },
);
async function mountPlan(): Promise<{el: PorticoFloorPlan; ms: number}> {
  const el = document.createElement('portico-floor-plan') as PorticoFloorPlan;
  el.client = client;
  el.date = DAY;
  el.timeStart = '09:00';
  el.timeEnd = '13:00';
  el.now = '2030-01-01T00:00:00Z';
  const ms = await timeShown(el, () => {
    document.body.append(el);
    return el.updateComplete;
  });
  return {el, ms};
}

// ---- the baseline: the same shapes, attributes and stylesheet with direct DOM calls -------

function svgEl(name: string, attrs: Record<string, string | number>): SVGElement {
  const el = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

function baselineRender(places: {id: string; label: string; state: string}[]): {
  host: HTMLElement;
  groups: SVGElement[];
} {
  const host = document.createElement('div');
  const root = host.attachShadow({mode: 'open'});
  root.adoptedStyleSheets = PorticoFloorPlan.styles
    .flat()
    .map((s) => (s as {styleSheet: CSSStyleSheet}).styleSheet);
  document.body.append(host);
  const viewport = document.createElement('div');
  viewport.className = 'map__viewport';
  const stage = document.createElement('div');
  stage.className = 'map__stage';
  const svg = svgEl('svg', {
    class: 'map__places',
    viewBox: `0 0 ${floor.width} ${floor.height}`,
    role: 'group',
  });
  const defs = svgEl('defs', {});
  for (const state of ['free', 'partial', 'busy']) {
    const symbol = svgEl('symbol', {id: `fp-${state}`, viewBox: '0 0 24 24'});
    symbol.append(svgEl('path', {d: 'M7 7l10 10M17 7L7 17', fill: 'none', 'stroke-width': 3}));
    defs.append(symbol);
  }
  svg.append(defs);
  const walls = svgEl('g', {'aria-hidden': 'true'});
  walls.append(
    svgEl('polyline', {class: 'shape__wall', points: '32,27 1568,27 1568,873 32,873 32,27'}),
  );
  svg.append(walls);
  const r = floor.height * 0.02;
  const g = r * 1.1;
  const groups = places.map((place, i) => {
    const desk = desks[i]!.position!;
    const cx = (desk.x * floor.width) / 100;
    const cy = (desk.y * floor.height) / 100;
    const group = svgEl('g', {
      class: `place place--${place.state}`,
      'data-index': i,
      'data-id': place.id,
      'data-state': place.state,
      role: 'button',
      tabindex: i === 0 ? 0 : -1,
      'aria-pressed': 'false',
      'aria-label': place.label,
    });
    group.append(svgEl('circle', {class: 'place__shape place__badge', cx, cy, r}));
    group.append(
      svgEl('use', {
        class: 'place__glyph',
        href: `#fp-${place.state}`,
        x: cx - g / 2,
        y: cy - g / 2,
        width: g,
        height: g,
      }),
    );
    svg.append(group);
    return group;
  });
  stage.append(svg);
  viewport.append(stage);
  root.append(viewport);
  return {host, groups};
}

async function run() {
  // Warm up: the store gets every query's data, and both paths get compiled.
  const warm = await mountPlan();
  while ((warm.el.shadowRoot?.querySelectorAll('.place').length ?? 0) < DESKS) {
    await nextFrame();
    await warm.el.updateComplete;
  }
  const places = [...warm.el.shadowRoot!.querySelectorAll<SVGGElement>('.place')].map((p) => ({
    id: p.dataset['id']!,
    label: p.getAttribute('aria-label')!,
    state: p.dataset['state']!,
  }));
  warm.el.remove();
  baselineRender(places).host.remove();

  const timings = await firstAndUpdate(15, {
    element: async () => {
      const {el, ms} = await mountPlan();
      if ((el.shadowRoot?.querySelectorAll('.place').length ?? 0) !== DESKS) {
        throw new Error('The plan did not paint its 500 desks in its first update');
      }
      await nextFrame();
      // Someone books desk 7 for the whole morning.
      current = availabilityWith(7);
      const update = await timeShown(el, () => {
        client.store.setData(['availability', {from, to}], current);
        return el.updateComplete;
      });
      const state =
        el.shadowRoot?.querySelector<SVGGElement>('.place[data-id="d7"]')?.dataset['state'];
      if (state !== 'busy') throw new Error(`The update did not show: desk 7 is ${state}`);
      el.remove();
      current = availabilityWith();
      client.store.setData(['availability', {from, to}], current);
      return {first: ms, update};
    },
    baseline: async () => {
      const start = performance.now();
      const {host, groups} = baselineRender(places);
      layout(host);
      const first = performance.now() - start;
      await nextFrame();
      const update = await timeShown(host, () => {
        const desk = groups[7]!;
        desk.setAttribute('class', 'place place--busy');
        desk.dataset['state'] = 'busy';
        desk.setAttribute('aria-label', 'Desk 8, booked');
        desk.querySelector('use')!.setAttribute('href', '#fp-busy');
      });
      host.remove();
      return {first, update};
    },
  });
  return {desks: DESKS, ...timings};
}

(window as unknown as {floorBenchResult: Promise<unknown>}).floorBenchResult = run();
