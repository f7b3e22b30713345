import * as z from 'zod/mini';
import {Availability} from './availability.js';
import {Floor, FloorDrawingUpload, MAX_FLOOR_SVG_LENGTH} from './floors.js';
import {Resource, ResourceType} from './schemas.js';
import {Instant, list} from '../../contract/primitives.js';
import {publicRoute} from '../../contract/route.js';

/** Up to 50 comma-separated ids. */
const ids = z
  .string()
  .check(z.maxLength(50 * 64 + 49), z.regex(/^[A-Za-z0-9_-]{1,64}(?:,[A-Za-z0-9_-]{1,64}){0,49}$/));

export const listResources = publicRoute({
  method: 'GET',
  path: '/resources',
  summary: 'Bookable rooms, desks, offices and equipment',
  query: z.object({type: z.optional(ResourceType)}),
  response: list(Resource),
});

export const getAvailability = publicRoute({
  method: 'GET',
  path: '/availability',
  summary: 'Free (bookable) and busy intervals per resource, busy without who (at most 31 days)',
  query: z.object({from: Instant, to: Instant, resourceIds: z.optional(ids)}),
  response: Availability,
  errors: ['invalid_time_range'],
});

export const listFloors = publicRoute({
  method: 'GET',
  path: '/floors',
  summary: "The space's floors with their drawings (sanitized SVG and/or shapes), lowest first",
  feature: 'floorPlans',
  response: list(Floor),
});

/**
 * The space replaces a floor's drawing (dev route, as an operator's tool would): the server
 * sanitizes the SVG (no script, event attribute, style or external reference) before anyone
 * sees it; pages reload floors.
 */
export const devUploadFloorDrawing = publicRoute({
  method: 'POST',
  path: '/__dev/floors/:floorId/drawing',
  summary: `Replace a floor's drawing with an SVG (sanitized; at most ${MAX_FLOOR_SVG_LENGTH.toLocaleString('en')} characters)`,
  access: 'dev',
  feature: 'floorPlans',
  // A floor's id as a path segment: letters, digits, _ or -.
  body: FloorDrawingUpload,
  response: Floor,
  invalidates: ['floors'],
  errors: ['unsupported_media_type', 'payload_too_large'],
});
