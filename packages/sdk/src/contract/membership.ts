import * as z from 'zod/mini';
import {CalendarDay, Id, Instant, Label, Money, Name} from './primitives.js';
import {BillingPeriod, PlanKind} from './plan.js';

export const MembershipStatus = z.enum(['pending', 'active', 'inactive', 'expired', 'cancelled']);
export type MembershipStatus = z.infer<typeof MembershipStatus>;

/** How much of the membership has been used, by plan kind. */
export const MembershipUsage = z.discriminatedUnion('kind', [
  z.object({kind: z.literal('entries'), used: z.int(), total: z.int()}),
  z.object({kind: z.literal('time'), daysElapsed: z.int(), daysTotal: z.int()}),
  z.object({kind: z.literal('unlimited')}),
]);
export type MembershipUsage = z.infer<typeof MembershipUsage>;

export const PaymentStatus = z.enum(['paid', 'pending', 'failed', 'refunded']);

export const Payment = z.object({
  id: Id,
  amount: Money,
  status: PaymentStatus,
  description: Label,
  createdAt: Instant,
  paidAt: z.nullable(Instant),
});
export type Payment = z.infer<typeof Payment>;

export const Membership = z.object({
  id: Id,
  plan: z.object({id: Id, name: Name, kind: PlanKind, price: Money, period: BillingPeriod}),
  status: MembershipStatus,
  validFrom: CalendarDay,
  /** Last day included; null for an open-ended membership. */
  validUntil: z.nullable(CalendarDay),
  usage: MembershipUsage,
  nextBilling: z.nullable(z.object({on: CalendarDay, amount: Money})),
  payments: z.array(Payment),
});
export type Membership = z.infer<typeof Membership>;

/** `GET /me/membership`: the current membership, or null when the member has none. */
export const CurrentMembership = z.object({membership: z.nullable(Membership)});
export type CurrentMembership = z.infer<typeof CurrentMembership>;
