import * as z from 'zod/mini';
import {Id, LongText, Money, Name} from '../../contract/primitives.js';
import {ResourceType} from '../resources/schemas.js';

export const PlanKind = z.enum(['unlimited', 'entries', 'time']);
export type PlanKind = z.infer<typeof PlanKind>;

export const BillingPeriod = z.enum(['day', 'week', 'month', 'year']);
export type BillingPeriod = z.infer<typeof BillingPeriod>;

/** What a plan includes each period. */
export const PlanBenefits = z.object({
  credits: z.int().check(z.minimum(0)),
  /** Entries per period for `entries` plans, else null. */
  entries: z.nullable(z.int().check(z.minimum(0))),
  products: z.array(z.object({productId: Id, quantity: z.int().check(z.minimum(1))})),
});

export const Plan = z.object({
  id: Id,
  name: Name,
  description: LongText,
  kind: PlanKind,
  price: Money,
  period: BillingPeriod,
  benefits: PlanBenefits,
  /** A member who joins waits for the space's approval (free plans usually do). */
  requiresApproval: z.boolean(),
  /** The kinds of resource members on this plan may book; null: every kind. */
  resourceTypes: z.nullable(z.array(ResourceType).check(z.maxLength(6))),
});
export type Plan = z.infer<typeof Plan>;
