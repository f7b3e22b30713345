import assert from 'node:assert/strict';
import {test} from 'node:test';
import {Floor, Resource} from '@portico/sdk/contract';
import {sanitizeFloorSvg} from '../src/areas/resources/floor-svg.js';
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

test('GET /floors answers 404 when the space has floor plans off, and other areas stay', async () => {
  const t = setup();
  t.features({floorPlans: false});
  const off = await t.call('GET', '/floors');
  assert.equal(off.status, 404);
  assert.equal(off.body.code, 'not_found');
  assert.equal((await t.call('GET', '/resources')).status, 200);
  t.features({floorPlans: true});
  assert.equal((await t.call('GET', '/floors')).status, 200);
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
  const hostile = `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x "boom">]>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 50" onload="alert(1)">
<script>alert(2)</script><style>rect{fill:url(https://evil.example/x)}</style>
<rect x="1" y="1" width="10" height="10" fill="url(https://evil.example/a.svg#p)" onclick="alert(3)"/>
<rect fill="url(#ok)" width="2" height="2"/>
<foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(4)"/></div></foreignObject>
<a xlink:href="javascript:alert(5)"><text x="5" y="5">Kitchen &amp; bar</text></a>
<use href="https://evil.example/s.svg#x"/><image href="https://evil.example/p.png"/>
<path d="M0 0L10 10" style="background:url(https://evil.example/c)"/></svg>`;
  const clean = sanitizeFloorSvg(hostile) ?? '';
  assert.match(clean, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* viewBox="0 0 100 50">/);
  for (const gone of [
    /<script/i,
    /alert/,
    /\son\w+=/i,
    /<style/i,
    /foreignObject/i,
    /href/i,
    /javascript:/i,
    /<use/i,
    /<image/i,
    /evil\.example/,
    /style=/i,
    /ENTITY/,
  ]) {
    assert.doesNotMatch(clean, gone);
  }
  // What draws stays: shapes, an inner reference and the label text.
  assert.match(clean, /<rect x="1" y="1" width="10" height="10"\/>/);
  assert.match(clean, /fill="url\(#ok\)"/);
  assert.match(clean, /<text x="5" y="5">Kitchen &amp; bar<\/text>/);
  assert.equal(sanitizeFloorSvg('<div>not a drawing</div>'), null);
});

test("the demo's drawing is stored sanitized: the sanitizer leaves it as it is", () => {
  assert.equal(sanitizeFloorSvg(GROUND_SVG), GROUND_SVG);
});
