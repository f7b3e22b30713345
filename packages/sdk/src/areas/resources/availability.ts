import * as z from 'zod/mini';
import {Id, Instant} from '../../contract/primitives.js';

/** A span of time `[start, end)`: a booking's, an event's, a free or busy range. */
export const Interval = z.object({start: Instant, end: Instant});
export type Interval = z.infer<typeof Interval>;

/**
 * Free and busy time of one resource; busy intervals never say who booked them. The
 * individual slots a calendar shows are derived from `free`: `slotsWithin(free,
 * rules.slotMinutes, space.timeZone)` from `@portico/sdk/domain`.
 */
export const ResourceAvailability = z.object({
  resourceId: Id,
  /**
   * Bookable time as merged ranges, sorted: opening hours minus busy intervals widened by the
   * buffer, minus the minimum notice and past the advance limit, aligned to the slot grid
   * (each range starts on the grid and lasts a whole number of slots; back-to-back slots,
   * across midnight too, are one range).
   */
  free: z.array(Interval),
  /** Bookings of the resource that touch the window, sorted, without who made them. */
  busy: z.array(Interval),
});
export type ResourceAvailability = z.infer<typeof ResourceAvailability>;

export const Availability = z.object({
  from: Instant,
  to: Instant,
  resources: z.array(ResourceAvailability),
});
export type Availability = z.infer<typeof Availability>;
