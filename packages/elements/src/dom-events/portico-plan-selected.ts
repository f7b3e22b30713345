import type {Plan} from '@portico/sdk';

/**
 * "Choose" was pressed on a plan of a `plans-only` card (a visitor); the host page signs them
 * up. A signed-in member's card joins or changes plan itself (`portico-membership-changed`).
 */
export type PorticoPlanSelectedEvent = CustomEvent<{plan: Plan}>;

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-plan-selected': PorticoPlanSelectedEvent;
  }
}
