// No zod here: the domain rules load without the schemas (elements and the mock server share them).
import type {ResourceType} from '../resources/schemas.js';

/**
 * Whether a plan includes a kind of resource: the rule that bookings and plan access share.
 * No plan in force (a guest paying per use) limits nothing; a plan's null `resourceTypes`
 * includes every kind.
 */
export function planIncludes(
  plan: {readonly resourceTypes: readonly ResourceType[] | null} | null,
  type: ResourceType,
): boolean {
  return !plan || plan.resourceTypes === null || plan.resourceTypes.includes(type);
}
