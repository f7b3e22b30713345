import type {Plan} from '@portico/sdk';

/** A visitor or member without a membership pressed "Choose" on a plan; the host page signs them up. */
export type PorticoPlanSelectedEvent = CustomEvent<{plan: Plan}>;

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-plan-selected': PorticoPlanSelectedEvent;
  }
}
