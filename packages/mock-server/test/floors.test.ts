import assert from 'node:assert/strict';
import {test} from 'node:test';
import {Floor, Resource} from '@portico/sdk/contract';
import {sanitizeFloorSvg} from '../src/areas/resources/floor-svg.js';
import {HOSTILE_FLOOR_SVG, RUNS_OR_FETCHES, STILL_DRAWS} from '../src/conformance/hostile-svg.js';
import {GROUND_SVG} from '../src/seeds/demo-floors.js';
import {setup} from './helpers/mock-api.js';

test('GET /floors: the demo space has two floors, lowest first, and every resource is placed on one', async () => {
  const t = setup();
  const floors = await t.call('GET', '/floors');
  assert.equal(floors.status, 200);
  const items = floors.body.items.map((f: unknown) => Floor.parse(f));
  assert.deepEqual(
    items.map((f: Floor) => [f.name, f.order]),
    [
      ['Ground floor', 0],
      ['First floor', 1],
    ],
  );
  // One drawn by the space (SVG), one from shapes.
  assert.match(items[0].svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.equal(items[1].svg, null);
  assert.ok(items[1].shapes.length > 0);
  const resources = (await t.call('GET', '/resources')).body.items.map((r: unknown) =>
    Resource.parse(r),
  );
  const ids = new Set(items.map((f: Floor) => f.id));
  for (const r of resources as Resource[]) assert.ok(r.position && ids.has(r.position.floor), r.id);
  // Rooms are shapes, desks and parking spaces are points.
  const byId = new Map((resources as Resource[]).map((r) => [r.id, r.position]));
  assert.equal(byId.get('room-atelier')?.outline?.length, 4);
  assert.equal(byId.get('desk-hot')?.outline, null);
});

test('GET /floors and the drawing upload answer 404 when the space has floor plans off, and other areas stay', async () => {
  const t = setup();
  t.features({floorPlans: false});
  const off = await t.call('GET', '/floors');
  assert.equal(off.status, 404);
  assert.equal(off.body.code, 'not_found');
  assert.equal((await t.call('GET', '/resources')).status, 200);
  const drawing = {contentType: 'image/svg+xml', svg: '<svg xmlns="http://www.w3.org/2000/svg"/>'};
  const upload = () => t.call('POST', '/__dev/floors/canopee-ground/drawing', {body: drawing});
  assert.equal((await upload()).status, 404);
  t.features({floorPlans: true});
  assert.equal((await t.call('GET', '/floors')).status, 200);
  const uploaded = await upload();
  assert.equal(uploaded.status, 200);
  assert.equal(uploaded.body.svg, '<svg xmlns="http://www.w3.org/2000/svg"/>');
  assert.equal((await t.call('GET', '/floors')).body.items[0].svg, uploaded.body.svg);
});

test('the campus scenario has 500 desks on four more floors, each placed on its floor', async () => {
  const t = setup({scenario: 'campus'});
  const floors = (await t.call('GET', '/floors')).body.items as Floor[];
  assert.equal(floors.length, 6);
  const desks = ((await t.call('GET', '/resources?type=desk')).body.items as Resource[]).filter(
    (r) => r.position?.floor.startsWith('campus-'),
  );
  assert.equal(desks.length, 500);
  for (const floor of floors.slice(2)) {
    assert.equal(desks.filter((d) => d.position?.floor === floor.id).length, 125);
  }
});

test('a hostile floor drawing keeps its drawing and loses everything that runs or fetches', () => {
  const clean = sanitizeFloorSvg(HOSTILE_FLOOR_SVG) ?? '';
  for (const gone of RUNS_OR_FETCHES) assert.doesNotMatch(clean, gone);
  // What draws stays: the root, shapes, an inner reference and the label text.
  for (const kept of STILL_DRAWS) assert.match(clean, kept);
  assert.equal(sanitizeFloorSvg('<div>not a drawing</div>'), null);
});

test("the demo's drawing is stored sanitized: the sanitizer leaves it as it is", () => {
  assert.equal(sanitizeFloorSvg(GROUND_SVG), GROUND_SVG);
});
