import * as z from 'zod/mini';
import {CalendarDay, Id, Instant, Label, Money} from '../../contract/primitives.js';
import {Plan} from './plan.js';

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

/** A plan as a membership names it. */
export const MembershipPlan = z.pick(Plan, {
  id: true,
  name: true,
  kind: true,
  price: true,
  period: true,
});
export type MembershipPlan = z.infer<typeof MembershipPlan>;

/** What a `pending` membership waits for: its first payment, or the space's approval. */
export const MembershipAwaiting = z.enum(['payment', 'approval']);
export type MembershipAwaiting = z.infer<typeof MembershipAwaiting>;

export const Membership = z.object({
  id: Id,
  plan: MembershipPlan,
  status: MembershipStatus,
  validFrom: CalendarDay,
  /** Last day included; null for an open-ended membership. */
  validUntil: z.nullable(CalendarDay),
  usage: MembershipUsage,
  nextBilling: z.nullable(z.object({on: CalendarDay, amount: Money})),
  payments: z.array(Payment),
  /** Why a `pending` membership is not active yet; null otherwise. */
  awaiting: z.nullable(MembershipAwaiting),
  /** The unpaid order of a plan joined without paying (`POST /orders/{id}/pay`), else null. */
  orderId: z.nullable(Id),
  /** A plan change the member asked for: it takes effect on `on`, the next period's first day. */
  scheduledChange: z.nullable(z.object({plan: MembershipPlan, on: CalendarDay})),
  /** A cancellation the member asked for: `endsOn` is the last day included. */
  cancellation: z.nullable(z.object({endsOn: CalendarDay, requestedAt: Instant})),
});
export type Membership = z.infer<typeof Membership>;

/** `GET /me/membership`: the current membership, or null when the member has none. */
export const CurrentMembership = z.object({membership: z.nullable(Membership)});
export type CurrentMembership = z.infer<typeof CurrentMembership>;

/**
 * `POST /me/memberships`: join a plan. With `paymentMethod` the first period is paid at once
 * (a declined card changes nothing); without it the membership waits on an unpaid order.
 */
export const JoinRequest = z.strictObject({
  planId: Id,
  paymentMethod: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
});
export type JoinRequest = z.infer<typeof JoinRequest>;

/** `POST /me/memberships/{id}/change`: the plan to move to at the next period. */
export const PlanChangeRequest = z.strictObject({planId: Id});
export type PlanChangeRequest = z.infer<typeof PlanChangeRequest>;

export const MembershipAction = z.enum(['join', 'change', 'cancel']);
export type MembershipAction = z.infer<typeof MembershipAction>;

/** `POST /me/memberships/quote`: what joining, changing or cancelling would do. */
export const MembershipQuoteRequest = z.discriminatedUnion('action', [
  z.strictObject({action: z.literal('join'), planId: Id}),
  z.strictObject({action: z.literal('change'), membershipId: Id, planId: Id}),
  z.strictObject({action: z.literal('cancel'), membershipId: Id}),
]);
export type MembershipQuoteRequest = z.infer<typeof MembershipQuoteRequest>;

/**
 * What a confirmation step states: the plans before and after (with their benefits), the day
 * it takes effect, and what is charged then. No side effect.
 */
export const MembershipQuote = z.object({
  action: MembershipAction,
  /** The plan held now (null when joining). */
  from: z.nullable(Plan),
  /** The plan after (null when cancelling). */
  to: z.nullable(Plan),
  /** Joining: today. Changing: the next period's first day. Cancelling: the last day included. */
  effectiveOn: CalendarDay,
  /** Charged on `effectiveOn`: the new plan's price for a period; zero when cancelling. */
  amount: Money,
  /** Joining: what the new membership will wait for; null when it starts at once. */
  awaiting: z.nullable(MembershipAwaiting),
});
export type MembershipQuote = z.infer<typeof MembershipQuote>;
