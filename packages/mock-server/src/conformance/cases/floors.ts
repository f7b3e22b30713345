import type {Floor} from '@portico/sdk/contract';
import {MAX_FLOOR_SVG_LENGTH} from '@portico/sdk/contract';
import type {CaseContext} from '../context.js';
import {defineCases} from '../define-cases.js';
import {expectProblem, expectStatus, fail, ok} from '../expect.js';
import {HOSTILE_FLOOR_SVG, RUNS_OR_FETCHES, STILL_DRAWS} from '../hostile-svg.js';

const SVG = 'image/svg+xml';

/** The space's first floor, or null when the space has floor plans off (nothing to upload to). */
async function firstFloor(context: CaseContext): Promise<Floor | null> {
  const space = await context.space();
  if (!space.features.floorPlans) return null;
  const floors = await context.api.call('listFloors');
  expectStatus(floors, 200, 'GET /floors');
  return floors.body.items[0] ?? fail('the space has floor plans but no floor');
}

/** Uploads `svg` as `floor`'s drawing. */
const upload = (context: CaseContext, floor: Floor, svg: string, contentType = SVG) =>
  context.api.call('devUploadFloorDrawing', {
    params: {floorId: floor.id},
    body: {contentType, svg},
  });

/** The floor's drawing as GET /floors serves it now. */
async function drawingOf(context: CaseContext, floor: Floor): Promise<string | null> {
  const floors = await context.api.call('listFloors');
  expectStatus(floors, 200, 'GET /floors');
  const found = floors.body.items.find((f) => f.id === floor.id) ?? fail(`${floor.id} is gone`);
  return found.svg;
}

export const floorCases = defineCases('floor drawings', {
  async 'a hostile drawing is stored sanitized: what draws stays, nothing runs or fetches'(
    context,
  ) {
    const floor = await firstFloor(context);
    if (!floor) return;
    const reply = await upload(context, floor, HOSTILE_FLOOR_SVG);
    expectStatus(reply, 200, 'POST /__dev/floors/{id}/drawing (hostile SVG)');
    const served = await drawingOf(context, floor);
    ok(served === reply.body.svg, 'GET /floors serves another drawing than the upload answered');
    for (const gone of RUNS_OR_FETCHES)
      ok(!gone.test(served ?? ''), `the stored drawing still matches ${gone}`);
    for (const kept of STILL_DRAWS)
      ok(kept.test(served ?? ''), `the stored drawing lost what matches ${kept}`);
    // Leave the space as it was found.
    if (floor.svg) expectStatus(await upload(context, floor, floor.svg), 200, 'restoring');
  },

  async 'a drawing over the size limit is refused with 413 and the floor keeps its drawing'(
    context,
  ) {
    const floor = await firstFloor(context);
    if (!floor) return;
    const padding = `<!--${'x'.repeat(MAX_FLOOR_SVG_LENGTH)}-->`;
    const big = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${padding}</svg>`;
    expectProblem(await upload(context, floor, big), 'payload_too_large', 'a too large drawing');
    ok((await drawingOf(context, floor)) === floor.svg, 'a refused drawing changed the floor');
  },

  async 'a drawing that is not SVG is refused with 415, by its type or by its content'(context) {
    const floor = await firstFloor(context);
    if (!floor) return;
    const drawing = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>';
    expectProblem(
      await upload(context, floor, drawing, 'image/png'),
      'unsupported_media_type',
      'an SVG sent as image/png',
    );
    expectProblem(
      await upload(context, floor, '<html><body><p>Floor 1</p></body></html>'),
      'unsupported_media_type',
      'an HTML page sent as image/svg+xml',
    );
    ok((await drawingOf(context, floor)) === floor.svg, 'a refused drawing changed the floor');
    const unknown = await context.api.call('devUploadFloorDrawing', {
      params: {floorId: 'no-such-floor'},
      body: {contentType: SVG, svg: drawing},
    });
    expectProblem(unknown, 'not_found', 'POST /__dev/floors/no-such-floor/drawing');
  },
});
