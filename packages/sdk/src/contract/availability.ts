import * as z from 'zod/mini';
import {Id, Instant} from './primitives.js';

export const Interval = z.object({start: Instant, end: Instant});
export type Interval = z.infer<typeof Interval>;

/** Free and busy time of one resource; busy intervals never say who booked them. */
export const ResourceAvailability = z.object({
  resourceId: Id,
  /** Bookable slots (slot size, buffers, notice and advance limits applied). */
  slots: z.array(Interval),
  busy: z.array(Interval),
});
export type ResourceAvailability = z.infer<typeof ResourceAvailability>;

export const Availability = z.object({
  from: Instant,
  to: Instant,
  resources: z.array(ResourceAvailability),
});
export type Availability = z.infer<typeof Availability>;
