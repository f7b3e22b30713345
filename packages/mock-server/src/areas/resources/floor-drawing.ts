// The space uploads a floor's drawing: the type and size are checked before the sanitizer
// (DOMPurify, see floor-svg.ts) keeps only what draws; nothing unsanitized is ever stored.
import type {Floor, FloorDrawingUpload} from '@portico/sdk/contract';
import {FLOOR_DRAWING_TYPE, MAX_FLOOR_SVG_LENGTH} from '@portico/sdk/contract';
import {stripBidiControls} from '@portico/sdk/domain';
import {problem} from '../../problem.js';
import type {Transaction} from '../../state/db.js';
import type {FloorRow, SpaceRow} from '../../state/rows.js';
import {spaceRow} from '../../state/lookups.js';
import {TABLES} from '../../state/rows.js';
import {toFloor} from '../../state/views.js';
import {sanitizeFloorSvg} from './floor-svg.js';

/** `image/svg+xml`, with parameters (`; charset=utf-8`) or not. */
const SVG_TYPE = /^image\/svg\+xml\s*(?:;|$)/i;

export function uploadFloorDrawing(
  tx: Transaction,
  space: SpaceRow,
  floorId: string,
  upload: FloorDrawingUpload,
): Floor {
  const floor = spaceRow<FloorRow>(tx, TABLES.floors, floorId, space, 'floor');
  if (upload.svg.length > MAX_FLOOR_SVG_LENGTH) {
    throw problem(
      'payload_too_large',
      `Floor drawings are limited to ${MAX_FLOOR_SVG_LENGTH} characters; this one has ${upload.svg.length}.`,
    );
  }
  const wrongType = () =>
    problem(
      'unsupported_media_type',
      `Floor drawings must be SVG images (${FLOOR_DRAWING_TYPE}), not ${upload.contentType || 'no type'}.`,
    );
  if (!SVG_TYPE.test(upload.contentType)) throw wrongType();
  // A file that says SVG but has no <svg> root (a renamed PNG, an HTML page) is not one.
  const sanitized = sanitizeFloorSvg(upload.svg);
  if (sanitized === null) throw wrongType();
  // Contract text carries no bidi controls (a label's direction comes from its letters).
  const svg = stripBidiControls(sanitized);
  if (svg.length > MAX_FLOOR_SVG_LENGTH) {
    throw problem(
      'payload_too_large',
      `Sanitized, this drawing is over ${MAX_FLOOR_SVG_LENGTH} characters.`,
    );
  }
  return toFloor(tx.put<FloorRow>(TABLES.floors, {...floor, svg}));
}
