import * as z from 'zod/mini';
import {Credits, HttpsUrl, Id, LongText, Money, Name, text} from '../../contract/primitives.js';
import {WeeklyHours} from '../space/schemas.js';
import {FloorId, PlanPoint} from './floors.js';

export const RESOURCE_TYPES = [
  'meeting_room',
  'desk',
  'private_office',
  'event_space',
  'equipment',
  'parking',
] as const;
export const ResourceType = z.enum(RESOURCE_TYPES);
export type ResourceType = z.infer<typeof ResourceType>;

/** How a resource may be booked. All durations are minutes. */
export const BookingRules = z.object({
  slotMinutes: z.int().check(z.minimum(5)),
  minMinutes: z.int().check(z.minimum(5)),
  maxMinutes: z.int().check(z.minimum(5)),
  bufferMinutes: z.int().check(z.minimum(0)),
  /** How many days ahead a booking may start (0 = today only). */
  advanceDays: z.int().check(z.minimum(0)),
  minimumNoticeMinutes: z.int().check(z.minimum(0)),
  /** Bookings wait for the operator (status `pending_approval`). */
  requiresApproval: z.boolean(),
});
export type BookingRules = z.infer<typeof BookingRules>;

/**
 * Where the resource sits on the floor plan, in percent of the plan: a point (a desk), and
 * for a room the outline of its walls.
 */
export const FloorPosition = z.object({
  floor: FloorId,
  x: z.number().check(z.minimum(0), z.maximum(100)),
  y: z.number().check(z.minimum(0), z.maximum(100)),
  /** The room's outline (at least three points), or null for a place drawn as a point. */
  outline: z.nullable(z.array(PlanPoint).check(z.minLength(3), z.maxLength(200))),
});
export type FloorPosition = z.infer<typeof FloorPosition>;

export const Resource = z.object({
  id: Id,
  name: Name,
  type: ResourceType,
  description: LongText,
  capacity: z.int().check(z.minimum(1)),
  amenities: z.array(text(80)),
  photoUrl: z.nullable(HttpsUrl),
  /** The resource's own hours, or null to follow the space's. */
  openingHours: z.nullable(WeeklyHours),
  rules: BookingRules,
  /** Credits per hour, or null when the resource is paid with money only. */
  creditsPerHour: z.nullable(Credits),
  /** Price per hour when paid with money, or null when credits only. */
  pricePerHour: z.nullable(Money),
  position: z.nullable(FloorPosition),
});
export type Resource = z.infer<typeof Resource>;
