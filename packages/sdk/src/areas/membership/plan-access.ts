// What the member's plan lets them book. A plan names the kinds of resource it includes
// (`Plan.resourceTypes`, null: every kind); a member without a membership in force books as a
// guest, paying per use, so no plan limits them.
import * as z from 'zod/mini';
import {Id, Name} from '../../contract/primitives.js';

/** Why a resource cannot be booked on the member's plan. */
export const PlanAccessReason = z.enum(['not_in_plan']);
export type PlanAccessReason = z.infer<typeof PlanAccessReason>;

export const ResourceAccess = z.object({
  resourceId: Id,
  /** The member's plan lets them book it. */
  allowed: z.boolean(),
  /** Why not, or null when allowed. */
  reason: z.nullable(PlanAccessReason),
});
export type ResourceAccess = z.infer<typeof ResourceAccess>;

/** Every resource of the space, and the plan that decides (null: none in force, all allowed). */
export const PlanAccess = z.object({
  plan: z.nullable(z.object({id: Id, name: Name})),
  resources: z.array(ResourceAccess),
});
export type PlanAccess = z.infer<typeof PlanAccess>;
