import * as z from 'zod/mini';
import {Email, Id, Instant, Label, Name} from '../../contract/primitives.js';

/** How big a parcel is, so the member knows whether to bring a bag or a trolley. */
export const ParcelSize = z.enum(['letter', 'small', 'medium', 'large']);
export type ParcelSize = z.infer<typeof ParcelSize>;

export const DeliveryStatus = z.enum(['waiting', 'collected']);
export type DeliveryStatus = z.infer<typeof DeliveryStatus>;

/** A parcel or letter the space received for a member, visible only to that member. */
export const Delivery = z.object({
  id: Id,
  carrier: Name,
  sender: z.nullable(Name),
  size: ParcelSize,
  /** Where it waits: "Front desk, shelf B". */
  location: Label,
  status: DeliveryStatus,
  arrivedAt: Instant,
  collectedAt: z.nullable(Instant),
  /** Who marked it collected: the member, or the front desk handing it over. */
  collectedBy: z.nullable(z.enum(['member', 'space'])),
});
export type Delivery = z.infer<typeof Delivery>;

/** `GET /me/deliveries`: parcels waiting (oldest first), and those collected in the last 12 months. */
export const Deliveries = z.object({
  waiting: z.array(Delivery),
  history: z.array(Delivery),
});
export type Deliveries = z.infer<typeof Deliveries>;

/** The space posts a parcel for a member (dev route). */
export const DeliveryInput = z.object({
  /** The member's email. */
  member: Email,
  carrier: Name.check(z.minLength(1)),
  sender: z.optional(z.nullable(Name)),
  size: ParcelSize,
  location: Label.check(z.minLength(1)),
});
export type DeliveryInput = z.infer<typeof DeliveryInput>;

export const DeliveryId = z.object({deliveryId: Id});
