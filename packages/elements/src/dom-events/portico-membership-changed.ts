import type {Membership} from '@portico/sdk';

/**
 * The member joined a plan, scheduled a plan change or a cancellation, or undid one, from the
 * membership card (detail: what was done and the membership as it now is).
 */
export type PorticoMembershipChangedEvent = CustomEvent<{
  action: 'join' | 'change' | 'cancel' | 'undo-change' | 'undo-cancel';
  membership: Membership;
}>;

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-membership-changed': PorticoMembershipChangedEvent;
  }
}
